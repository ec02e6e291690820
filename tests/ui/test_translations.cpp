// test_translations.cpp — every bundled language is complete: each file of
// assets/ui/<lang>/ has the same keys as the same file of the default language
// (core/translations.h), every text keeps the same {0}, {1} … placeholders,
// and every platform overlay (assets/ui/<platform>/<lang>.json) rewords only
// keys that exist, for every language. A missing key would show as the key
// itself on screen (core/ui_strings.h), so it is caught here instead.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "actions.h"
#include "app_fixture.h"
#include "bundled.h"
#include "fake_platform.h"
#include "json_read.h"
#include "translations.h"

using namespace spegeln;

namespace {

// "ui/sv/app.json" → {"sv", "app.json"}; overlays "ui/desktop/en.json" → {"desktop", "en.json"}.
struct AssetName {
    std::string folder, file;
};

std::vector<AssetName> ui_assets() {
    std::vector<AssetName> out;
    for (const auto& f : spegeln_bundled_assets()) {
        std::string name(f.name);
        if (name.rfind("ui/", 0) != 0) continue;
        auto slash = name.find('/', 3);
        if (slash == std::string::npos) continue;
        out.push_back({name.substr(3, slash - 3), name.substr(slash + 1)});
    }
    return out;
}

bool is_language_folder(const std::string& folder) {
    auto langs = bundled_languages();
    return std::find(langs.begin(), langs.end(), folder) != langs.end();
}

UiStrings load_asset(const std::string& name) {
    UiStrings s;
    Diagnostics diag;
    EXPECT_TRUE(s.load(bundled_asset(name), diag)) << name << " is not a flat table of texts";
    return s;
}

// The placeholders of a text, "{0}" … "{9}", as a set (a translation may reorder them).
std::multiset<std::string> placeholders(const std::string& text) {
    std::multiset<std::string> out;
    for (size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}')
            out.insert(text.substr(i, 3));
    return out;
}

std::string joined(const std::multiset<std::string>& s) {
    std::string out;
    for (const auto& p : s) out += p;
    return out.empty() ? "(none)" : out;
}

// Every key of `reference` is in `other` with the same placeholders, and `other` has no keys of its own.
void expect_same_keys(const UiStrings& reference, const std::string& ref_name, const UiStrings& other,
                      const std::string& other_name) {
    for (const auto& [key, text] : reference.table()) {
        if (!other.has(key)) {
            ADD_FAILURE() << other_name << " lacks the key \"" << key << "\" of " << ref_name;
            continue;
        }
        EXPECT_EQ(joined(placeholders(text)), joined(placeholders(other.get(key))))
            << "placeholders of \"" << key << "\" differ between " << ref_name << " and " << other_name;
        EXPECT_FALSE(other.get(key).empty()) << other_name << ": \"" << key << "\" is empty";
    }
    for (const auto& [key, text] : other.table())
        EXPECT_TRUE(reference.has(key)) << other_name << " has the key \"" << key << "\", which " << ref_name
                                        << " lacks";
}

}  // namespace

TEST(Translations, MoreThanOneLanguageIsBundledAndTheDefaultIsOne) {
    auto langs = bundled_languages();
    EXPECT_GE(langs.size(), 2u);
    EXPECT_TRUE(is_language_folder(std::string(kDefaultLanguage)));
}

TEST(Translations, EveryLanguageLoadsWithoutDuplicateKeys) {
    for (const auto& lang : bundled_languages()) {
        UiStrings s;
        Diagnostics diag;
        EXPECT_TRUE(load_bundled_language(lang, s, diag)) << lang;
        EXPECT_TRUE(diag.items.empty()) << lang << ": " << (diag.items.empty() ? "" : diag.items[0].code);
        EXPECT_TRUE(s.has("language.name")) << lang << " does not say its own name (key language.name)";
    }
}

TEST(Translations, EveryFileOfEveryLanguageHasTheKeysAndPlaceholdersOfTheDefault) {
    const std::string def(kDefaultLanguage);
    std::set<std::string> files;  // app.json, … of any language
    for (const auto& a : ui_assets())
        if (is_language_folder(a.folder)) files.insert(a.file);
    ASSERT_FALSE(files.empty());
    for (const auto& lang : bundled_languages()) {
        for (const auto& file : files) {
            const std::string ref_name = "ui/" + def + "/" + file, name = "ui/" + lang + "/" + file;
            if (bundled_asset(ref_name).empty()) {
                ADD_FAILURE() << name << " has no counterpart " << ref_name << " in the default language";
                continue;
            }
            if (bundled_asset(name).empty()) {
                ADD_FAILURE() << name << " is missing (" << ref_name << " exists)";
                continue;
            }
            expect_same_keys(load_asset(ref_name), ref_name, load_asset(name), name);
        }
    }
}

TEST(Translations, EveryPlatformOverlayCoversEveryLanguageAndOnlyRewordsKnownKeys) {
    std::map<std::string, std::set<std::string>> overlays;  // platform → languages it has a file for
    for (const auto& a : ui_assets())
        if (!is_language_folder(a.folder)) overlays[a.folder].insert(a.file);
    ASSERT_TRUE(overlays.count("desktop")) << "the desktop window's overlay (assets/ui/desktop/) is not bundled";
    const std::string def(kDefaultLanguage);
    for (const auto& [platform, files] : overlays) {
        const std::string ref_name = "ui/" + platform + "/" + def + ".json";
        ASSERT_FALSE(bundled_asset(ref_name).empty()) << ref_name;
        UiStrings ref = load_asset(ref_name);
        for (const auto& lang : bundled_languages()) {
            const std::string name = "ui/" + platform + "/" + lang + ".json";
            if (bundled_asset(name).empty()) {
                ADD_FAILURE() << name << " is missing: " << platform << " would show some texts of " << lang
                              << " in the browser's wording";
                continue;
            }
            UiStrings overlay = load_asset(name);
            expect_same_keys(ref, ref_name, overlay, name);
            UiStrings base;
            Diagnostics diag;
            load_bundled_language(lang, base, diag);
            for (const auto& [key, text] : overlay.table()) {
                if (!base.has(key)) {
                    ADD_FAILURE() << name << " rewords \"" << key << "\", which ui/" << lang << "/ does not have";
                    continue;
                }
                EXPECT_EQ(joined(placeholders(base.get(key))), joined(placeholders(text)))
                    << "placeholders of \"" << key << "\" differ between ui/" << lang << "/ and " << name;
            }
        }
        for (const auto& file : files)
            EXPECT_TRUE(is_language_folder(file.substr(0, file.find('.'))))
                << "ui/" << platform << "/" << file << " is an overlay for a language that is not bundled";
    }
}

// The test above on a broken table: it must notice.
TEST(Translations, PlaceholdersAreComparedAsSets) {
    EXPECT_EQ(joined(placeholders("{1} av {0}")), joined(placeholders("{0} of {1}")));
    EXPECT_NE(joined(placeholders("{0} av {1}")), joined(placeholders("{0} of")));
    EXPECT_EQ(joined(placeholders("no value")), "(none)");
}

// ---- The language as a setting (act_set_language, app_init) ----

class Language : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

TEST_F(Language, FollowsTheFirstBundledOfTheBrowsersLanguages) {
    fake::platform().languages = {"de-DE", "en-GB", "sv"};
    auto app = make_app();
    EXPECT_EQ(app->language, "en");
    EXPECT_EQ(tr(*app, "start.begin"), "Start the assessment");
    EXPECT_EQ(fake::platform().document_lang, "en");
    EXPECT_EQ(fake::platform().document_title, "Strategispegeln");
}

TEST_F(Language, IsSwedishWhenNoneOfTheBrowsersLanguagesIsBundled) {
    fake::platform().languages = {"de-DE", "fr"};
    EXPECT_EQ(make_app()->language, "sv");
    fake::platform().languages = {};
    EXPECT_EQ(make_app()->language, "sv");
}

TEST_F(Language, ALocaleNameFromTheEnvironmentCounts) {
    fake::platform().languages = {"en_US.UTF-8"};
    EXPECT_EQ(make_app()->language, "en");
}

TEST_F(Language, IsOfferedByItsOwnName) {
    auto app = make_app();
    std::map<std::string, std::string> names;
    for (const auto& l : app->languages) names[l.code] = l.name;
    EXPECT_EQ(names["sv"], "Svenska");
    EXPECT_EQ(names["en"], "English");
}

TEST_F(Language, SwitchesLiveAndIsRememberedOverTheBrowsersChoice) {
    auto app = make_app();
    ASSERT_EQ(app->language, "sv");
    EXPECT_TRUE(act_set_language(*app, "en"));
    EXPECT_EQ(tr(*app, "nav.settings"), "Settings");
    EXPECT_EQ(fake::platform().document_lang, "en");
    Diagnostics diag;
    auto settings = parse_json(fake::platform().storage["settings.json"], diag);
    ASSERT_TRUE(settings && settings->is_object());
    EXPECT_EQ(settings->value("language", ""), "en");

    // A reload: the browser still says Swedish, the setting wins.
    auto again = make_app();
    EXPECT_EQ(again->language, "en");
    EXPECT_EQ(tr(*again, "nav.settings"), "Settings");
}

TEST_F(Language, ALanguageThatIsNotBundledIsRefusedAndNothingChanges) {
    auto app = make_app();
    EXPECT_FALSE(act_set_language(*app, "de"));
    EXPECT_EQ(app->language, "sv");
    EXPECT_EQ(fake::platform().storage.count("settings.json"), 0u);
    // A stored choice of a language this build lacks falls back to the browser's.
    fake::platform().storage["settings.json"] = R"({"language":"fi","text_scale":1.5})";
    auto later = make_app();
    EXPECT_EQ(later->language, "sv");
    EXPECT_EQ(later->settings.text_scale, 1.5f);
}

TEST_F(Language, InstrumentTextsFollowAndFallBackToSwedishWhereUntranslated) {
    auto app = make_app();
    const Instrument& in = app->instruments.front();
    ASSERT_FALSE(in.title.en.empty()) << "the bundled instruments translate their titles";
    EXPECT_EQ(tx(*app, in.title), in.title.sv);
    act_set_language(*app, "en");
    EXPECT_EQ(tx(*app, in.title), in.title.en);
    const Item& item = in.items.front();
    EXPECT_EQ(tx(*app, item.text), item.text.en.empty() ? item.text.sv : item.text.en);
}

TEST_F(Language, ThePlatformOverlayIsLoadedForTheChosenLanguage) {
    fake::platform().overlay = true;  // as the desktop window does
    auto app = make_app();
    EXPECT_NE(tr(*app, "saved.empty").find("datorn"), std::string::npos) << tr(*app, "saved.empty");
    act_set_language(*app, "en");
    EXPECT_EQ(tr(*app, "saved.empty"), "There are no saved assessments on this computer yet.");
    EXPECT_TRUE(app->messages.errors.empty());
}
