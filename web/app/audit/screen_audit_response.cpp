// screen_audit_response.cpp — the unit's response, added after the audit is
// sent without touching the findings: per recommendation an action, a
// responsible role, a date and a status (avböjd needs a reason). Then the
// audit moves to "svar mottaget" and, after the follow-up, "uppföljd".
#include "a11y/semantics.h"
#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

void response_card(App& app, const Recommendation& rec, bool open) {
    const std::string base = "audit.response." + rec.id;
    ui::Card c = ui::card_begin();
    std::string title = app.strings.format("audit.recs.heading", {rec.id, priority_text(app, rec.priority)});
    a11y::group_begin(a11y::Role::Group, title, base + ".card");
    ui::text_bold(title);
    ui::text(rec.text);
    if (!open) {
        if (rec.response)
            ui::text(
                app.strings.format("audit.response.line", {status_text(app, rec.response->status), rec.response->action,
                                                           rec.response->responsible_role, rec.response->date}));
        else
            ui::text_muted(tr(app, "audit.response.none"));
        a11y::group_end();
        ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
        ImGui::Spacing();
        return;
    }
    Response& r = app.audit.response_drafts[rec.id];
    bool changed = audit_long_field(app, base + ".action", tr(app, "audit.response.action"), r.action);
    changed |= audit_text_field(app, base + ".role", tr(app, "audit.response.role"), r.responsible_role);
    ui::label(tr(app, "audit.response.date"));
    changed |= ui::input_text(app, base + ".date", r.date,
                              std::min(ImGui::GetFontSize() * 9.0f, ImGui::GetContentRegionAvail().x));
    ui::label(tr(app, "audit.response.status"));
    a11y::group_begin(a11y::Role::RadioGroup, tr(app, "audit.response.status"));
    bool first = true;
    for (ResponseStatus s :
         {ResponseStatus::Planerad, ResponseStatus::Pagar, ResponseStatus::Genomford, ResponseStatus::Avbojd}) {
        std::string label = status_text(app, s);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, base + ".status." + response_status_id(s), label, r.status == s, w)) {
            r.status = s;
            changed = true;
        }
    }
    a11y::group_end();
    if (r.status == ResponseStatus::Avbojd)
        changed |= audit_long_field(app, base + ".reason", tr(app, "audit.response.reason"), r.reason);
    if (changed) act_audit_set_response(app, rec.id);
    auto problem = app.audit.response_problems.find(rec.id);
    if (problem != app.audit.response_problems.end() && !problem->second.empty())
        ui::text_colored(ui::kErrorInk, problem->second);
    else if (!rec.response)
        ui::text_muted(tr(app, "audit.response.none"));
    a11y::group_end();
    ui::card_end(c, ui::kBg, rec.response ? ui::kAccent : ui::kBorder, ui::kLine);
    ImGui::Spacing();
}

}  // namespace

void draw_audit_response(App& app) {
    if (!audit_instrument(app) || !app.audit.current) return;
    audit_nav(app);
    const Audit& a = *app.audit.current;
    ui::heading(tr(app, "audit.response.title"));
    if (a.state == AuditState::Utkast) {
        ui::text(tr(app, "audit.response.not_sent"));
        if (ui::button(app, "audit.response.to_report", tr(app, "audit.nav.report") + " →"))
            act_go(app, Screen::AuditReport);
        return;
    }
    ui::text_muted(tr(app, "audit.response.help"));
    const bool open = a.state == AuditState::Skickad || a.state == AuditState::SvarMottaget;
    const std::vector<Recommendation> recs = a.recommendations;
    if (recs.empty()) ui::text_muted(tr(app, "audit.recs.none"));
    for (const auto& r : recs) response_card(app, r, open);
    if (a.state == AuditState::Skickad) {
        if (ui::primary_button(app, "audit.response.received", tr(app, "audit.response.received")))
            act_audit_advance(app, AuditState::SvarMottaget);
    } else if (a.state == AuditState::SvarMottaget) {
        if (ui::primary_button(app, "audit.response.followed_up", tr(app, "audit.response.followed_up")))
            act_audit_advance(app, AuditState::Uppfoljd);
    }
}
