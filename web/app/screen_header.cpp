// screen_header.cpp — the fixed top of every screen: the app's name, the
// navigation, which assessment is open, its overall progress and, while it has
// changes that were never exported, a reminder to export.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "a11y/item_hooks.h"
#include "actions.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/widgets_chart.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

struct NavEntry {
    Screen screen;
    const char* id;
    const char* key;
    bool needs_assessment;
};

constexpr NavEntry kNav[] = {
    {Screen::Start, "nav.start", "nav.start", false},
    {Screen::Saved, "nav.saved", "nav.saved", false},
    {Screen::Answer, "nav.answer", "nav.answer", true},
    {Screen::Results, "nav.results", "nav.results", true},
    {Screen::Plan, "nav.plan", "nav.plan", true},
    {Screen::Export, "nav.export", "nav.export", true},
    {Screen::Settings, "nav.settings", "nav.settings", false},
};

// Wide screens: a row of buttons (wrapping). Phones: one menu button, so the
// header does not eat half of a 640 px tall screen.
void nav_buttons(App& app) {
    bool first = true;  // the first button goes beside the title when it fits
    for (const NavEntry& e : kNav) {
        if (e.needs_assessment && !app.doc.current) continue;
        std::string label = tr(app, e.key);
        if (e.screen == Screen::Saved && !(app.library.saved.empty() && app.audit.saved.empty()))
            label += " (" + std::to_string(app.library.saved.size() + app.audit.saved.size()) + ")";
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (first) {
            float right = ImGui::GetCurrentWindow()->ContentRegionRect.Max.x;
            float x = ImGui::GetItemRectMax().x + ImGui::GetFontSize() * 2.0f;
            if (x + w <= right) ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
        } else {
            ui::flow(w);
        }
        first = false;
        if (ui::choice_button(app, e.id, label, app.screen == e.screen, w, ui::ChoiceKind::Navigation))
            act_go(app, e.screen);
    }
}

void nav_menu(App& app) {
    std::string current;
    for (const NavEntry& e : kNav)
        if (e.screen == app.screen) current = tr(app, e.key);
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(w);
    // A combo cuts its text at the arrow. When "Meny: Inställningar" does not
    // fit (a 320 px phone at 200 % text) it says only "Meny": the screen's own
    // heading says where one is.
    std::string preview = tr(app, "nav.menu") + ": " + current;
    const ImGuiStyle& st = ImGui::GetStyle();
    if (ImGui::CalcTextSize(preview.c_str()).x + st.FramePadding.x * 2.0f + ImGui::GetFrameHeight() > w)
        preview = tr(app, "nav.menu");
    const bool open = ImGui::BeginCombo("##nav.menu", preview.c_str(), ImGuiComboFlags_HeightLargest);
    a11y::item(a11y::Role::Button, "nav.menu", tr(app, "nav.menu") + ": " + current, {.expanded = open ? 1 : 0});
    if (open) {
        for (const NavEntry& e : kNav) {
            if (e.needs_assessment && !app.doc.current) continue;
            if (ImGui::Selectable(tr(app, e.key).c_str(), app.screen == e.screen)) act_go(app, e.screen);
            ui::record(app, e.id, tr(app, e.key));
            a11y::item(a11y::Role::Button, e.id, tr(app, e.key), {.current = app.screen == e.screen});
        }
        ImGui::EndCombo();
    }
    ui::record(app, "nav.menu", current);
}

}  // namespace

void draw_header(App& app) {
    {
        // The name is one long word: on a narrow window at a large text size it
        // is drawn smaller (down to 0.8 × the body text) rather than broken.
        const std::string title = tr(app, "app.title");
        FontRole role = font_heading();
        if (ImFont* bold = font_bold()) {
            float at_body = bold->CalcTextSizeA(ui::em(), FLT_MAX, 0.0f, title.c_str()).x;
            float avail = ImGui::GetContentRegionAvail().x;
            if (at_body * role.scale > avail && at_body > 0.0f)
                role = FontRole(bold, std::clamp(avail / at_body, 0.8f, role.scale));
        }
        ui::FontScope f(role);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopStyleColor();
        a11y::text_item(a11y::Role::Heading, title, 1);
    }
    bool narrow = ImGui::GetContentRegionAvail().x < ui::em() * 34.0f;
    if (narrow)
        nav_menu(app);
    else
        nav_buttons(app);

    if (app.doc.current) {
        const Instrument* in = current_instrument(app);
        const Assessment& a = *app.doc.current;
        std::string who = a.unit_name + " · " + a.date;
        if (in && !narrow) who += " · " + tx(app, in->title);
        ui::text_bold(who);
        if (in) {
            Progress p = progress(*in, a);
            float frac = p.total > 0 ? static_cast<float>(p.decided) / static_cast<float>(p.total) : 0.0f;
            std::string pct = std::to_string(static_cast<int>(std::lround(frac * 100.0f)));
            progress_bar(
                app, "header.progress", frac,
                app.strings.format("header.progress", {std::to_string(p.decided), std::to_string(p.total), pct}));
        }
        bool anything = !a.notes.empty() || std::any_of(a.answers.begin(), a.answers.end(),
                                                        [](const auto& kv) { return !kv.second.is_empty(); });
        if (anything && has_unexported_changes(a) && app.screen != Screen::Export) {
            if (ui::banner_button(app, tr(app, narrow ? "header.unexported_short" : "header.unexported"), ui::kWarnBg,
                                  ui::kWarnInk, "header.export_now", tr(app, "header.export_now")))
                act_go(app, Screen::Export);
        }
    }
    ui::separator();
}
