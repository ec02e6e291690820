// personal_data_scan.cpp — implements personal_data_scan.h.
#include "widgets/personal_data_scan.h"

#include "messages.h"
#include "platform.h"

using namespace spegeln;

std::string personal_data_what(const App& app, const std::string& text, const PersonalDataFinding& f) {
    std::string matched = text.substr(f.start, f.end - f.start);
    return app.strings.format("pd.found", {tr(app, std::string("pd.kind.") + personal_data_kind_id(f.kind)),
                                           mask_personal_data(matched, f.kind)});
}

void personal_data_in_text(const App& app, const std::string& where, const std::string& text,
                           std::vector<PersonalDataHit>& out) {
    if (text.empty()) return;
    for (const auto& f : find_personal_data(text)) out.push_back({where, personal_data_what(app, text, f)});
}

std::vector<PersonalDataHit> personal_data_in_assessment(const App& app, const Assessment& a) {
    std::vector<PersonalDataHit> out;
    personal_data_in_text(app, tr(app, "pd.where.unit_name"), a.unit_name, out);
    personal_data_in_text(app, tr(app, "pd.where.role"), a.respondent_role, out);
    for (const auto& [id, ans] : a.answers)
        personal_data_in_text(app, app.strings.format("pd.where.comment", {id}), ans.comment, out);
    personal_data_in_text(app, tr(app, "pd.where.notes"), a.notes, out);
    return out;
}

std::vector<PersonalDataHit> personal_data_in_audit(const App& app, const Audit& a) {
    std::vector<PersonalDataHit> out;
    const AuditHeader& h = a.header;
    personal_data_in_text(app, tr(app, "pd.where.unit_name"), h.unit_name, out);
    personal_data_in_text(app, tr(app, "pd.where.association"), h.association, out);
    for (size_t i = 0; i < h.auditors.size(); ++i) {
        std::string where = app.strings.format("pd.where.auditor", {std::to_string(i + 1)});
        personal_data_in_text(app, where, h.auditors[i].role, out);
        personal_data_in_text(app, where, h.auditors[i].name, out);
    }
    personal_data_in_text(app, tr(app, "pd.where.contact_role"), h.unit_contact_role, out);
    personal_data_in_text(app, tr(app, "pd.where.informed"), h.informants_informed, out);
    for (const auto& m : a.method)
        personal_data_in_text(app,
                              app.strings.format("pd.where.method_note",
                                                 {tr(app, std::string("audit.source.") + audit_source_id(m.source))}),
                              m.note, out);
    for (const auto& [id, item] : a.items) {
        personal_data_in_text(app, app.strings.format("pd.where.finding", {id}), item.finding, out);
        for (size_t q = 0; q < item.quotes.size(); ++q)
            personal_data_in_text(app, app.strings.format("pd.where.quote", {id, std::to_string(q + 1)}),
                                  item.quotes[q], out);
    }
    for (const auto& r : a.recommendations) {
        personal_data_in_text(app, app.strings.format("pd.where.recommendation", {r.id}), r.text, out);
        if (!r.response) continue;
        std::string where = app.strings.format("pd.where.response", {r.id});
        personal_data_in_text(app, where, r.response->action, out);
        personal_data_in_text(app, where, r.response->responsible_role, out);
        personal_data_in_text(app, where, r.response->reason, out);
    }
    personal_data_in_text(app, tr(app, "pd.where.notes"), a.notes, out);
    return out;
}

bool personal_data_export_ok(App& app, const std::string& export_id, const std::vector<PersonalDataHit>& hits) {
    if (app.messages.personal_data_confirmed && app.messages.pending_export == export_id) {
        app.messages.personal_data_confirmed = false;
        app.messages.pending_export.clear();
        return true;
    }
    app.messages.personal_data_confirmed = false;
    if (hits.empty()) return true;
    app.messages.modal = Modal::PersonalData;
    app.messages.pending_export = export_id;
    app.messages.title = tr(app, "pd.dialog.title");
    app.messages.lines.clear();
    for (const auto& h : hits) app.messages.lines.push_back(app.strings.format("pd.dialog.line", {h.where, h.what}));
    platform::announce(app.messages.title);
    return false;
}
