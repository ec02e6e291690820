// audit_actions.cpp — implements audit_actions.h. Every edit goes through the
// core (core/audit.h), which refuses changes of the findings once the audit is
// sent; a refusal is shown as the core's own sentence. Every change ends in
// audit_commit(), which saves at once.
#include "audit/audit_actions.h"

#include <algorithm>

#include "audit/audit_list.h"
#include "audit_report.h"
#include "document.h"
#include "ids.h"
#include "messages.h"
#include "platform.h"
#include "widgets/personal_data_scan.h"

using namespace spegeln;

namespace {

bool audit_saved(const App& app, const std::string& id) {
    return std::any_of(app.audit.saved.begin(), app.audit.saved.end(), [&](const SavedAudit& e) { return e.id == id; });
}

// A fresh id that neither a saved audit nor a saved assessment uses.
std::string unused_id(const App& app) {
    std::string id = platform::random_id();
    while (id.empty() || audit_saved(app, id) || is_saved(app, id)) id = platform::random_id();
    return id;
}

// A refused edit: the core's reason, in a dialog (the screens do not offer
// what the core refuses, so this is a safety net, not a flow).
bool refused(App& app, const Diagnostics& d) {
    show_error(app, tr(app, "audit.error.refused"), diagnostic_lines(app, d));
    return false;
}

// Reads an audit against the bundled instrument it names (its own version when bundled).
std::optional<Audit> load_with_instrument(const App& app, std::string_view text, Diagnostics& diag, int& idx) {
    auto probe = load_audit(text, diag);
    idx = probe ? instrument_index(app, probe->instrument_id, probe->instrument_version) : -1;
    if (probe && idx < 0)
        diag.error("instrument.id", "diag.assessment.unknown_instrument", {quote_for_message(probe->instrument_id)});
    if (idx < 0) return std::nullopt;
    diag = Diagnostics{};
    return load_audit(text, diag, &app.instruments[static_cast<size_t>(idx)]);
}

Audit* open(App& app) {
    return app.audit.current ? &*app.audit.current : nullptr;
}

}  // namespace

// ---- Opening and saving -------------------------------------------------------

const Instrument* audit_instrument(const App& app) {
    if (app.audit.instrument < 0 || app.audit.instrument >= static_cast<int>(app.instruments.size())) return nullptr;
    return &app.instruments[static_cast<size_t>(app.audit.instrument)];
}

void open_audit(App& app, Audit a, int instrument, Screen screen) {
    // One document open at a time: the header and navigation speak of this one.
    app.doc.current.reset();
    app.doc.instrument = -1;
    app.doc.report = ScoreReport{};
    app.audit.current = std::move(a);
    app.audit.instrument = instrument;
    app.audit.score = score_audit(app.instruments[static_cast<size_t>(instrument)], *app.audit.current);
    app.audit.area = 0;
    app.audit.two_views_self.clear();  // the comparison belongs to the audit it was made for
    app.audit.two_views.reset();
    app.audit.two_views_warnings.clear();
    app.audit.guide_shown.clear();
    app.audit.quote_drafts.clear();
    app.audit.date_drafts.clear();
    app.audit.response_drafts.clear();
    app.audit.response_problems.clear();
    for (const auto& r : app.audit.current->recommendations)
        if (r.response) app.audit.response_drafts[r.id] = *r.response;
    app.screen = screen;
}

bool audit_commit(App& app) {
    Audit* a = open(app);
    const Instrument* in = audit_instrument(app);
    if (!a || !in) return false;
    a->modified = platform::now_iso();
    if (a->created.empty()) a->created = a->modified;
    app.audit.score = score_audit(*in, *a);
    bool ok = platform::storage_write(audit_storage_name(a->id), audit_to_json(*a));
    if (!ok) show_error(app, tr(app, "error.save_title"), {tr(app, "error.save_failed")});
    auto entry = std::find_if(app.audit.saved.begin(), app.audit.saved.end(),
                              [&](const SavedAudit& e) { return e.id == a->id; });
    if (entry == app.audit.saved.end()) {
        read_saved_audits(app);
    } else {
        // In place: re-reading every stored audit on each keystroke would be wasteful.
        entry->unit_name = a->header.unit_name;
        entry->period_from = a->header.period_from;
        entry->period_to = a->header.period_to;
        entry->state = a->state;
        entry->modified = a->modified;
        entry->judged = static_cast<int>(std::count_if(a->items.begin(), a->items.end(), [](const auto& kv) {
            return kv.second.judgement.status != JudgementStatus::Unjudged;
        }));
        std::rotate(app.audit.saved.begin(), entry, entry + 1);
    }
    return ok;
}

bool act_start_audit(App& app, int instrument, const std::string& unit_name, const std::string& unit_kind,
                     const std::string& from_date) {
    if (instrument < 0 || instrument >= static_cast<int>(app.instruments.size())) return false;
    const Instrument& in = app.instruments[static_cast<size_t>(instrument)];
    Audit a = new_audit(in);
    a.id = unused_id(app);
    a.header.unit_name = unit_name;
    if (in.find_unit_kind(unit_kind)) a.header.unit_kind = unit_kind;
    a.header.period_from = from_date;
    // The auditors by role; their names are optional and left out of the report by default.
    a.header.auditors.push_back({tr(app, "audit.setup.default_role"), "", json::object()});
    a.created = platform::now_iso();
    open_audit(app, std::move(a), instrument, Screen::AuditSetup);
    audit_commit(app);
    show_toast(app, tr(app, "audit.started"));
    platform::announce(tr(app, "audit.started"));
    return true;
}

bool act_open_audit(App& app, const std::string& id) {
    auto text = platform::storage_read(audit_storage_name(id));
    if (!text) {
        show_error(app, tr(app, "error.resume_title"), {tr(app, "error.not_found")});
        return false;
    }
    Diagnostics diag;
    int idx = -1;
    auto a = load_with_instrument(app, *text, diag, idx);
    if (!a) {
        show_error(app, tr(app, "error.resume_title"), diagnostic_lines(app, diag));
        return false;
    }
    a->id = id;  // edits go back to the file that was opened
    const bool sent = findings_locked(*a);
    open_audit(app, std::move(*a), idx, sent ? Screen::AuditReport : Screen::AuditSetup);
    return true;
}

bool act_delete_audit(App& app, const std::string& id) {
    bool ok = platform::storage_remove(audit_storage_name(id));
    if (app.audit.current && app.audit.current->id == id) {
        app.audit.current.reset();
        app.audit.instrument = -1;
    }
    read_saved_audits(app);
    if (!ok)
        show_error(app, tr(app, "error.delete_title"), {tr(app, "error.not_found")});
    else
        show_toast(app, tr(app, "saved.deleted"));
    return ok;
}

bool act_import_audit(App& app, const std::string& file_name, const std::string& bytes) {
    std::string title = app.strings.format("error.import_title", {file_name});
    Diagnostics diag;
    int idx = -1;
    auto a = load_with_instrument(app, bytes, diag, idx);
    if (!a || diag.has_errors()) {
        show_error(app, title, diagnostic_lines(app, diag), true);
        return false;
    }
    std::vector<std::string> notes = diagnostic_lines(app, diag);  // warnings only
    // Never overwrite what is kept here: an id in use (or not a valid id) gets a new one.
    if (!is_valid_id(a->id) || audit_saved(app, a->id)) {
        if (!a->id.empty() && audit_saved(app, a->id)) notes.insert(notes.begin(), tr(app, "import.copy_note"));
        a->id = unused_id(app);
    }
    if (!platform::storage_write(audit_storage_name(a->id), audit_to_json(*a))) {
        show_error(app, title, {tr(app, "error.save_failed")});
        return false;
    }
    read_saved_audits(app);
    app.screen = Screen::Saved;
    std::string done = app.strings.format("audit.imported", {a->header.unit_name});
    if (notes.empty())
        show_toast(app, done);
    else
        show_message(app, done, notes);
    platform::announce(done);
    return true;
}

bool act_migrate_assessment(App& app, const Assessment& old) {
    Diagnostics diag;
    auto a = audit_from_assessment(old, diag);
    int idx = a ? instrument_index(app, a->instrument_id, a->instrument_version) : -1;
    if (!a || idx < 0) {
        show_error(app, tr(app, "audit.migrate.title"), diagnostic_lines(app, diag));
        return false;
    }
    a->id = unused_id(app);
    a->created = platform::now_iso();
    open_audit(app, std::move(*a), idx, Screen::AuditSetup);
    audit_commit(app);
    std::vector<std::string> lines = {tr(app, "audit.migrate.kept")};
    for (auto& l : diagnostic_lines(app, diag)) lines.push_back(std::move(l));
    show_message(app, tr(app, "audit.migrate.title"), lines);
    return true;
}

bool act_start_follow_up(App& app) {
    Audit* earlier = open(app);
    if (!earlier || !findings_locked(*earlier)) return false;
    // A follow-up uses today's version of the instrument.
    int idx = instrument_index(app, earlier->instrument_id);
    if (idx < 0) return false;
    Audit a = start_follow_up(*earlier, app.instruments[static_cast<size_t>(idx)]);
    a.id = unused_id(app);
    a.header.period_from = platform::today();
    a.created = platform::now_iso();
    open_audit(app, std::move(a), idx, Screen::AuditSetup);
    audit_commit(app);
    show_toast(app, tr(app, "audit.follow_up.started"));
    platform::announce(tr(app, "audit.follow_up.started"));
    return true;
}

// ---- Editing ------------------------------------------------------------------

bool act_audit_set_header(App& app, AuditHeader header) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!set_header(*a, std::move(header), d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_set_method(App& app, std::vector<MethodEntry> method) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!set_method(*a, std::move(method), d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_set_tally(App& app, const std::string& item_id, InformantGroup group, Tally t) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!set_tally(*a, item_id, group, t, d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_set_judgement(App& app, const std::string& item_id, Judgement j) {
    Audit* a = open(app);
    const Instrument* in = audit_instrument(app);
    const Item* item = in ? in->find_item(item_id) : nullptr;
    if (!a || !item) return false;
    if (j.status == JudgementStatus::Level && (j.level < 0 || j.level > in->scale_of(*item).top())) return false;
    Diagnostics d;
    if (!set_judgement(*a, item_id, j, d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_set_finding(App& app, const std::string& item_id, const std::string& text) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!set_finding(*a, item_id, text, d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_add_quote(App& app, const std::string& item_id) {
    Audit* a = open(app);
    if (!a) return false;
    std::string& draft = app.audit.quote_drafts[item_id];
    size_t b = draft.find_first_not_of(" \t\r\n"), e = draft.find_last_not_of(" \t\r\n");
    if (b == std::string::npos) return false;
    Diagnostics d;
    if (!add_quote(*a, item_id, draft.substr(b, e - b + 1), d)) return refused(app, d);
    draft.clear();
    return audit_commit(app);
}

bool act_audit_remove_quote(App& app, const std::string& item_id, size_t index) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!remove_quote(*a, item_id, index, d)) return refused(app, d);
    return audit_commit(app);
}

std::string act_audit_add_recommendation(App& app) {
    Audit* a = open(app);
    if (!a) return "";
    int n = static_cast<int>(a->recommendations.size()) + 1;
    while (a->find_recommendation("r" + std::to_string(n))) ++n;
    Recommendation r;
    r.id = "r" + std::to_string(n);
    Diagnostics d;
    if (!put_recommendation(*a, r, d)) {
        refused(app, d);
        return "";
    }
    audit_commit(app);
    return r.id;
}

bool act_audit_put_recommendation(App& app, Recommendation r) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!put_recommendation(*a, std::move(r), d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_remove_recommendation(App& app, const std::string& id) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!remove_recommendation(*a, id, d)) return refused(app, d);
    return audit_commit(app);
}

bool act_audit_set_response(App& app, const std::string& recommendation_id, std::string* problem) {
    Audit* a = open(app);
    if (!a) return false;
    Response draft = app.audit.response_drafts[recommendation_id];
    Diagnostics d;
    if (!set_response(*a, recommendation_id, std::move(draft), d)) {
        // Not a dialog: the draft is simply not complete yet; the screen says what is missing.
        std::string why = d.items.empty() ? std::string() : diagnostic_message(d.items.front(), app.strings);
        app.audit.response_problems[recommendation_id] = why;
        if (problem) *problem = why;
        return false;
    }
    app.audit.response_problems.erase(recommendation_id);
    if (problem) problem->clear();
    return audit_commit(app);
}

// ---- States -------------------------------------------------------------------

void act_audit_ask_send(App& app) {
    if (!app.audit.current || app.audit.current->state != AuditState::Utkast) return;
    app.messages.modal = Modal::AuditSend;
    app.messages.subject = app.audit.current->id;
}

bool act_audit_advance(App& app, AuditState to) {
    Audit* a = open(app);
    if (!a) return false;
    Diagnostics d;
    if (!advance_state(*a, to, platform::today(), d)) {
        show_error(app, tr(app, "audit.error.state_title"), diagnostic_lines(app, d));
        return false;
    }
    audit_commit(app);
    std::string done = tr(app, std::string("audit.state_done.") + audit_state_id(to));
    show_toast(app, done);
    platform::announce(done);
    return true;
}

// ---- Items screen ---------------------------------------------------------------

std::vector<const Item*> audit_area_items(const App& app, int area) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current || area < 0 || area >= static_cast<int>(in->areas.size())) return {};
    std::vector<const Item*> out;
    for (const Item* item : in->items_in_area(in->areas[static_cast<size_t>(area)].id))
        if (item->applies_to(app.audit.current->header.unit_kind)) out.push_back(item);
    return out;
}

void act_audit_go_area(App& app, int area) {
    const Instrument* in = audit_instrument(app);
    if (!in || in->areas.empty()) return;
    app.audit.area = std::clamp(area, 0, static_cast<int>(in->areas.size()) - 1);
}

void act_audit_toggle_guide(App& app, const std::string& item_id) {
    auto& v = app.audit.guide_shown;
    auto it = std::find(v.begin(), v.end(), item_id);
    if (it == v.end())
        v.push_back(item_id);
    else
        v.erase(it);
}

// ---- Export -------------------------------------------------------------------

std::string audit_file_name(const Audit& a, const std::string& ext) {
    // The same safe characters as an assessment's file name (document.h).
    Assessment named;
    named.unit_name = a.header.unit_name.empty() ? std::string("brukarrevision") : a.header.unit_name;
    named.date = a.header.period_from;
    std::string base = export_file_name(named, ext);
    return base.substr(0, base.size() - ext.size() - 1) + "-brukarrevision." + ext;
}

namespace {

bool guard(App& app, const char* export_id) {
    return personal_data_export_ok(app, export_id, personal_data_in_audit(app, *app.audit.current));
}

bool deliver(App& app, const std::string& name, const char* mime, const std::string& data, const char* done_key) {
    if (!platform::download(name, mime, data)) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, done_key));
    platform::announce(tr(app, done_key));
    return true;
}

std::string report_name(const Audit& a, const std::string& ext) {
    std::string n = audit_file_name(a, ext);
    return n.substr(0, n.size() - ext.size() - 1) + "-rapport." + ext;
}

}  // namespace

bool act_export_audit_file(App& app) {
    if (!app.audit.current || !guard(app, "audit.file")) return false;
    return deliver(app, audit_file_name(*app.audit.current, "json"), "application/json",
                   audit_to_json(*app.audit.current), "audit.export.file_done");
}

bool act_export_audit_html(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current || !guard(app, "audit.html")) return false;
    return deliver(app, report_name(*app.audit.current, "html"), "text/html;charset=utf-8",
                   audit_report_html(*in, *app.audit.current, app.audit.score, app.strings), "audit.export.html_done");
}

bool act_export_audit_csv(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current || !guard(app, "audit.csv")) return false;
    return deliver(app, report_name(*app.audit.current, "csv"), "text/csv;charset=utf-8",
                   audit_report_csv(*in, *app.audit.current, app.audit.score, app.strings), "export.csv_done");
}

bool act_export_audit_report_json(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current || !guard(app, "audit.json")) return false;
    return deliver(app, report_name(*app.audit.current, "json"), "application/json",
                   audit_report_json(*in, *app.audit.current, app.audit.score), "audit.export.json_done");
}

bool act_audit_two_views(App& app, const std::string& saved_id) {
    AuditView& v = app.audit;
    v.two_views_self.clear();
    v.two_views.reset();
    v.two_views_warnings.clear();
    const Instrument* audit_in = audit_instrument(app);
    if (saved_id.empty() || !audit_in || !v.current) return true;
    auto e = std::find_if(app.library.saved.begin(), app.library.saved.end(),
                          [&](const SavedEntry& x) { return x.id == saved_id; });
    if (e == app.library.saved.end()) return false;
    const int own = instrument_index(app, e->instrument_id, e->instrument_version);
    auto text = platform::storage_read(e->storage_name);
    Diagnostics diag;
    auto self =
        (text && own >= 0) ? load_assessment(*text, diag, &app.instruments[static_cast<size_t>(own)]) : std::nullopt;
    if (!self) {
        std::vector<std::string> lines;
        for (const auto& d : diag.items) lines.push_back(format_diagnostic(d, app.strings));
        show_error(app, tr(app, "audit.two_views.error"), lines);
        return false;
    }
    Diagnostics warn;
    v.two_views = compare_self_and_audit(app.instruments[static_cast<size_t>(own)], *self, *audit_in, *v.current, warn);
    for (const auto& d : warn.items) v.two_views_warnings.push_back(format_diagnostic(d, app.strings));
    v.two_views_self = saved_id;
    return true;
}
