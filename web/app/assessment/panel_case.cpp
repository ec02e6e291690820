// panel_case.cpp — the workshop's fictional case beside the items (panel_case.h).
#include "assessment/panel_case.h"

#include "actions.h"
#include "case_text.h"
#include "imgui.h"
#include "platform.h"
#include "widgets/widgets_common.h"

bool act_print_case(App& app, const std::string& instrument_id) {
    auto c = spegeln::case_for_instrument(instrument_id);
    if (!c) return false;
    platform::open_html(c->title, spegeln::case_html(*c, app.language));
    return true;
}

void draw_case_panel(App& app) {
    if (!app.doc.current) return;
    auto c = spegeln::case_for_instrument(app.doc.current->instrument_id);
    if (!c) return;
    ui::Card card = ui::card_begin();
    ui::text_bold(c->title);
    ui::text_muted(tr(app, "case.help"));
    std::string toggle = tr(app, app.answer.case_open ? "case.hide" : "case.show");
    if (ui::button(app, "case.toggle", toggle)) app.answer.case_open = !app.answer.case_open;
    ui::flow(ui::button_width(tr(app, "case.print")));
    if (ui::button(app, "case.print", tr(app, "case.print"))) act_print_case(app, app.doc.current->instrument_id);
    if (app.answer.case_open) {
        for (const auto& s : c->sections) {
            if (!s.heading.empty()) ui::heading(s.heading, 3);
            for (const auto& p : s.paragraphs) ui::text(p);
        }
    }
    ui::card_end(card, ui::kSurface, ui::kBorder, ui::kLine);
    ImGui::Spacing();
}
