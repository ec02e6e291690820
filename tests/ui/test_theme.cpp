// The theme's colours meet WCAG 2.1 AA: every foreground/background pair the
// UI declares (widgets/theme.cpp) reaches 4.5:1 for text and 3:1 for large
// text and non-text elements, in every theme; the check itself fails a pair
// that does not; and the pair list leaves no colour out.
#include <gtest/gtest.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "app.h"
#include "app_fixture.h"
#include "fake_platform.h"
#include "widgets/theme.h"

using ui::ColourPair;
using ui::Need;
using ui::Rgb;
using ui::Theme;
using ui::ThemeId;

namespace {

const ThemeId kThemes[] = {ThemeId::standard, ThemeId::high_contrast};

const char* theme_name(ThemeId id) {
    return id == ThemeId::high_contrast ? "high contrast" : "standard";
}

std::string colour_name(Rgb Theme::*member) {
    for (const auto& c : ui::theme_colours())
        if (c.member == member) return c.name;
    return "?";
}

// The check the real pairs go through: "" when `pair` passes in `t`, else why not.
std::string failure(const Theme& t, const ColourPair& pair) {
    const double ratio = ui::contrast_ratio(t.*pair.fg, t.*pair.bg);
    const double need = ui::required_contrast(pair.need);
    if (ratio + 1e-9 >= need) return "";
    return colour_name(pair.fg) + " on " + colour_name(pair.bg) + " (" + pair.where + "): " + std::to_string(ratio) +
           ":1, needs " + std::to_string(need) + ":1";
}

}  // namespace

TEST(Theme, RelativeLuminanceAndContrastFollowWcag21) {
    EXPECT_DOUBLE_EQ(ui::relative_luminance({0, 0, 0}), 0.0);
    EXPECT_DOUBLE_EQ(ui::relative_luminance({255, 255, 255}), 1.0);
    EXPECT_DOUBLE_EQ(ui::contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0);
    EXPECT_DOUBLE_EQ(ui::contrast_ratio({255, 255, 255}, {0, 0, 0}), 21.0);  // order does not matter
    EXPECT_DOUBLE_EQ(ui::contrast_ratio({90, 90, 90}, {90, 90, 90}), 1.0);
    // Known values (WebAIM's contrast checker): #767676 on white is the
    // lightest grey that passes 4.5:1; #777777 fails it.
    EXPECT_NEAR(ui::contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}), 4.54, 0.01);
    EXPECT_NEAR(ui::contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
    // The linear part of the sRGB curve (channel ≤ 10) and the channel weights.
    EXPECT_NEAR(ui::relative_luminance({10, 0, 0}), 0.2126 * (10.0 / 255.0 / 12.92), 1e-12);
    EXPECT_NEAR(ui::relative_luminance({0, 255, 0}), 0.7152, 1e-12);
    EXPECT_NEAR(ui::relative_luminance({0, 0, 255}), 0.0722, 1e-12);
}

TEST(Theme, EveryDeclaredPairOfEveryThemeMeetsItsContrast) {
    ASSERT_GT(ui::colour_pairs().size(), 40u);
    for (ThemeId id : kThemes) {
        const Theme& t = ui::theme(id);
        for (const auto& pair : ui::colour_pairs()) {
            const std::string why = failure(t, pair);
            EXPECT_EQ(why, "") << theme_name(id) << " theme: " << why;
        }
    }
}

TEST(Theme, TheCheckFailsAPairBelowItsThreshold) {
    Theme bad = ui::theme(ThemeId::standard);
    bad.muted = {150, 150, 150};    // 2.96:1 on white: fails as text and as non-text
    bad.grid = {0x77, 0x77, 0x77};  // 4.48:1: enough for a line, not for text
    const ColourPair muted_text{&Theme::muted, &Theme::bg, Need::text, "test"};
    const ColourPair muted_large{&Theme::muted, &Theme::bg, Need::large, "test"};
    const ColourPair grid_text{&Theme::grid, &Theme::bg, Need::text, "test"};
    const ColourPair grid_line{&Theme::grid, &Theme::bg, Need::non_text, "test"};
    EXPECT_NE(failure(bad, muted_text), "");
    EXPECT_NE(failure(bad, muted_large), "");
    EXPECT_NE(failure(bad, grid_text), "");
    EXPECT_EQ(failure(bad, grid_line), "");
    EXPECT_NE(failure(bad, muted_text).find("muted on bg"), std::string::npos) << failure(bad, muted_text);

    // And the declared pairs catch it: the bad theme fails at least one of them.
    int failing = 0;
    for (const auto& pair : ui::colour_pairs()) failing += !failure(bad, pair).empty();
    EXPECT_GT(failing, 0);
}

TEST(Theme, TheColourListNamesEveryMemberOnce) {
    std::set<std::string> names;
    for (const auto& c : ui::theme_colours()) {
        EXPECT_TRUE(names.insert(c.name).second) << c.name;
        EXPECT_NE(c.member, nullptr) << c.name;
    }
    // Theme holds only colours before `line` (also a static_assert in theme.cpp).
    const std::size_t bytes = ui::theme_colours().size() * sizeof(Rgb);
    EXPECT_EQ((bytes + alignof(float) - 1) / alignof(float) * alignof(float), offsetof(Theme, line));
}

TEST(Theme, EveryColourOfTheThemeIsInAtLeastOnePair) {
    std::set<std::string> used;
    for (const auto& pair : ui::colour_pairs()) {
        used.insert(colour_name(pair.fg));
        used.insert(colour_name(pair.bg));
        EXPECT_NE(pair.fg, pair.bg) << pair.where;
    }
    EXPECT_EQ(used.count("?"), 0u) << "a pair uses a colour that theme_colours() does not list";
    for (const auto& c : ui::theme_colours()) EXPECT_EQ(used.count(c.name), 1u) << c.name << " is in no pair";
}

TEST(Theme, EveryKindOfNeedIsDeclared) {
    std::set<Need> needs;
    for (const auto& pair : ui::colour_pairs()) needs.insert(pair.need);
    EXPECT_EQ(needs.size(), 3u);
    EXPECT_DOUBLE_EQ(ui::required_contrast(Need::text), 4.5);
    EXPECT_DOUBLE_EQ(ui::required_contrast(Need::large), 3.0);
    EXPECT_DOUBLE_EQ(ui::required_contrast(Need::non_text), 3.0);
}

TEST(Theme, TheHighContrastThemeIsAtLeastAsStrongAndHasThickerBorders) {
    const Theme& standard = ui::theme(ThemeId::standard);
    const Theme& high = ui::theme(ThemeId::high_contrast);
    for (const auto& pair : ui::colour_pairs()) {
        if (pair.need != Need::text) continue;
        // Body text is at least 7:1 (WCAG's AAA level) in high contrast.
        EXPECT_GE(ui::contrast_ratio(high.*pair.fg, high.*pair.bg), 7.0)
            << colour_name(pair.fg) << " on " << colour_name(pair.bg) << " (" << pair.where << ")";
    }
    EXPECT_GT(high.line, standard.line);
}

TEST(Theme, ApplyThemeSetsTheDrawingColours) {
    ui::apply_theme(ThemeId::high_contrast);
    EXPECT_EQ(ui::current_theme(), ThemeId::high_contrast);
    EXPECT_EQ(ui::kInk, ui::col32(ui::theme(ThemeId::high_contrast).ink));
    EXPECT_EQ(ui::kFocus, ui::col32(ui::theme(ThemeId::high_contrast).focus));
    EXPECT_FLOAT_EQ(ui::kLine, 2.0f);
    ui::apply_theme(ThemeId::standard);
    EXPECT_EQ(ui::kAccent, ui::col32(ui::theme(ThemeId::standard).accent));
    EXPECT_FLOAT_EQ(ui::kLine, 1.0f);
}

// ---- The setting ------------------------------------------------------------

TEST(ThemeSetting, FollowsThePlatformUntilChosenThenRemembersTheChoice) {
    fake::reset();
    fake::platform().high_contrast = true;  // prefers-contrast: more
    auto app = make_app();
    EXPECT_EQ(app_theme(*app), ThemeId::high_contrast);
    EXPECT_FALSE(app->settings.high_contrast.has_value());

    act_set_high_contrast(*app, false);
    EXPECT_EQ(app_theme(*app), ThemeId::standard);
    auto again = make_app();  // a reload: the choice wins over the platform's preference
    EXPECT_EQ(app_theme(*again), ThemeId::standard);

    fake::reset();
    auto plain = make_app();
    EXPECT_EQ(app_theme(*plain), ThemeId::standard);
    act_set_high_contrast(*plain, true);
    auto stored = nlohmann::json::parse(fake::platform().storage["settings.json"], nullptr, false);
    ASSERT_TRUE(stored.is_object());
    EXPECT_EQ(stored.value("high_contrast", false), true) << stored.dump();
    EXPECT_EQ(app_theme(*make_app()), ThemeId::high_contrast);
}

TEST(ThemeSetting, ANonBooleanStoredValueIsIgnored) {
    fake::reset();
    fake::platform().storage["settings.json"] = R"({"high_contrast":"yes","text_scale":1.5})";
    auto app = make_app();
    EXPECT_FALSE(app->settings.high_contrast.has_value());
    EXPECT_EQ(app_theme(*app), ThemeId::standard);
    EXPECT_FLOAT_EQ(app->settings.text_scale, 1.5f);
}
