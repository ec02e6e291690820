// screen_audit_report.cpp — the audit's summary (per principle on the 0–100
// basis, with coverage, items not investigated and where users and staff
// disagree), sending it to the unit (after a confirmation: the findings lock),
// the report as HTML, CSV and JSON (the same as `spegeln report`), the audit
// file itself, and starting the follow-up audit.
#include <cmath>

#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

void summary(App& app, const Instrument& in) {
    const AuditScore& s = app.audit.score;
    ui::heading(tr(app, "audit.report.summary"), 3);
    for (const auto& p : s.principles) {
        std::string line =
            app.strings.format("audit.report.principle_line",
                               {title_of(app, in, DimensionKind::Principle, p.score.id), score_text(app, p.score.score),
                                std::to_string(static_cast<int>(std::lround(p.score.coverage * 100.0))),
                                std::to_string(p.not_investigated), std::to_string(p.disagreements)});
        ui::text("• " + line);
    }
    ui::text(app.strings.format("audit.report.not_investigated", {std::to_string(s.not_investigated)}));
    ui::text(app.strings.format("audit.report.disagreements", {std::to_string(s.disagreements.size())}));
    for (const auto& d : s.disagreements)
        ui::text_colored(
            ui::kWarnInk,
            "• " + app.strings.format("audit.report.disagreement_line",
                                      {d.item_id, std::to_string(static_cast<int>(std::lround(d.users * 100.0))),
                                       std::to_string(static_cast<int>(std::lround(d.staff * 100.0)))}));
}

void history(App& app, const Audit& a) {
    ui::heading(tr(app, "audit.report.state_title"), 3);
    ui::text(app.strings.format("audit.report.state", {state_text(app, a.state)}));
    for (const auto& h : a.history) ui::text_muted("• " + h.date + "  " + state_text(app, h.state));
}

void exports(App& app) {
    ui::heading(tr(app, "audit.report.export_title"), 3);
    ui::text_muted(tr(app, "audit.report.export_help"));
    std::string html = tr(app, "audit.report.html"), csv = tr(app, "audit.report.csv"),
                json = tr(app, "audit.report.json"), file = tr(app, "audit.report.file");
    if (ui::primary_button(app, "audit.report.html", html)) act_export_audit_html(app);
    ui::flow(ui::button_width(csv));
    if (ui::button(app, "audit.report.csv", csv)) act_export_audit_csv(app);
    ui::flow(ui::button_width(json));
    if (ui::button(app, "audit.report.json", json)) act_export_audit_report_json(app);
    ui::flow(ui::button_width(file));
    if (ui::button(app, "audit.report.file", file)) act_export_audit_file(app);
    ui::text_muted(tr(app, "audit.report.file_help"));
}

}  // namespace

void draw_audit_report(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current) return;
    audit_nav(app);
    const Audit& a = *app.audit.current;
    ui::heading(tr(app, "audit.report.title"));
    summary(app, *in);
    ImGui::Spacing();
    history(app, a);
    if (a.state == AuditState::Utkast) {
        ui::Card c = ui::card_begin();
        ui::text_bold(tr(app, "audit.report.send_title"));
        ui::text(tr(app, "audit.report.send_help"));
        if (ui::primary_button(app, "audit.report.send", tr(app, "audit.report.send"))) act_audit_ask_send(app);
        ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
    } else {
        if (ui::button(app, "audit.report.to_response", tr(app, "audit.nav.response") + " →"))
            act_go(app, Screen::AuditResponse);
    }
    ImGui::Spacing();
    exports(app);
    ImGui::Spacing();
    draw_audit_two_views(app);
    if (findings_locked(a)) {
        ImGui::Spacing();
        ui::Card c = ui::card_begin();
        ui::text_bold(tr(app, "audit.follow_up.title"));
        ui::text(tr(app, "audit.follow_up.help"));
        if (ui::button(app, "audit.follow_up.start", tr(app, "audit.follow_up.start"))) act_start_follow_up(app);
        ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
    }
}
