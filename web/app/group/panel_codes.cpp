// panel_codes.cpp — a multi-line field for the codes participants sent (one per line, as they
// came in a chat); under it, line by line, who was added, which lines were damaged and why, and
// which were duplicates (codes_actions.h).
#include "group/panel_codes.h"

#include "actions.h"
#include "group/codes_actions.h"
#include "imgui.h"
#include "widgets/widgets_common.h"

void draw_codes_panel(App& app) {
    CodesPanel& p = app.group.codes;
    ui::Card c = ui::card_begin();
    ui::heading(tr(app, "codes.title"), 3);
    ui::text_muted(tr(app, "codes.help"));
    ui::long_text_field(app, "codes.text", p.text, 4.0f);
    ImGui::BeginDisabled(p.text.find_first_not_of(" \t\r\n") == std::string::npos);
    if (ui::primary_button(app, "codes.add", tr(app, "codes.add"))) act_paste_codes(app, p.text);
    ImGui::EndDisabled();
    if (!p.report.empty()) {
        ui::text_bold(codes_summary(app));
        for (const auto& r : p.report) {
            std::string line = app.strings.format("codes.line", {std::to_string(r.line), r.message});
            if (r.added)
                ui::text(line);
            else
                ui::text_colored(ui::kErrorInk, line);
            ui::record(app, "codes.report." + std::to_string(r.line), line);
        }
    }
    if (app.group.members.empty()) ui::text_muted(tr(app, "codes.none_yet"));
    ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
    ImGui::Spacing();
}
