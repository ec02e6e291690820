// theme.h — the app's colours as data: two themes (the standard light one and
// a high-contrast one) and the list of every foreground/background pair the
// UI draws, each with the WCAG 2.1 contrast it must reach:
//
//   text      4.5:1  body text, labels, values (1.4.3)
//   large     3:1    text of at least 24 px, or 18.7 px bold (1.4.3)
//   non_text  3:1    control borders, scale buttons, chart bars and marks, the
//                    focus ring against every background it can sit on (1.4.11)
//
// tests/ui/test_theme.cpp computes the contrast of every pair of every theme,
// so a colour changed here that fails is a failing test, not a judgement by eye.
// style.cpp derives ImGui's own colours from the theme; custom drawing uses the
// ui::k… colours below, which apply_theme() sets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "imgui.h"

namespace ui {

// An opaque sRGB colour. Translucent drawing (the radar's filled area) is
// derived from these in the drawing code and carries no meaning of its own.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

struct Theme {
    // Backgrounds.
    Rgb bg;             // the page, dialogs, unselected buttons and fields
    Rgb surface;        // tinted cards (overall score, start form)
    Rgb button;         // ImGui's plain buttons
    Rgb hover;          // a hovered field or card
    Rgb accent_light;   // a hovered choice, the selected card
    Rgb current_bg;     // the current item's card
    Rgb unexported_bg;  // a saved assessment with changes not exported
    Rgb warn_bg;        // warning banners
    Rgb ok_bg;          // "exported, up to date" banner
    Rgb selection;      // selected text in a field
    Rgb toast_bg;       // the short confirmation at the bottom
    // Text.
    Rgb ink;        // body text
    Rgb muted;      // secondary text
    Rgb disabled;   // disabled text (still readable)
    Rgb warn_ink;   // warnings
    Rgb ok_ink;     // "exported, up to date"
    Rgb error_ink;  // errors, a missing score
    Rgb toast_ink;
    // Filled controls.
    Rgb accent;         // selected fill, primary button, links, chart series
    Rgb accent_hover;   // primary button hovered
    Rgb accent_active;  // primary button pressed
    Rgb on_accent;      // text and check marks on accent and danger fills
    Rgb danger;         // the delete button
    Rgb danger_hover;
    // Lines and marks.
    Rgb border;      // control borders, unselected scale buttons, bar outlines
    Rgb divider;     // separators and card outlines
    Rgb focus;       // the keyboard focus ring
    Rgb grid;        // radar rings and spokes
    Rgb track;       // the empty part of a bar
    Rgb range_fill;  // a group's spread on its bar
    Rgb progress;    // the done part of the progress bar
    Rgb scroll_bg;
    Rgb scroll_grab;
    // Sizes that are part of the look: border width multiplier (1 = thin).
    float line = 1.0f;
};

// Every colour member of Theme, by name, for the tests and for checking that
// each one appears in a pair (static_assert in theme.cpp keeps this complete).
struct ThemeColour {
    const char* name;
    Rgb Theme::*member;
};
const std::vector<ThemeColour>& theme_colours();

enum class Need { text, large, non_text };
// What a pair needs: 4.5 for text, 3 for large text and non-text.
double required_contrast(Need need);

struct ColourPair {
    Rgb Theme::*fg;
    Rgb Theme::*bg;
    Need need;
    const char* where;  // what is drawn so (a tag for the test's message, not UI text)
};
// Every foreground/background pair the UI draws (the same for every theme).
const std::vector<ColourPair>& colour_pairs();

enum class ThemeId { standard, high_contrast };
const Theme& theme(ThemeId id);
ThemeId current_theme();

// WCAG 2.1 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

constexpr ImU32 col32(Rgb c, int alpha = 255) {
    return IM_COL32(c.r, c.g, c.b, alpha);
}
ImVec4 col4(Rgb c, float alpha = 1.0f);

// Sets the colours below (and current_theme()); style.cpp's app_apply_style
// calls it before it derives ImGui's colours.
void apply_theme(ThemeId id);

// The current theme's colours for custom drawing. Set by apply_theme(); the
// standard theme's until then (constant-initialised: usable before main()).
extern ImU32 kBg, kSurface, kHover, kAccentLight, kCurrentBg, kUnexportedBg, kWarnBg, kOkBg, kToastBg;
extern ImU32 kInk, kMuted, kWarnInk, kOkInk, kErrorInk, kToastInk;
extern ImU32 kAccent, kAccentHover, kAccentActive, kOnAccent, kDanger, kDangerHover;
extern ImU32 kBorder, kDivider, kFocus, kGrid, kTrack, kRangeFill, kProgress;
// Border width multiplier of the theme (1 standard, 2 high contrast).
extern float kLine;

}  // namespace ui
