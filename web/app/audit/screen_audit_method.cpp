// screen_audit_method.cpp — the sources the audit used (interviews with
// patients and närstående, focus groups, surveys, observation, documents,
// conversations with staff and management), each with the number of
// informants and occasions and the dates. Read-only once sent.
#include <algorithm>

#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_guides_action.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

std::string joined(const std::vector<std::string>& dates) {
    std::string out;
    for (const auto& d : dates) out += (out.empty() ? "" : ", ") + d;
    return out;
}

// The dates typed, split at commas and spaces: the valid ones, and the first that is not.
std::vector<std::string> parse_dates(const std::string& text, std::string& bad) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        if (is_valid_date(cur))
            out.push_back(cur);
        else if (bad.empty())
            bad = cur;
        cur.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ' ' || c == ';' || c == '\n')
            flush();
        else
            cur += c;
    }
    flush();
    return out;
}

void source_card(App& app, std::vector<MethodEntry>& method, AuditSource s, bool& changed) {
    const std::string sid = audit_source_id(s);
    const std::string base = "audit.method." + sid;
    auto it = std::find_if(method.begin(), method.end(), [&](const MethodEntry& m) { return m.source == s; });
    ui::Card c = ui::card_begin();
    bool used = it != method.end();
    if (ui::checkbox(app, base + ".used", source_text(app, s), used)) {
        if (used) {
            method.erase(it);
        } else {
            MethodEntry m;
            m.source = s;
            method.push_back(m);
        }
        changed = true;
        ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
        return;
    }
    if (used) {
        MethodEntry& m = *it;
        const std::string src = source_text(app, s) + ": ";
        changed |= count_field(app, base + ".informants", tr(app, "audit.method.informants"), m.informants,
                               src + tr(app, "audit.method.informants"));
        ui::flow(ui::em() * 12.0f);
        changed |= count_field(app, base + ".occasions", tr(app, "audit.method.occasions"), m.occasions,
                               src + tr(app, "audit.method.occasions"));
        auto draft = app.audit.date_drafts.find(sid);
        if (draft == app.audit.date_drafts.end()) draft = app.audit.date_drafts.emplace(sid, joined(m.dates)).first;
        ui::label(tr(app, "audit.method.dates"));
        if (ui::input_text(app, base + ".dates", draft->second)) {
            std::string bad;
            auto dates = parse_dates(draft->second, bad);
            if (dates != m.dates) {
                m.dates = dates;
                changed = true;
            }
        }
        std::string bad;
        parse_dates(draft->second, bad);
        if (!bad.empty())
            ui::text_colored(ui::kErrorInk, app.strings.format("audit.method.bad_date", {bad}));
        else
            ui::text_muted(tr(app, "audit.method.dates_help"));
    }
    ui::card_end(c, ui::kBg, used ? ui::kAccent : ui::kBorder, ui::kLine);
}

void read_only(App& app, const std::vector<MethodEntry>& method) {
    if (method.empty()) ui::text_muted(tr(app, "audit.method.none"));
    for (const auto& m : method)
        ui::text("• " +
                 app.strings.format("audit.method.line", {source_text(app, m.source), std::to_string(m.informants),
                                                          std::to_string(m.occasions), joined(m.dates)}));
}

// The paper guides for the interviews, the focus group and the observation
// (core/audit_guides.h): printed before the visit, tallies typed in afterwards.
// Only the items for the audited unit's kind are on them.
void guides_panel(App& app) {
    ui::label(tr(app, "audit.guides.title"));
    ui::text_muted(tr(app, "audit.guides.help"));
    const std::string& kind = app.audit.current->header.unit_kind;
    for (GuideKind g : kAllGuideKinds) {
        const std::string label = tr(app, guide_button_key(g));
        ui::flow(ui::button_width(label));
        if (ui::button(app, std::string("audit.guide.") + guide_kind_id(g), label)) act_download_guide(app, g, kind);
    }
    ImGui::Spacing();
}

}  // namespace

void draw_audit_method(App& app) {
    if (!audit_instrument(app) || !app.audit.current) return;
    audit_nav(app);
    ui::heading(tr(app, "audit.method.title"));
    ui::text_muted(tr(app, "audit.method.help"));
    guides_panel(app);
    if (findings_locked(*app.audit.current)) {
        read_only(app, app.audit.current->method);
        return;
    }
    std::vector<MethodEntry> method = app.audit.current->method;
    bool changed = false;
    for (AuditSource s : kAllAuditSources) {
        source_card(app, method, s, changed);
        ImGui::Spacing();
    }
    if (changed) act_audit_set_method(app, std::move(method));
    if (ui::primary_button(app, "audit.method.next", tr(app, "audit.nav.items") + " →"))
        act_go(app, Screen::AuditItems);
}
