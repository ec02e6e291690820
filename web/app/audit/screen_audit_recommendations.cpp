// screen_audit_recommendations.cpp — the auditors' recommendations in their own
// words, each tied to one or more findings (items with something recorded) and
// given a priority. A follow-up shows the earlier audit's recommendations and
// how the unit answered them. Read-only once sent.
#include <algorithm>

#include "a11y/semantics.h"
#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

std::string items_text(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

void response_line(App& app, const Recommendation& r) {
    if (!r.response) {
        ui::text_muted(tr(app, "audit.response.none"));
        return;
    }
    const Response& s = *r.response;
    ui::text(
        app.strings.format("audit.response.line", {status_text(app, s.status), s.action, s.responsible_role, s.date}));
    if (s.status == ResponseStatus::Avbojd) ui::text(app.strings.format("audit.response.reason_line", {s.reason}));
}

void previous(App& app, const PreviousAudit& p) {
    ui::heading(app.strings.format("audit.recs.previous", {p.period_from, p.period_to}), 3);
    if (p.recommendations.empty()) ui::text_muted(tr(app, "audit.recs.none"));
    for (const auto& r : p.recommendations) {
        ui::Card c = ui::card_begin();
        ui::text_bold(app.strings.format("audit.recs.heading", {r.id, priority_text(app, r.priority)}));
        ui::text(r.text);
        response_line(app, r);
        ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
        ImGui::Spacing();
    }
    ui::separator();
}

void rec_card(App& app, const Instrument& in, const Recommendation& rec, bool locked) {
    const Audit& a = *app.audit.current;
    const std::string base = "audit.rec." + rec.id;
    ui::Card c = ui::card_begin();
    std::string title = app.strings.format("audit.recs.heading", {rec.id, priority_text(app, rec.priority)});
    a11y::group_begin(a11y::Role::Group, title, base + ".card");
    ui::text_bold(title);
    if (locked) {
        ui::text(rec.text);
        ui::text_muted(app.strings.format("audit.recs.rests_on", {items_text(rec.items)}));
        a11y::group_end();
        ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
        ImGui::Spacing();
        return;
    }
    Recommendation r = rec;
    bool changed = audit_long_field(app, base + ".text", tr(app, "audit.recs.text"), r.text);

    ui::label(tr(app, "audit.recs.priority"));
    a11y::group_begin(a11y::Role::RadioGroup, tr(app, "audit.recs.priority"));
    bool first = true;
    for (Priority p : {Priority::Hog, Priority::Medel, Priority::Lag}) {
        std::string label = priority_text(app, p);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, base + ".priority." + priority_id(p), label, r.priority == p, w)) {
            r.priority = p;
            changed = true;
        }
    }
    a11y::group_end();

    ui::label(tr(app, "audit.recs.items"));
    ui::text_muted(tr(app, "audit.recs.items_help"));
    bool any = false;
    for (const auto& item : in.items) {
        const AuditItem* ai = a.find_item(item.id);
        const bool tied = std::find(r.items.begin(), r.items.end(), item.id) != r.items.end();
        if ((!ai || ai->is_empty()) && !tied) continue;
        any = true;
        if (ui::checkbox(app, base + ".item." + item.id, item.id + "  " + tx(app, item.text_in(a.header.unit_kind)),
                         tied)) {
            if (tied)
                r.items.erase(std::find(r.items.begin(), r.items.end(), item.id));
            else
                r.items.push_back(item.id);
            changed = true;
        }
    }
    if (!any) ui::text_colored(ui::kWarnInk, tr(app, "audit.recs.no_findings"));
    if (changed) act_audit_put_recommendation(app, std::move(r));
    if (ui::button(app, base + ".remove", tr(app, "audit.recs.remove"))) act_audit_remove_recommendation(app, rec.id);
    a11y::group_end();
    ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();
}

}  // namespace

void draw_audit_recommendations(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current) return;
    audit_nav(app);
    const Audit& a = *app.audit.current;
    if (a.previous) previous(app, *a.previous);
    ui::heading(tr(app, "audit.recs.title"));
    ui::text_muted(tr(app, "audit.recs.help"));
    const bool locked = findings_locked(a);
    // Copy: an action may change the list while it is drawn.
    const std::vector<Recommendation> recs = a.recommendations;
    if (recs.empty()) ui::text_muted(tr(app, "audit.recs.none"));
    for (const auto& r : recs) rec_card(app, *in, r, locked);
    if (!locked) {
        if (ui::button(app, "audit.recs.add", tr(app, "audit.recs.add"))) act_audit_add_recommendation(app);
        ImGui::Spacing();
        if (ui::primary_button(app, "audit.recs.next", tr(app, "audit.nav.report") + " →"))
            act_go(app, Screen::AuditReport);
    }
}
