// screen_settings.cpp — the language, text size and contrast (the whole UI
// follows them; remembered in storage), whether "Vad menas?" is always open,
// and a short "about".
#include <cmath>

#include "actions.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

void draw_settings(App& app) {
    ui::heading(tr(app, "settings.title"));

    // Each language is named in itself, so whoever cannot read the current one
    // still finds their own.
    ui::label(tr(app, "settings.language"));
    bool first_lang = true;
    for (const auto& l : app.languages) {
        float w = ui::button_width(l.name) + ImGui::GetFontSize() * 1.2f;
        if (!first_lang) ui::flow(w);
        first_lang = false;
        // The new texts show from the next frame on.
        if (ui::choice_button(app, "settings.language." + l.code, l.name, app.language == l.code, w))
            act_set_language(app, l.code);
    }
    ImGui::Spacing();

    ui::label(tr(app, "settings.text_size"));
    ui::text_muted(tr(app, "settings.text_size_help"));
    const float sizes[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f};
    bool first = true;
    for (float s : sizes) {
        int pct = static_cast<int>(std::lround(s * 100.0f));
        std::string label = std::to_string(pct) + " %";
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        // The change shows next frame, when the main loop has rebuilt the fonts.
        if (ui::choice_button(app, "settings.text_size." + std::to_string(pct), label, app.settings.text_scale == s, w))
            act_set_text_scale(app, s);
    }
    ImGui::Spacing();

    // Until chosen here, the platform's preference decides; the choice shown
    // is the theme in use either way.
    ui::label(tr(app, "settings.contrast"));
    ui::text_muted(tr(app, "settings.contrast_help"));
    const bool high = uses_high_contrast(app);
    std::string standard = tr(app, "settings.contrast.standard"), high_label = tr(app, "settings.contrast.high");
    float ws = ui::button_width(standard) + ImGui::GetFontSize() * 1.2f;
    float wh = ui::button_width(high_label) + ImGui::GetFontSize() * 1.2f;
    if (ui::choice_button(app, "settings.contrast.standard", standard, !high, ws)) act_set_high_contrast(app, false);
    ui::flow(wh);
    if (ui::choice_button(app, "settings.contrast.high", high_label, high, wh)) act_set_high_contrast(app, true);
    ImGui::Spacing();

    ui::label(tr(app, "settings.help_open"));
    std::string closed = tr(app, "settings.help_open.no"), open = tr(app, "settings.help_open.yes");
    float w1 = ui::button_width(closed) + ImGui::GetFontSize() * 1.2f;
    float w2 = ui::button_width(open) + ImGui::GetFontSize() * 1.2f;
    if (ui::choice_button(app, "settings.help_open.no", closed, !app.settings.help_open, w1))
        act_set_help_open(app, false);
    ui::flow(w2);
    if (ui::choice_button(app, "settings.help_open.yes", open, app.settings.help_open, w2))
        act_set_help_open(app, true);
    ImGui::Spacing();
    ui::separator();

    ui::heading(tr(app, "settings.about"));
    ui::text(tr(app, "start.intro.what"));
    ui::text(tr(app, "start.intro.storage"));
    ui::text(tr(app, "settings.keyboard"));
    ui::text_muted(tr(app, "settings.version"));
}
