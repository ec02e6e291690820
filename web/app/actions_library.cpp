// actions_library.cpp — the assessments kept in this browser (or desktop data
// folder): start a new one, resume, duplicate for a follow-up, delete, import.
#include <algorithm>

#include "actions.h"
#include "json_read.h"
#include "platform.h"

using namespace spegeln;

namespace {

std::string storage_name(const std::string& id) {
    return kAssessmentPrefix + id + ".json";
}

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    size_t e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool is_saved(const App& app, const std::string& id) {
    return std::any_of(app.saved.begin(), app.saved.end(), [&](const SavedEntry& e) { return e.id == id; });
}

// A fresh id that no saved assessment uses.
std::string unused_id(const App& app) {
    std::string id = platform::random_id();
    while (id.empty() || is_saved(app, id)) id = platform::random_id();
    return id;
}

// Opens `a` as the current assessment: its instrument, scores, and the first
// area that still has unanswered items.
void open_assessment(App& app, Assessment a, int instrument_index) {
    app.current = std::move(a);
    app.current_instrument = instrument_index;
    const Instrument& in = app.instruments[static_cast<size_t>(instrument_index)];
    app.report = score_assessment(in, *app.current);
    app.area = 0;
    app.item.clear();
    app.help_shown.clear();
    for (size_t i = 0; i < in.areas.size() && app.item.empty(); ++i) {
        for (const Item* it : in.items_in_area(in.areas[i].id)) {
            const Answer* ans = app.current->find_answer(it->id);
            if (!ans || ans->status == AnswerStatus::Unanswered) {
                app.area = static_cast<int>(i);
                app.item = it->id;
                break;
            }
        }
    }
    if (app.item.empty()) act_go_area(app, 0);
    app.scroll_to_item = true;
    app.focus_item = true;
}

int instrument_index(const App& app, const std::string& id) {
    for (size_t i = 0; i < app.instruments.size(); ++i)
        if (app.instruments[i].id == id) return static_cast<int>(i);
    return -1;
}

// At most kMaxDialogLines problems, then one line that says how many more: a
// hand-edited file can have thousands, and the dialog redraws every line.
constexpr size_t kMaxDialogLines = 50;

std::vector<std::string> diagnostic_lines(const App& app, const Diagnostics& diag) {
    std::vector<std::string> lines;
    for (size_t i = 0; i < diag.items.size() && i < kMaxDialogLines; ++i)
        lines.push_back(format_diagnostic(diag.items[i], app.strings));
    if (diag.items.size() > kMaxDialogLines)
        lines.push_back("… och " + std::to_string(diag.items.size() - kMaxDialogLines) + " problem till");
    return lines;
}

// Ids name files in storage ("assessment-<id>.json"); one from an imported
// file is only kept when it is a plain name that storage accepts.
bool usable_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

}  // namespace

void act_refresh_saved(App& app) {
    app.saved.clear();
    for (const auto& name : platform::storage_list()) {
        if (name.rfind(kAssessmentPrefix, 0) != 0 || name.size() < 6 || name.substr(name.size() - 5) != ".json")
            continue;
        SavedEntry e;
        e.storage_name = name;
        e.id =
            name.substr(std::string(kAssessmentPrefix).size(), name.size() - 5 - std::string(kAssessmentPrefix).size());
        auto text = platform::storage_read(name);
        Diagnostics diag;
        auto a = text ? load_assessment(*text, diag) : std::nullopt;
        if (!a) {
            e.readable = false;
            e.unit_name = name;
            app.saved.push_back(std::move(e));
            continue;
        }
        e.unit_name = a->unit_name;
        e.date = a->date;
        e.respondent_role = a->respondent_role;
        e.instrument_id = a->instrument_id;
        e.instrument_title = a->instrument_id;
        if (const Instrument* in = find_instrument(app, a->instrument_id)) {
            e.instrument_title = in->title.sv;
            e.progress = progress(*in, *a);
        }
        e.modified = a->modified;
        e.unexported = has_unexported_changes(*a);
        app.saved.push_back(std::move(e));
    }
    std::sort(app.saved.begin(), app.saved.end(),
              [](const SavedEntry& x, const SavedEntry& y) { return x.modified > y.modified; });
    // A deleted assessment is no longer selected.
    auto& sel = app.group.selected;
    sel.erase(std::remove_if(sel.begin(), sel.end(), [&](const std::string& id) { return !is_saved(app, id); }),
              sel.end());
}

bool act_start(App& app) {
    StartForm& f = app.form;
    f.errors.clear();
    f.unit_name = trim(f.unit_name);
    f.date = trim(f.date);
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
    Assessment a = new_assessment(*in, f.mode);
    a.id = unused_id(app);
    a.unit_name = f.unit_name;
    a.unit_type = f.unit_type;
    a.date = f.date;
    a.respondent_role = trim(f.respondent_role);
    a.created = platform::now_iso();
    open_assessment(app, std::move(a), f.instrument);
    commit(app, Change::Content);
    app.screen = Screen::Answer;
    // A next start is for another unit: do not prefill this one's name.
    f.unit_name.clear();
    f.respondent_role.clear();
    return true;
}

bool act_resume(App& app, const std::string& id) {
    auto text = platform::storage_read(storage_name(id));
    if (!text) {
        show_error(app, tr(app, "error.resume_title"), {tr(app, "error.not_found")});
        return false;
    }
    Diagnostics diag;
    auto probe = load_assessment(*text, diag);
    int idx = probe ? instrument_index(app, probe->instrument_id) : -1;
    if (probe && idx < 0)
        diag.error("instrument.id", app.strings.format("error.unknown_instrument", {probe->instrument_id}));
    std::optional<Assessment> a;
    if (idx >= 0) {
        diag = Diagnostics{};
        a = load_assessment(*text, diag, &app.instruments[static_cast<size_t>(idx)]);
    }
    if (!a) {
        show_error(app, tr(app, "error.resume_title"), diagnostic_lines(app, diag));
        return false;
    }
    // Edits go back to the file that was opened, whatever id is written inside it.
    a->id = id;
    open_assessment(app, std::move(*a), idx);
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
    a.unit_type = src->unit_type;
    a.respondent_role = src->respondent_role;
    a.date = platform::today();
    a.created = platform::now_iso();
    if (keep_answers) {
        a.answers = src->answers;
        a.notes = src->notes;
    }
    open_assessment(app, std::move(a), idx);
    commit(app, Change::Content);
    app.screen = Screen::Answer;
    show_toast(app, tr(app, "saved.duplicated"));
    return true;
}

bool act_delete(App& app, const std::string& id) {
    bool ok = platform::storage_remove(storage_name(id));
    if (app.current && app.current->id == id) {
        app.current.reset();
        app.current_instrument = -1;
        app.report = ScoreReport{};
    }
    act_refresh_saved(app);
    if (!ok)
        show_error(app, tr(app, "error.delete_title"), {tr(app, "error.not_found")});
    else
        show_toast(app, tr(app, "saved.deleted"));
    return ok;
}

bool act_import(App& app, const std::string& file_name, const std::string& bytes) {
    std::string title = app.strings.format("error.import_title", {file_name});
    Diagnostics diag;
    auto probe = load_assessment(bytes, diag);
    int idx = probe ? instrument_index(app, probe->instrument_id) : -1;
    if (probe && idx < 0)
        diag.error("instrument.id", app.strings.format("error.unknown_instrument", {probe->instrument_id}));
    std::optional<Assessment> a;
    if (idx >= 0) {
        diag = Diagnostics{};
        a = load_assessment(bytes, diag, &app.instruments[static_cast<size_t>(idx)]);
    }
    if (!a) {
        show_error(app, title, diagnostic_lines(app, diag), true);
        return false;
    }
    std::vector<std::string> notes = diagnostic_lines(app, diag);  // warnings only
    if (!usable_id(a->id)) a->id.clear();
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

void act_close(App& app) {
    app.current.reset();
    app.current_instrument = -1;
    app.report = ScoreReport{};
    app.screen = Screen::Start;
}
