// UI strings (assets/ui/<lang>.json): a flat key → text table; a missing key
// shows the key itself so a forgotten translation is visible but harmless.
#include <gtest/gtest.h>

#include "bundled.h"
#include "json_read.h"
#include "test_helpers.h"
#include "translations.h"
#include "ui_strings.h"

using namespace spegeln;
using testing_support::en;
using testing_support::language;
using testing_support::sv;

namespace {
std::string all_messages(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items) s += "\n  " + format_diagnostic(x, language("sv"));
    return s;
}
}  // namespace

TEST(UiStrings, LoadsAFlatTableAndGetsTexts) {
    UiStrings ui;
    Diagnostics d;
    ASSERT_TRUE(ui.load(R"({"app.title": "Strategispegeln", "save": "Spara", "_comment": ["notes", 1]})", d));
    EXPECT_TRUE(d.items.empty()) << all_messages(d);
    EXPECT_EQ(ui.size(), 2u) << "keys starting with _ are notes for translators, not texts";
    EXPECT_TRUE(ui.has("save"));
    EXPECT_FALSE(ui.has("_comment"));
    EXPECT_EQ(ui.get("app.title"), "Strategispegeln");
}

TEST(UiStrings, MissingKeyShowsTheKeyItself) {
    UiStrings ui;
    Diagnostics d;
    ASSERT_TRUE(ui.load(R"({"a": "A"})", d));
    EXPECT_EQ(ui.get("screen.missing"), "screen.missing");
    const std::string& first = ui.get("other.missing");
    for (int i = 0; i < 1000; ++i) ui.get("k" + std::to_string(i));  // grows the table of missing keys
    EXPECT_EQ(first, "other.missing") << "a returned reference stays valid";
    EXPECT_FALSE(ui.has("screen.missing"));
}

TEST(UiStrings, FormatReplacesNumberedPlaceholders) {
    UiStrings ui;
    Diagnostics d;
    ASSERT_TRUE(ui.load(R"({"progress": "{0} av {1} frågor besvarade", "twice": "{0}–{0}"})", d));
    EXPECT_EQ(ui.format("progress", {"12", "40"}), "12 av 40 frågor besvarade");
    EXPECT_EQ(ui.format("twice", {"a"}), "a–a");
    EXPECT_EQ(ui.format("progress", {"12"}), "12 av {1} frågor besvarade") << "a missing argument stays visible";
    EXPECT_EQ(ui.format("nyckel.saknas", {"x"}), "nyckel.saknas");
    EXPECT_EQ(substitute("{x} {} {9} {", {"a"}), "{x} {} {9} {");
}

TEST(UiStrings, WrongTypesAreRejectedWithTheKeyAsPath) {
    UiStrings ui;
    Diagnostics d;
    EXPECT_FALSE(ui.load(R"({"ok": "Ja", "count": 3, "list": ["a"], "obj": {"sv": "x"}})", d));
    ASSERT_EQ(d.error_count(), 3u) << all_messages(d);
    EXPECT_EQ(d.items[0].path, "[\"count\"]");
    EXPECT_NE(sv(d.items[0]).find("ska vara en text, men är ett tal"), std::string::npos);
    EXPECT_EQ(d.items[1].path, "[\"list\"]");
    EXPECT_EQ(d.items[2].path, "[\"obj\"]");
    EXPECT_EQ(ui.get("ok"), "Ja") << "the valid keys are still usable";
}

TEST(UiStrings, NotAnObjectOrNotJsonIsAnError) {
    for (const char* text : {"[\"a\"]", "\"text\"", "{\"a\": ", "", "{\"a\": \"x\", \"a\": \"y\"}"}) {
        UiStrings ui;
        Diagnostics d;
        EXPECT_FALSE(ui.load(text, d)) << text;
        EXPECT_TRUE(d.has_errors()) << text;
    }
}

TEST(UiStrings, BundledTranslationsLoadWithoutErrors) {
    int found = 0;
    for (const auto& f : spegeln_bundled_assets()) {
        if (f.name.rfind("ui/", 0) != 0) continue;
        ++found;
        UiStrings ui;
        Diagnostics d;
        EXPECT_TRUE(ui.load(f.data, d)) << f.name << all_messages(d);
        EXPECT_TRUE(d.items.empty()) << f.name << all_messages(d);
        EXPECT_GT(ui.size(), 0u) << f.name;
    }
    if (bundled_asset("ui/sv/app.json").empty()) GTEST_SKIP() << "assets/ui/sv.json is not written yet";
    EXPECT_GE(found, 1);
}

// A platform overlay only rewords: every key it has must exist in sv.json, with
// the same {0}, {1} … placeholders, or the two would drift apart unnoticed.
TEST(BundledUiStrings, DesktopOverlayOnlyReplacesExistingKeysWithTheSamePlaceholders) {
    auto base_text = spegeln::bundled_asset("ui/sv/app.json");
    auto overlay_text = spegeln::bundled_asset("ui/desktop/sv.json");
    ASSERT_FALSE(base_text.empty());
    ASSERT_FALSE(overlay_text.empty());
    auto base = spegeln::json::parse(base_text);
    auto overlay = spegeln::json::parse(overlay_text);
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it.key().rfind("_", 0) == 0) continue;
        ASSERT_TRUE(base.contains(it.key())) << it.key();
        for (const char* ph : {"{0}", "{1}", "{2}"}) {
            bool in_base = base[it.key()].get<std::string>().find(ph) != std::string::npos;
            bool in_overlay = it->get<std::string>().find(ph) != std::string::npos;
            EXPECT_EQ(in_base, in_overlay) << it.key() << " " << ph;
        }
    }
}

// A language is a folder of files; all of them load as one table.
TEST(Translations, SwedishShipsAndLoadsFromItsFolder) {
    auto langs = spegeln::bundled_languages();
    ASSERT_NE(std::find(langs.begin(), langs.end(), "sv"), langs.end());
    spegeln::UiStrings ui;
    spegeln::Diagnostics d;
    EXPECT_TRUE(spegeln::load_bundled_language("sv", ui, d)) << all_messages(d);
    EXPECT_EQ(ui.get("app.title"), "Strategispegeln");
    spegeln::UiStrings none;
    spegeln::Diagnostics d2;
    EXPECT_FALSE(spegeln::load_bundled_language("xx", none, d2));
    EXPECT_TRUE(d2.has_errors());
}

TEST(Translations, PickLanguageFallsBackFromRegionToPrimaryToSwedish) {
    EXPECT_EQ(spegeln::pick_language("sv-SE"), "sv");
    EXPECT_EQ(spegeln::pick_language("SV"), "sv");
    EXPECT_EQ(spegeln::pick_language("tlh"), "sv");
    EXPECT_EQ(spegeln::pick_language("en-GB"), "en");
    EXPECT_EQ(spegeln::pick_language("en_US"), "en") << "a POSIX locale's underscore";
    EXPECT_EQ(spegeln::pick_language(""), "sv");
}
