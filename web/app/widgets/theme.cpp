#include "theme.h"

#include <cmath>
#include <cstddef>
#include <iterator>
#include <utility>

namespace ui {

namespace {

// The standard theme: dark text on white and light tints, one blue accent, an
// orange focus ring that no other colour uses.
constexpr Theme kStandard = {
    /* bg */ {255, 255, 255},
    /* surface */ {244, 247, 251},
    /* button */ {242, 242, 242},
    /* hover */ {235, 243, 252},
    /* accent_light */ {220, 234, 250},
    /* current_bg */ {255, 249, 219},
    /* unexported_bg */ {255, 252, 240},
    /* warn_bg */ {255, 243, 205},
    /* ok_bg */ {226, 242, 228},
    /* selection */ {170, 205, 245},
    /* toast_bg */ {30, 30, 30},
    /* ink */ {20, 20, 20},
    /* muted */ {70, 70, 70},
    /* disabled */ {95, 95, 95},
    /* warn_ink */ {102, 60, 0},
    /* ok_ink */ {20, 83, 30},
    /* error_ink */ {160, 0, 0},
    /* toast_ink */ {255, 255, 255},
    /* accent */ {0, 76, 153},
    /* accent_hover */ {0, 58, 120},
    /* accent_active */ {0, 40, 90},
    /* on_accent */ {255, 255, 255},
    /* danger */ {160, 0, 0},
    /* danger_hover */ {120, 0, 0},
    /* border */ {90, 90, 90},
    // Was 150–170 grey (2.3–3:1): a card's edge and the radar's rings are what
    // show its shape, so they meet 3:1 too.
    /* divider */ {128, 128, 128},
    /* focus */ {190, 60, 0},
    /* grid */ {128, 128, 128},
    /* track */ {235, 235, 235},
    /* range_fill */ {120, 160, 210},
    /* progress */ {150, 190, 235},
    /* scroll_bg */ {238, 238, 238},
    /* scroll_grab */ {120, 120, 120},
    /* line */ 1.0f,
};

// High contrast: black on white, every tint nearly white, thick black borders;
// selection is black with white text; the focus ring is a strong blue that
// nothing else uses, hover is yellow (as in Windows' high-contrast themes).
constexpr Theme kHighContrast = {
    /* bg */ {255, 255, 255},
    /* surface */ {255, 255, 255},
    /* button */ {255, 255, 255},
    /* hover */ {255, 255, 170},
    /* accent_light */ {255, 255, 170},
    /* current_bg */ {255, 250, 215},
    /* unexported_bg */ {255, 255, 255},
    /* warn_bg */ {255, 240, 170},
    /* ok_bg */ {235, 255, 235},
    /* selection */ {255, 225, 0},
    /* toast_bg */ {0, 0, 0},
    /* ink */ {0, 0, 0},
    /* muted */ {40, 40, 40},
    /* disabled */ {70, 70, 70},
    /* warn_ink */ {70, 40, 0},
    /* ok_ink */ {0, 60, 0},
    /* error_ink */ {140, 0, 0},
    /* toast_ink */ {255, 255, 255},
    /* accent */ {0, 0, 0},
    /* accent_hover */ {45, 45, 45},
    /* accent_active */ {70, 70, 70},
    /* on_accent */ {255, 255, 255},
    /* danger */ {140, 0, 0},
    /* danger_hover */ {100, 0, 0},
    /* border */ {0, 0, 0},
    /* divider */ {0, 0, 0},
    /* focus */ {0, 70, 255},
    /* grid */ {70, 70, 70},
    /* track */ {255, 255, 255},
    /* range_fill */ {160, 160, 160},
    /* progress */ {200, 200, 200},
    /* scroll_bg */ {255, 255, 255},
    /* scroll_grab */ {0, 0, 0},
    /* line */ 2.0f,
};

#define SPEGELN_COLOUR(name) \
    { #name, &Theme::name }
constexpr ThemeColour kColours[] = {
    SPEGELN_COLOUR(bg),
    SPEGELN_COLOUR(surface),
    SPEGELN_COLOUR(button),
    SPEGELN_COLOUR(hover),
    SPEGELN_COLOUR(accent_light),
    SPEGELN_COLOUR(current_bg),
    SPEGELN_COLOUR(unexported_bg),
    SPEGELN_COLOUR(warn_bg),
    SPEGELN_COLOUR(ok_bg),
    SPEGELN_COLOUR(selection),
    SPEGELN_COLOUR(toast_bg),
    SPEGELN_COLOUR(ink),
    SPEGELN_COLOUR(muted),
    SPEGELN_COLOUR(disabled),
    SPEGELN_COLOUR(warn_ink),
    SPEGELN_COLOUR(ok_ink),
    SPEGELN_COLOUR(error_ink),
    SPEGELN_COLOUR(toast_ink),
    SPEGELN_COLOUR(accent),
    SPEGELN_COLOUR(accent_hover),
    SPEGELN_COLOUR(accent_active),
    SPEGELN_COLOUR(on_accent),
    SPEGELN_COLOUR(danger),
    SPEGELN_COLOUR(danger_hover),
    SPEGELN_COLOUR(border),
    SPEGELN_COLOUR(divider),
    SPEGELN_COLOUR(focus),
    SPEGELN_COLOUR(grid),
    SPEGELN_COLOUR(track),
    SPEGELN_COLOUR(range_fill),
    SPEGELN_COLOUR(progress),
    SPEGELN_COLOUR(scroll_bg),
    SPEGELN_COLOUR(scroll_grab),
};
#undef SPEGELN_COLOUR
// Theme is its colours followed by `line`: a colour added to the struct but
// not to kColours would shift `line` and stop this from compiling.
constexpr std::size_t kColourBytes = std::size(kColours) * sizeof(Rgb);
static_assert(offsetof(Theme, line) == (kColourBytes + alignof(float) - 1) / alignof(float) * alignof(float));

using T = Theme;
constexpr Need text = Need::text, large = Need::large, non_text = Need::non_text;

// Where each pair is drawn; kept next to the code that draws it in mind, not
// derived from it, so a new pair needs a line here (and a look at the test).
const std::vector<ColourPair> kPairs = {
    // Body text on every background it is written on.
    {&T::ink, &T::bg, text, "body_text_on_the_page"},
    {&T::ink, &T::surface, text, "text_in_tinted_cards"},
    {&T::ink, &T::button, text, "button_labels"},
    {&T::ink, &T::hover, text, "a_hovered_field_or_card"},
    {&T::ink, &T::accent_light, text, "a_hovered_choice_the_selected_card"},
    {&T::ink, &T::current_bg, text, "the_current_items_card"},
    {&T::ink, &T::unexported_bg, text, "a_saved_assessment_not_exported"},
    {&T::ink, &T::selection, text, "selected_text_in_a_field"},
    {&T::ink, &T::progress, text, "the_progress_bars_text_over_its_done_part"},
    {&T::muted, &T::bg, text, "secondary_text"},
    {&T::muted, &T::surface, text, "secondary_text_in_tinted_cards"},
    {&T::muted, &T::hover, text, "secondary_text_in_a_hovered_card"},
    {&T::muted, &T::accent_light, text, "the_selected_instrument_cards_details"},
    {&T::muted, &T::current_bg, text, "the_current_items_number"},
    {&T::muted, &T::unexported_bg, text, "details_of_a_saved_assessment_not_exported"},
    {&T::disabled, &T::bg, text, "disabled_text"},
    {&T::warn_ink, &T::warn_bg, text, "warning_banners"},
    {&T::warn_ink, &T::bg, text, "warnings_under_a_score"},
    {&T::warn_ink, &T::surface, text, "warnings_in_tinted_cards"},
    {&T::warn_ink, &T::unexported_bg, text, "not_exported_on_a_saved_assessment"},
    {&T::ok_ink, &T::ok_bg, text, "exported_up_to_date_banner"},
    {&T::error_ink, &T::bg, text, "errors_missing_values"},
    {&T::error_ink, &T::surface, text, "errors_in_tinted_cards"},
    {&T::error_ink, &T::unexported_bg, text, "an_unreadable_saved_assessment"},
    {&T::toast_ink, &T::toast_bg, text, "the_toast"},
    {&T::accent, &T::bg, text, "the_apps_name_chart_values_open_now"},
    {&T::accent, &T::surface, text, "accent_text_in_tinted_cards"},
    {&T::accent, &T::unexported_bg, text, "open_now_on_a_saved_assessment_not_exported"},
    {&T::on_accent, &T::accent, text, "primary_buttons_selected_choices"},
    {&T::on_accent, &T::accent_hover, text, "a_hovered_primary_button"},
    {&T::on_accent, &T::accent_active, text, "a_pressed_primary_button"},
    {&T::on_accent, &T::danger, text, "the_delete_button"},
    {&T::on_accent, &T::danger_hover, text, "a_hovered_delete_button"},
    // Large text (the overall score, 2× bold).
    {&T::ink, &T::surface, large, "the_overall_score"},
    {&T::error_ink, &T::surface, large, "the_overall_score_when_missing"},
    // Controls: a button's edge against what is around and inside it.
    {&T::border, &T::bg, non_text, "borders_of_buttons_fields_scale_buttons_bars"},
    {&T::border, &T::surface, non_text, "borders_of_controls_in_tinted_cards"},
    {&T::border, &T::hover, non_text, "the_border_of_a_hovered_field"},
    {&T::border, &T::accent_light, non_text, "the_border_of_a_hovered_choice"},
    {&T::border, &T::current_bg, non_text, "scale_buttons_in_the_current_items_card"},
    {&T::border, &T::unexported_bg, non_text, "buttons_on_a_saved_assessment_not_exported"},
    {&T::border, &T::warn_bg, non_text, "the_button_in_a_warning_banner"},
    {&T::ink, &T::bg, non_text, "the_thick_border_of_a_selected_choice"},
    {&T::accent, &T::bg, non_text, "selected_fill_primary_buttons_the_radars_outline_and_dots"},
    {&T::accent, &T::surface, non_text, "a_primary_button_in_a_tinted_card"},
    {&T::accent, &T::current_bg, non_text, "the_selected_level_in_the_current_items_card"},
    {&T::on_accent, &T::accent, non_text, "the_check_mark_on_a_selected_choice"},
    {&T::danger, &T::bg, non_text, "the_delete_buttons_shape"},
    {&T::divider, &T::bg, non_text, "card_outlines_and_separators"},
    // The focus ring is drawn a few pixels outside its item, on the item's surroundings.
    {&T::focus, &T::bg, non_text, "focus_ring_on_the_page"},
    {&T::focus, &T::surface, non_text, "focus_ring_in_tinted_cards"},
    {&T::focus, &T::current_bg, non_text, "focus_ring_in_the_current_items_card"},
    {&T::focus, &T::unexported_bg, non_text, "focus_ring_on_a_saved_assessment_not_exported"},
    {&T::focus, &T::warn_bg, non_text, "focus_ring_in_a_warning_banner"},
    {&T::focus, &T::accent_light, non_text, "focus_ring_next_to_the_selected_card"},
    // Charts.
    {&T::grid, &T::bg, non_text, "the_radar_rings_and_spokes"},
    {&T::accent, &T::track, non_text, "a_score_bar_against_its_empty_track"},
    {&T::error_ink, &T::bg, non_text, "the_hollow_ring_of_a_missing_score"},
    {&T::accent, &T::range_fill, non_text, "the_outline_of_a_groups_spread"},
    {&T::ink, &T::range_fill, non_text, "the_median_mark_on_the_spread"},
    {&T::ink, &T::track, non_text, "the_median_mark_on_the_track"},
    {&T::accent, &T::progress, non_text, "the_progress_bars_edge"},
    {&T::scroll_grab, &T::scroll_bg, non_text, "the_scroll_bars_handle"},
};

double channel(std::uint8_t v) {
    double c = static_cast<double>(v) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

ThemeId g_current = ThemeId::standard;

}  // namespace

ImU32 kBg = col32(kStandard.bg);
ImU32 kSurface = col32(kStandard.surface);
ImU32 kHover = col32(kStandard.hover);
ImU32 kAccentLight = col32(kStandard.accent_light);
ImU32 kCurrentBg = col32(kStandard.current_bg);
ImU32 kUnexportedBg = col32(kStandard.unexported_bg);
ImU32 kWarnBg = col32(kStandard.warn_bg);
ImU32 kOkBg = col32(kStandard.ok_bg);
ImU32 kToastBg = col32(kStandard.toast_bg);
ImU32 kInk = col32(kStandard.ink);
ImU32 kMuted = col32(kStandard.muted);
ImU32 kWarnInk = col32(kStandard.warn_ink);
ImU32 kOkInk = col32(kStandard.ok_ink);
ImU32 kErrorInk = col32(kStandard.error_ink);
ImU32 kToastInk = col32(kStandard.toast_ink);
ImU32 kAccent = col32(kStandard.accent);
ImU32 kAccentHover = col32(kStandard.accent_hover);
ImU32 kAccentActive = col32(kStandard.accent_active);
ImU32 kOnAccent = col32(kStandard.on_accent);
ImU32 kDanger = col32(kStandard.danger);
ImU32 kDangerHover = col32(kStandard.danger_hover);
ImU32 kBorder = col32(kStandard.border);
ImU32 kDivider = col32(kStandard.divider);
ImU32 kFocus = col32(kStandard.focus);
ImU32 kGrid = col32(kStandard.grid);
ImU32 kTrack = col32(kStandard.track);
ImU32 kRangeFill = col32(kStandard.range_fill);
ImU32 kProgress = col32(kStandard.progress);
float kLine = kStandard.line;

const std::vector<ThemeColour>& theme_colours() {
    static const std::vector<ThemeColour> all(std::begin(kColours), std::end(kColours));
    return all;
}

const std::vector<ColourPair>& colour_pairs() {
    return kPairs;
}

double required_contrast(Need need) {
    return need == Need::text ? 4.5 : 3.0;
}

const Theme& theme(ThemeId id) {
    return id == ThemeId::high_contrast ? kHighContrast : kStandard;
}

ThemeId current_theme() {
    return g_current;
}

double relative_luminance(Rgb c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

ImVec4 col4(Rgb c, float alpha) {
    return ImVec4(static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f, static_cast<float>(c.b) / 255.0f,
                  alpha);
}

void apply_theme(ThemeId id) {
    g_current = id;
    const Theme& t = theme(id);
    kBg = col32(t.bg);
    kSurface = col32(t.surface);
    kHover = col32(t.hover);
    kAccentLight = col32(t.accent_light);
    kCurrentBg = col32(t.current_bg);
    kUnexportedBg = col32(t.unexported_bg);
    kWarnBg = col32(t.warn_bg);
    kOkBg = col32(t.ok_bg);
    kToastBg = col32(t.toast_bg);
    kInk = col32(t.ink);
    kMuted = col32(t.muted);
    kWarnInk = col32(t.warn_ink);
    kOkInk = col32(t.ok_ink);
    kErrorInk = col32(t.error_ink);
    kToastInk = col32(t.toast_ink);
    kAccent = col32(t.accent);
    kAccentHover = col32(t.accent_hover);
    kAccentActive = col32(t.accent_active);
    kOnAccent = col32(t.on_accent);
    kDanger = col32(t.danger);
    kDangerHover = col32(t.danger_hover);
    kBorder = col32(t.border);
    kDivider = col32(t.divider);
    kFocus = col32(t.focus);
    kGrid = col32(t.grid);
    kTrack = col32(t.track);
    kRangeFill = col32(t.range_fill);
    kProgress = col32(t.progress);
    kLine = t.line;
}

}  // namespace ui
