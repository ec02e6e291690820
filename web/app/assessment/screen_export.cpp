// screen_export.cpp — getting the assessment out of the browser: the JSON
// file (the durable copy, the only one that can be imported again), a CSV for
// Excel and the printable report.
#include "actions.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

void draw_export(App& app) {
    if (!app.doc.current) return;
    const spegeln::Assessment& a = *app.doc.current;
    ui::heading(tr(app, "export.title"));

    std::string when = exported_at(a);
    if (has_unexported_changes(a)) {
        ui::banner(
            when.empty() ? tr(app, "export.never") : app.strings.format("export.changed_since", {when.substr(0, 10)}),
            ui::kWarnBg, ui::kWarnInk);
    } else {
        ui::banner(app.strings.format("export.up_to_date", {when.substr(0, 10)}), ui::kOkBg, ui::kOkInk);
    }
    ImGui::Spacing();

    ui::Card c1 = ui::card_begin();
    ui::label(tr(app, "export.json_title"));
    ui::text(tr(app, "export.json_help"));
    ui::text_muted(app.strings.format("export.file_name", {export_file_name(a, "json")}));
    if (ui::primary_button(app, "export.json", tr(app, "export.json"))) act_export_json(app);
    ui::card_end(c1, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::Card c2 = ui::card_begin();
    ui::label(tr(app, "export.html_title"));
    ui::text(tr(app, "export.html_help"));
    if (ui::button(app, "export.html", tr(app, "export.html"))) act_export_html(app);
    ui::card_end(c2, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::Card c3 = ui::card_begin();
    ui::label(tr(app, "export.csv_title"));
    ui::text(tr(app, "export.csv_help"));
    ui::text_muted(app.strings.format("export.file_name", {export_file_name(a, "csv")}));
    if (ui::button(app, "export.csv", tr(app, "export.csv"))) act_export_csv(app);
    ui::card_end(c3, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::text_muted(tr(app, "export.privacy"));
}
