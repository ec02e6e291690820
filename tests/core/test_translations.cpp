// Translations are data (docs/translations.md): every key the core and the CLI
// use exists in every bundled language, and the files of the core and the CLI
// say the same thing in Swedish and English — the same keys with the same
// {0}, {1} … placeholders.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "bundled.h"
#include "json_read.h"
#include "number_format.h"
#include "test_helpers.h"
#include "translations.h"

using namespace spegeln;
using testing_support::language;

namespace {

// Every string literal that is a key of the core's or the CLI's texts, found
// in their sources. Keys are always written whole (no "diag." + name), so a
// scan finds them all.
std::set<std::string> keys_used_in_sources() {
    static const char* kSources[] = {"core/aggregate.cpp",       "core/assessment.cpp",   "core/assessment_json.cpp",
                                     "core/bundled.cpp",         "core/compare.cpp",      "core/csv.cpp",
                                     "core/diagnostics.cpp",     "core/file_io.cpp",      "core/instrument.cpp",
                                     "core/instrument_json.cpp", "core/json_read.cpp",    "core/number_format.cpp",
                                     "core/output_common.cpp",   "core/output_csv.cpp",   "core/output_json.cpp",
                                     "core/output_text.cpp",     "core/translations.cpp", "core/ui_strings.cpp",
                                     "native/cli/commands.cpp",  "native/cli/main.cpp"};
    const std::regex key(R"re("((?:diag|cli|out|number|csv)\.[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])")re");
    std::set<std::string> out;
    for (const char* rel : kSources) {
        std::ifstream f(std::string(SPEGELN_SOURCE_DIR) + "/" + rel);
        EXPECT_TRUE(f) << rel;
        std::string line;
        while (std::getline(f, line)) {
            if (line.rfind("#include", 0) == 0) continue;
            for (std::sregex_iterator it(line.begin(), line.end(), key), end; it != end; ++it) out.insert((*it)[1]);
        }
    }
    return out;
}

// "{0}", "{1}" … that a text uses.
std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    for (size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}')
            out.insert(text.substr(i, 3));
    return out;
}

}  // namespace

TEST(Translations, SwedishAndEnglishShip) {
    auto langs = bundled_languages();
    EXPECT_NE(std::find(langs.begin(), langs.end(), "sv"), langs.end());
    EXPECT_NE(std::find(langs.begin(), langs.end(), "en"), langs.end());
}

TEST(Translations, EveryKeyTheCoreAndTheCliUseExistsInEveryLanguage) {
    auto keys = keys_used_in_sources();
    // Guards the scan itself: a broken pattern must not pass by finding nothing.
    EXPECT_GT(keys.size(), 200u);
    EXPECT_TRUE(keys.count("diag.out_of_scale"));
    EXPECT_TRUE(keys.count("cli.usage"));
    for (const auto& lang : bundled_languages()) {
        const UiStrings& t = language(lang);
        for (const auto& k : keys) EXPECT_TRUE(t.has(k)) << lang << " lacks " << k;
    }
}

TEST(Translations, TheCoreAndCliFilesHaveTheSameKeysAndPlaceholdersInSwedishAndEnglish) {
    for (const char* file : {"diagnostics.json", "cli.json", "output.json"}) {
        auto sv_text = bundled_asset(std::string("ui/sv/") + file);
        auto en_text = bundled_asset(std::string("ui/en/") + file);
        ASSERT_FALSE(sv_text.empty()) << file;
        ASSERT_FALSE(en_text.empty()) << file;
        UiStrings sv, en;
        Diagnostics d;
        ASSERT_TRUE(sv.load(sv_text, d)) << file;
        ASSERT_TRUE(en.load(en_text, d)) << file;
        for (const auto& [key, text] : sv.table()) {
            ASSERT_TRUE(en.has(key)) << "en/" << file << " lacks " << key;
            EXPECT_EQ(placeholders(text), placeholders(en.get(key))) << file << " " << key;
        }
        for (const auto& [key, text] : en.table()) EXPECT_TRUE(sv.has(key)) << "sv/" << file << " lacks " << key;
    }
}

// A diagnostic renders from the table of the language it is shown in; its
// parameters that are keys (type names) are translated, the rest kept as they are.
TEST(Translations, DiagnosticRendersInEachLanguageWithSeverityAndPath) {
    Diagnostics d;
    d.error("answers[\"pc-03\"].level", "diag.out_of_scale", {"7", "4"});
    d.warning("answers", "diag.wrong_type", {"diag.type.object", "diag.type.array"});
    EXPECT_EQ(format_diagnostic(d.items[0], language("sv")),
              "fel: answers[\"pc-03\"].level: 7 ligger utanför skalan 0–4");
    EXPECT_EQ(format_diagnostic(d.items[0], language("en")),
              "error: answers[\"pc-03\"].level: 7 is outside the scale 0–4");
    EXPECT_EQ(format_diagnostic(d.items[1], language("sv")), "varning: answers: ska vara ett objekt, men är en lista");
    EXPECT_EQ(format_diagnostic(d.items[1], language("en")), "warning: answers: should be an object, but is a list");
    Diagnostic whole;
    whole.code = "diag.json.empty";
    EXPECT_EQ(format_diagnostic(whole, language("en")), "error: the file is empty – it contains no JSON")
        << "no path, no empty \": \"";
}

TEST(Translations, AnUnknownCodeShowsTheCodeNotNothing) {
    Diagnostic x;
    x.code = "diag.no_such_code";
    x.args = {"\"a\""};
    EXPECT_EQ(diagnostic_message(x, language("en")), "diag.no_such_code");
}

TEST(Translations, NumbersFollowTheLanguage) {
    EXPECT_EQ(format_score(72.45, number_style(language("sv"))), "72,5");
    EXPECT_EQ(format_score(72.45, number_style(language("en"))), "72.5");
    EXPECT_EQ(format_percent(0.75, number_style(language("sv"))), "75 %");
    EXPECT_EQ(format_percent(0.75, number_style(language("en"))), "75%");
    EXPECT_EQ(format_change(-2.0, number_style(language("en"))), "\u22122.0");
    EXPECT_EQ(format_change(0.01, number_style(language("en"))), "±0.0");
    EXPECT_EQ(format_megabytes(16u * 1024 * 1024 + 1, number_style(language("en"))), "16.1 MB");
}
