// library_actions.cpp — the assessments kept in this browser (or desktop data
// folder): start a new one, resume, duplicate for a follow-up, delete, import.
// An opened one goes to the answer screen through open_document()
// (assessment_actions.h); the answer screen never calls back here.
#include "library_actions.h"

#include <algorithm>

#include "a11y/item_hooks.h"
#include "assessment/assessment_actions.h"
#include "audit.h"
#include "audit/audit_actions.h"
#include "document.h"
#include "ids.h"
#include "json_read.h"
#include "messages.h"
#include "platform.h"
#include "typed_text.h"

using namespace spegeln;

namespace {

// A fresh id that no saved assessment uses.
std::string unused_id(const App& app) {
    std::string id = platform::random_id();
    while (id.empty() || is_saved(app, id)) id = platform::random_id();
    return id;
}

}  // namespace

bool has_core_items(const Instrument& in) {
    return std::any_of(in.items.begin(), in.items.end(), [](const Item& item) { return item.core; });
}

void act_choose_instrument(App& app, int index) {
    if (index < 0 || index >= static_cast<int>(app.instruments.size())) return;
    StartForm& f = app.library.form;
    f.instrument = index;
    const Instrument& in = app.instruments[static_cast<size_t>(index)];
    if (!in.supports(f.mode) && !in.modes.empty()) f.mode = in.modes.front();
    if (!in.unit_kinds.empty() && !in.find_unit_kind(f.unit_kind))
        f.unit_kind = in.find_unit_kind("vardcentral") ? "vardcentral" : in.unit_kinds.front().id;
    if (!has_core_items(in)) f.core_path = false;
}

void act_take_first_screen(App& app, std::string_view text) {
    if (text.empty()) return;
    Diagnostics diag;
    const auto j = parse_json(text, diag);
    if (!j || !j->is_object()) return;
    const auto str = [&](const char* key) {
        return j->contains(key) && (*j)[key].is_string() ? (*j)[key].get<std::string>() : std::string();
    };
    const auto flag = [&](const char* key) {
        return j->contains(key) && (*j)[key].is_boolean() && (*j)[key].get<bool>();
    };
    StartForm& f = app.library.form;
    // In the order of the form, each as its own click would have it.
    if (const int i = instrument_index(app, str("instrument")); i >= 0) act_choose_instrument(app, i);
    const Instrument* in = f.instrument >= 0 && f.instrument < static_cast<int>(app.instruments.size())
                               ? &app.instruments[static_cast<size_t>(f.instrument)]
                               : nullptr;
    if (auto m = mode_from_id(str("mode")); m && in && in->supports(*m)) f.mode = *m;
    if (const std::string kind = str("unit_kind"); in && in->find_unit_kind(kind)) f.unit_kind = kind;
    if (in && has_core_items(*in)) f.core_path = flag("core_path");
    // Typed text is kept as typed (act_start trims it), the date too: a half-typed date is
    // the person's to finish, and the form says what is wrong with it.
    f.unit_name = str("unit_name");
    if (j->contains("date") && (*j)["date"].is_string()) f.date = str("date");
    f.respondent_role = str("role");
    // The control that had focus there, by its widget key here (only the start form's own).
    if (const std::string key = str("focus"); key.rfind("start.", 0) == 0)
        a11y::request_focus_key(key, flag("focus_visible"));
    app.library.start_when_ready = flag("begin");
}

void act_start_when_ready(App& app) {
    if (!app.library.start_when_ready) return;
    app.library.start_when_ready = false;
    act_start(app);
}

bool act_start(App& app) {
    StartForm& f = app.library.form;
    f.errors.clear();
    f.unit_name = trim_typed(f.unit_name);
    f.date = trim_typed(f.date);
    const Instrument* in = f.instrument >= 0 && f.instrument < static_cast<int>(app.instruments.size())
                               ? &app.instruments[static_cast<size_t>(f.instrument)]
                               : nullptr;
    if (!in) f.errors.push_back(tr(app, "start.error.instrument"));
    if (in && !in->supports(f.mode)) f.errors.push_back(tr(app, "start.error.mode"));
    if (f.unit_name.empty()) f.errors.push_back(tr(app, "start.error.unit_name"));
    if (!is_valid_date(f.date)) f.errors.push_back(tr(app, "start.error.date"));
    if (!f.errors.empty()) {
        platform::announce(f.errors.front());
        return false;
    }
    if (f.mode == Mode::Brukarrevision) {
        // A brukarrevision is its own document (audit/): the unit, its kind and the period's first day.
        act_start_audit(app, f.instrument, f.unit_name, f.unit_kind, f.date);
        f.unit_name.clear();
        f.respondent_role.clear();
        return true;
    }
    Assessment a = new_assessment(*in, f.mode);
    a.id = unused_id(app);
    a.unit_name = f.unit_name;
    // Only a kind this instrument declares; an instrument without kinds asks every item.
    if (in->find_unit_kind(f.unit_kind)) a.unit_kind = f.unit_kind;
    a.core_path = f.core_path && has_core_items(*in);
    a.date = f.date;
    a.respondent_role = trim_typed(f.respondent_role);
    a.created = platform::now_iso();
    open_document(app, std::move(a), f.instrument);
    commit(app, Change::Content);
    app.screen = Screen::Answer;
    // A next start is for another unit: do not prefill this one's name.
    f.unit_name.clear();
    f.respondent_role.clear();
    return true;
}

namespace {

// Reads an assessment against the bundled instrument it names: once without an
// instrument to learn which one, then checked against it. `idx` is that
// instrument's index, or -1 when it is not bundled (then an error in `diag`).
std::optional<Assessment> load_with_its_instrument(const App& app, std::string_view text, Diagnostics& diag, int& idx) {
    auto probe = load_assessment(text, diag);
    // Its own version when that is bundled (an assessment made on 1.0 opens and scores on 1.0).
    idx = probe ? instrument_index(app, probe->instrument_id, probe->instrument_version) : -1;
    if (probe && idx < 0)
        diag.error("instrument.id", "diag.assessment.unknown_instrument", {quote_for_message(probe->instrument_id)});
    if (idx < 0) return std::nullopt;
    diag = Diagnostics{};
    return load_assessment(text, diag, &app.instruments[static_cast<size_t>(idx)]);
}

}  // namespace

bool act_resume(App& app, const std::string& id) {
    auto text = platform::storage_read(storage_name(id));
    if (!text) {
        show_error(app, tr(app, "error.resume_title"), {tr(app, "error.not_found")});
        return false;
    }
    Diagnostics diag;
    int idx = -1;
    std::optional<Assessment> a = load_with_its_instrument(app, *text, diag, idx);
    if (!a) {
        show_error(app, tr(app, "error.resume_title"), diagnostic_lines(app, diag));
        return false;
    }
    // An older brukarrevision (an assessment in that mode) opens as an audit: a
    // new audit file, the assessment kept as it was.
    if (a->mode == Mode::Brukarrevision) return act_migrate_assessment(app, *a);
    // Edits go back to the file that was opened, whatever id is written inside it.
    a->id = id;
    open_document(app, std::move(*a), idx);
    app.screen = Screen::Answer;
    return true;
}

bool act_duplicate(App& app, const std::string& id, bool keep_answers) {
    auto text = platform::storage_read(storage_name(id));
    Diagnostics diag;
    auto src = text ? load_assessment(*text, diag) : std::nullopt;
    int idx = src ? instrument_index(app, src->instrument_id) : -1;
    if (!src || idx < 0) {
        show_error(app, tr(app, "error.duplicate_title"), diagnostic_lines(app, diag));
        return false;
    }
    // A follow-up uses today's version of the instrument; kept answers to items
    // it no longer has stay in the file (the core keeps them) but are not scored.
    const Instrument& in = app.instruments[static_cast<size_t>(idx)];
    Assessment a = new_assessment(in, in.supports(src->mode) ? src->mode : in.modes.front());
    a.id = unused_id(app);
    a.unit_name = src->unit_name;
    // The follow-up is on the newest version: the source's kind (an old type read as the
    // nearest kind) when that version has it.
    if (in.find_unit_kind(src->unit_kind)) a.unit_kind = src->unit_kind;
    a.core_path = src->core_path && has_core_items(in);
    a.respondent_role = src->respondent_role;
    a.date = platform::today();
    a.created = platform::now_iso();
    if (keep_answers) {
        a.answers = src->answers;
        a.notes = src->notes;
    }
    open_document(app, std::move(a), idx);
    commit(app, Change::Content);
    app.screen = Screen::Answer;
    show_toast(app, tr(app, "saved.duplicated"));
    return true;
}

bool act_start_follow_up(App& app, const std::string& id) {
    auto text = platform::storage_read(storage_name(id));
    Diagnostics diag;
    auto src = text ? load_assessment(*text, diag) : std::nullopt;
    int idx = src ? instrument_index(app, src->instrument_id) : -1;
    if (!src || idx < 0) {
        show_error(app, tr(app, "error.follow_up_title"), diagnostic_lines(app, diag));
        return false;
    }
    const Instrument& in = app.instruments[static_cast<size_t>(idx)];
    Diagnostics carried;
    Assessment a = start_follow_up(*src, in, carried);
    a.id = unused_id(app);
    if (!in.supports(a.mode)) a.mode = in.modes.front();
    if (!in.find_unit_kind(a.unit_kind)) a.unit_kind.clear();
    a.core_path = a.core_path && has_core_items(in);
    a.date = platform::today();
    a.created = platform::now_iso();
    open_document(app, std::move(a), idx);
    commit(app, Change::Content);
    app.screen = Screen::Answer;
    show_toast(app, tr(app, "saved.follow_up_done"));
    platform::announce(tr(app, "saved.follow_up_done"));
    // What the instrument's mapping could not carry is said, not left for the team to discover.
    if (!carried.items.empty()) show_message(app, tr(app, "saved.follow_up_title"), diagnostic_lines(app, carried));
    return true;
}

bool act_delete(App& app, const std::string& id) {
    bool ok = platform::storage_remove(storage_name(id));
    if (app.doc.current && app.doc.current->id == id) {
        app.doc.current.reset();
        app.doc.instrument = -1;
        app.doc.report = ScoreReport{};
    }
    act_refresh_saved(app);
    if (!ok)
        show_error(app, tr(app, "error.delete_title"), {tr(app, "error.not_found")});
    else
        show_toast(app, tr(app, "saved.deleted"));
    return ok;
}

bool act_import(App& app, const std::string& file_name, const std::string& bytes) {
    {
        // An audit file is read by the audit flow, with its own diagnostics.
        Diagnostics ignored;
        auto j = parse_json(bytes, ignored);
        if (j && j->is_object() && j->value("format", std::string()) == kAuditFormatName)
            return act_import_audit(app, file_name, bytes);
    }
    std::string title = app.strings.format("error.import_title", {file_name});
    Diagnostics diag;
    int idx = -1;
    std::optional<Assessment> a = load_with_its_instrument(app, bytes, diag, idx);
    if (!a) {
        show_error(app, title, diagnostic_lines(app, diag), true);
        return false;
    }
    std::vector<std::string> notes = diagnostic_lines(app, diag);  // warnings only
    // Ids name files in storage ("assessment-<id>.json"): one from an imported
    // file is only kept when it follows the core's id rule (ids.h).
    if (!is_valid_id(a->id)) a->id.clear();
    if (!a->id.empty() && is_saved(app, a->id)) {
        Diagnostics ignored;
        auto stored_text = platform::storage_read(storage_name(a->id));
        auto stored = stored_text ? load_assessment(*stored_text, ignored) : std::nullopt;
        if (stored && same_content(*stored, *a)) {
            app.screen = Screen::Saved;
            show_toast(app, tr(app, "import.already_saved"));
            platform::announce(tr(app, "import.already_saved"));
            return true;
        }
    }
    if (a->id.empty() || is_saved(app, a->id)) {
        // Never overwrite what is in this browser: an id already in use gets a
        // new one, so both versions are kept side by side.
        if (!a->id.empty()) notes.insert(notes.begin(), tr(app, "import.copy_note"));
        a->id = unused_id(app);
    }
    // The file it came from is a copy outside the browser.
    std::string when = exported_at(*a);
    mark_exported(*a, when.empty() ? platform::now_iso() : when);
    bool ok = platform::storage_write(storage_name(a->id), assessment_to_json(*a));
    if (!ok) {
        show_error(app, title, {tr(app, "error.save_failed")});
        return false;
    }
    act_refresh_saved(app);
    app.screen = Screen::Saved;
    std::string done = app.strings.format("import.done", {a->unit_name, a->date});
    if (notes.empty())
        show_toast(app, done);
    else
        show_message(app, done, notes);
    platform::announce(done);
    return true;
}

void act_request_import(App& app) {
    if (platform::request_open_file(".json,application/json", tr(app, "import.dialog_title"))) return;
    show_message(app, tr(app, "import.no_picker_title"), {tr(app, "import.no_picker")});
}
