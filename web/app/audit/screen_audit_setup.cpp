// screen_audit_setup.cpp — the audit's frame: the verksamhet and its kind, the
// period, the association, the auditors by role (names optional and left out
// of the report unless chosen), the unit's contact role, and how informants
// were told about the audit and that taking part is voluntary. Read-only once sent.
#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

void read_only(App& app, const Instrument& in, const AuditHeader& h) {
    auto line = [&](const char* key, const std::string& value) {
        ui::label(tr(app, key));
        ui::text(value.empty() ? tr(app, "audit.not_given") : value);
    };
    line("audit.setup.unit_name", h.unit_name);
    const UnitKind* k = in.find_unit_kind(h.unit_kind);
    line("audit.setup.unit_kind", k ? tx(app, k->title) : std::string());
    line("audit.setup.period", h.period_from + " – " + h.period_to);
    line("audit.setup.association", h.association);
    ui::label(tr(app, "audit.setup.auditors"));
    for (const auto& au : h.auditors)
        ui::text("• " + au.role + (h.show_names && !au.name.empty() ? " (" + au.name + ")" : std::string()));
    line("audit.setup.contact_role", h.unit_contact_role);
    line("audit.setup.informed", h.informants_informed);
    ui::text(tr(app, h.voluntary_explained ? "audit.setup.voluntary_yes" : "audit.setup.voluntary_no"));
}

void auditors(App& app, AuditHeader& h, bool& changed) {
    ui::label(tr(app, "audit.setup.auditors"));
    ui::text_muted(tr(app, "audit.setup.auditors_help"));
    if (ui::checkbox(app, "audit.setup.show_names", tr(app, "audit.setup.show_names"), h.show_names)) {
        h.show_names = !h.show_names;
        changed = true;
    }
    for (size_t i = 0; i < h.auditors.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        changed |= audit_text_field(app, "audit.setup.auditor." + n + ".role",
                                    app.strings.format("audit.setup.auditor_role", {n}), h.auditors[i].role);
        if (h.show_names)
            changed |= audit_text_field(app, "audit.setup.auditor." + n + ".name",
                                        app.strings.format("audit.setup.auditor_name", {n}), h.auditors[i].name);
        if (ui::button(app, "audit.setup.auditor." + n + ".remove",
                       app.strings.format("audit.setup.auditor_remove", {n}))) {
            h.auditors.erase(h.auditors.begin() + static_cast<std::ptrdiff_t>(i));
            changed = true;
            return;
        }
    }
    if (ui::button(app, "audit.setup.auditor_add", tr(app, "audit.setup.auditor_add"))) {
        h.auditors.push_back({tr(app, "audit.setup.default_role"), "", json::object()});
        changed = true;
    }
}

}  // namespace

void draw_audit_setup(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current) return;
    audit_nav(app);
    ui::heading(tr(app, "audit.setup.title"));
    ui::text_muted(tr(app, "audit.setup.help"));
    if (findings_locked(*app.audit.current)) {
        read_only(app, *in, app.audit.current->header);
        return;
    }
    AuditHeader h = app.audit.current->header;
    bool changed = audit_text_field(app, "audit.setup.unit_name", tr(app, "audit.setup.unit_name"), h.unit_name);

    if (!in->unit_kinds.empty()) {
        ui::label(tr(app, "audit.setup.unit_kind"));
        bool first = true;
        for (const UnitKind& k : in->unit_kinds) {
            std::string label = tx(app, k.title);
            float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
            if (!first) ui::flow(w);
            first = false;
            if (ui::choice_button(app, "audit.setup.unit_kind." + k.id, label, h.unit_kind == k.id, w)) {
                h.unit_kind = k.id;
                changed = true;
            }
        }
    }

    const float date_w = std::min(ImGui::GetFontSize() * 9.0f, ImGui::GetContentRegionAvail().x);
    ui::label(tr(app, "audit.setup.period_from"));
    changed |= ui::input_text(app, "audit.setup.period_from", h.period_from, date_w);
    ui::label(tr(app, "audit.setup.period_to"));
    changed |= ui::input_text(app, "audit.setup.period_to", h.period_to, date_w);
    for (const std::string* d : {&h.period_from, &h.period_to})
        if (!d->empty() && !is_valid_date(*d)) ui::text_colored(ui::kErrorInk, tr(app, "start.error.date"));
    // The core reads a period that ends before it starts as an error: say so while it is typed.
    if (is_valid_date(h.period_from) && is_valid_date(h.period_to) && h.period_to < h.period_from)
        ui::text_colored(ui::kErrorInk, app.strings.format("diag.audit.period_order", {h.period_from, h.period_to}));

    changed |= audit_text_field(app, "audit.setup.association", tr(app, "audit.setup.association"), h.association);
    ImGui::Spacing();
    auditors(app, h, changed);
    ImGui::Spacing();
    changed |=
        audit_text_field(app, "audit.setup.contact_role", tr(app, "audit.setup.contact_role"), h.unit_contact_role);
    changed |= audit_long_field(app, "audit.setup.informed", tr(app, "audit.setup.informed"), h.informants_informed);
    if (ui::checkbox(app, "audit.setup.voluntary", tr(app, "audit.setup.voluntary"), h.voluntary_explained)) {
        h.voluntary_explained = !h.voluntary_explained;
        changed = true;
    }
    if (changed) act_audit_set_header(app, std::move(h));
    ImGui::Spacing();
    if (ui::primary_button(app, "audit.setup.next", tr(app, "audit.nav.method") + " →"))
        act_go(app, Screen::AuditMethod);
}
