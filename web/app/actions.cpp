// actions.cpp — answering, navigation, export, settings and the one place
// that saves. Starting, resuming, importing and the saved list are in
// actions_library.cpp.
#include "actions.h"

#include <algorithm>
#include <cmath>

#include "json_read.h"
#include "output.h"
#include "platform.h"
#include "report_html.h"
#include "scoring.h"
#include "translations.h"

using namespace spegeln;

namespace {

// Extra top-level field of the assessment JSON where the app remembers when it
// was last exported; the core keeps unknown fields, so the CLI ignores it and
// an exported and re-imported file still knows it is saved outside the browser.
constexpr const char* kAppField = "strategispegeln_app";

json& app_field(Assessment& a) {
    if (!a.extra.contains(kAppField) || !a.extra[kAppField].is_object()) a.extra[kAppField] = json::object();
    return a.extra[kAppField];
}

std::string settings_json(const Settings& s) {
    json j = json::object();
    j["text_scale"] = s.text_scale;
    j["help_open"] = s.help_open;
    return dump_json(j);
}

float nearest_text_scale(double v) {
    const float steps[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f};
    float best = 1.0f;
    for (float s : steps)
        if (std::fabs(s - v) < std::fabs(best - v)) best = s;
    return best;
}

}  // namespace

// ---- Set-up -------------------------------------------------------------

void app_init(App& app, std::vector<Instrument> instruments, std::string_view ui_strings_json) {
    app.instruments = std::move(instruments);
    // Self-assessment is what most units come for: those instruments first.
    std::stable_sort(app.instruments.begin(), app.instruments.end(), [](const Instrument& a, const Instrument& b) {
        return a.supports(Mode::SelfAssessment) && !b.supports(Mode::SelfAssessment);
    });
    Diagnostics diag;
    // The core's words (diagnostics, CSV headings: assets/ui/sv/*.json) under the screens' texts.
    load_bundled_language(kDefaultLanguage, app.strings, diag);
    app.strings.load(ui_strings_json, diag);
    for (const auto& d : diag.items) app.error_messages.push_back(format_diagnostic(d, app.strings));
    app.form.date = platform::today();
    // A team doing a brukarrevision picks that mode; self-assessment is the usual case.
    if (!app.instruments.empty() && !app.instruments[0].modes.empty()) app.form.mode = app.instruments[0].modes[0];
}

void act_storage_ready(App& app) {
    app.storage_ready = true;
    if (auto text = platform::storage_read(kSettingsFile)) {
        Diagnostics diag;
        if (auto j = parse_json(*text, diag); j && j->is_object()) {
            if (j->contains("text_scale") && (*j)["text_scale"].is_number())
                app.settings.text_scale = nearest_text_scale((*j)["text_scale"].get<double>());
            if (j->contains("help_open") && (*j)["help_open"].is_boolean())
                app.settings.help_open = (*j)["help_open"].get<bool>();
        }
    }
    act_refresh_saved(app);
}

// ---- The one place that saves ---------------------------------------------

bool commit(App& app, Change change) {
    if (!app.current) return false;
    Assessment& a = *app.current;
    if (change == Change::Content) {
        a.modified = platform::now_iso();
        app_field(a)["unexported_changes"] = true;
    }
    const Instrument* in = current_instrument(app);
    if (in) app.report = score_assessment(*in, a);
    bool ok = platform::storage_write(kAssessmentPrefix + a.id + ".json", assessment_to_json(a));
    if (!ok) {
        // Keep going (the data is still on screen) but say so: the user must export.
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.save_failed")});
    }
    // Update the open assessment's line of the saved list in place: re-reading
    // every stored file on each keystroke of a comment would be wasteful.
    auto entry = std::find_if(app.saved.begin(), app.saved.end(), [&](const SavedEntry& e) { return e.id == a.id; });
    if (entry == app.saved.end() || !in) {
        act_refresh_saved(app);
    } else {
        entry->unit_name = a.unit_name;
        entry->date = a.date;
        entry->progress = progress(*in, a);
        entry->modified = a.modified;
        entry->unexported = has_unexported_changes(a);
        std::rotate(app.saved.begin(), entry, entry + 1);  // newest change first
    }
    return ok;
}

// ---- Answering ------------------------------------------------------------

void act_answer(App& app, const std::string& item_id, AnswerStatus status, int level) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.current) return;
    const Item* item = in->find_item(item_id);
    if (!item) return;
    if (status == AnswerStatus::Level && (level < 0 || level > in->scale_of(*item).top())) return;
    Answer& ans = app.current->answers[item_id];
    if (ans.status == status && (status != AnswerStatus::Level || ans.level == level)) return;  // nothing changed
    ans.status = status;
    ans.level = status == AnswerStatus::Level ? level : 0;
    app.item = item_id;
    commit(app, Change::Content);
}

void act_set_comment(App& app, const std::string& item_id, const std::string& comment) {
    if (!app.current) return;
    Answer& ans = app.current->answers[item_id];
    if (ans.comment == comment) return;
    ans.comment = comment;
    commit(app, Change::Content);
}

void act_set_notes(App& app, const std::string& notes) {
    if (!app.current || app.current->notes == notes) return;
    app.current->notes = notes;
    commit(app, Change::Content);
}

std::vector<const Item*> area_items(const App& app, int area) {
    const Instrument* in = current_instrument(app);
    if (!in || area < 0 || area >= static_cast<int>(in->areas.size())) return {};
    return in->items_in_area(in->areas[static_cast<size_t>(area)].id);
}

void act_go_area(App& app, int area) {
    const Instrument* in = current_instrument(app);
    if (!in || in->areas.empty()) return;
    app.area = std::clamp(area, 0, static_cast<int>(in->areas.size()) - 1);
    auto items = area_items(app, app.area);
    app.item = items.empty() ? "" : items.front()->id;
    app.scroll_to_item = true;
    app.focus_item = true;
    app.screen = Screen::Answer;
}

void act_select_item(App& app, const std::string& item_id) {
    const Instrument* in = current_instrument(app);
    const Item* item = in ? in->find_item(item_id) : nullptr;
    if (!item) return;
    app.item = item_id;
    for (size_t i = 0; i < in->areas.size(); ++i)
        if (in->areas[i].id == item->area) app.area = static_cast<int>(i);
}

void act_step_item(App& app, int step) {
    const Instrument* in = current_instrument(app);
    if (!in || in->items.empty()) return;
    // Instrument order grouped by area, the order the answer screen shows.
    std::vector<const Item*> order;
    for (const auto& area : in->areas)
        for (const Item* it : in->items_in_area(area.id)) order.push_back(it);
    int pos = 0;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == app.item) pos = static_cast<int>(i);
    int next = std::clamp(pos + step, 0, static_cast<int>(order.size()) - 1);
    if (next == pos && !app.item.empty()) {
        show_toast(app, tr(app, step > 0 ? "answer.at_last" : "answer.at_first"));
        return;
    }
    act_select_item(app, order[static_cast<size_t>(next)]->id);
    app.scroll_to_item = true;
    app.focus_item = true;
    app.focus_show = true;  // only the keyboard steps items
}

void act_toggle_help(App& app, const std::string& item_id) {
    auto it = std::find(app.help_shown.begin(), app.help_shown.end(), item_id);
    if (it == app.help_shown.end())
        app.help_shown.push_back(item_id);
    else
        app.help_shown.erase(it);
}

// ---- Export ---------------------------------------------------------------

std::string exported_at(const Assessment& a) {
    auto f = a.extra.find(kAppField);
    if (f == a.extra.end() || !f->is_object()) return "";
    auto t = f->find("exported_at");
    return t != f->end() && t->is_string() ? t->get<std::string>() : "";
}

bool has_unexported_changes(const Assessment& a) {
    auto f = a.extra.find(kAppField);
    if (f == a.extra.end() || !f->is_object()) return true;
    auto c = f->find("unexported_changes");
    if (c != f->end() && c->is_boolean()) return c->get<bool>();
    return exported_at(a).empty();
}

std::string export_file_name(const Assessment& a, const std::string& ext) {
    std::string base = a.unit_name.empty() ? "bedomning" : a.unit_name;
    std::string out;
    for (unsigned char c : base) {
        // Keep letters (incl. UTF-8 å/ä/ö bytes), digits, '-' and '_'; anything a
        // file system or a shell could trip on becomes '-'.
        bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '-' || c == '_';
        char ch = keep ? static_cast<char>(c) : '-';
        if (ch == '-' && (out.empty() || out.back() == '-')) continue;  // no runs, no leading '-'
        out += ch;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 80) out.resize(80);
    while (!is_valid_utf8(out)) out.pop_back();  // never end inside a UTF-8 sequence
    if (out.empty()) out = "bedomning";
    std::string date = is_valid_date(a.date) ? a.date : "utan-datum";
    return out + "-" + date + "." + ext;
}

void mark_exported(Assessment& a, const std::string& when) {
    json& f = app_field(a);
    f["exported_at"] = when;
    f["unexported_changes"] = false;
}

bool same_content(const Assessment& x, const Assessment& y) {
    Assessment a = x, b = y;
    a.extra.erase(kAppField);
    b.extra.erase(kAppField);
    return assessment_to_json(a) == assessment_to_json(b);
}

bool act_export_json(App& app) {
    if (!app.current) return false;
    // The file carries the "exported" mark, but the stored assessment gets it
    // only once the file is really written.
    Assessment copy = *app.current;
    mark_exported(copy, platform::now_iso());
    if (!platform::download(export_file_name(copy, "json"), "application/json", assessment_to_json(copy))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    *app.current = std::move(copy);
    commit(app, Change::Exported);
    show_toast(app, tr(app, "export.json_done"));
    platform::announce(tr(app, "export.json_done"));
    return true;
}

bool act_export_csv(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.current) return false;
    if (!platform::download(export_file_name(*app.current, "csv"), "text/csv;charset=utf-8",
                            score_csv(*in, *app.current, app.report, app.strings))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, "export.csv_done"));
    platform::announce(tr(app, "export.csv_done"));
    return true;
}

void act_request_import(App& app) {
    if (platform::request_open_file(".json,application/json")) return;
    show_message(app, tr(app, "import.no_picker_title"), {tr(app, "import.no_picker")});
}

bool act_export_html(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.current) return false;
    std::string title = tr(app, "report.title_prefix") + " " + app.current->unit_name + " " + app.current->date;
    platform::open_html(title, report_html(*in, *app.current, app.report));
    show_toast(app, tr(app, "export.html_done"));
    platform::announce(tr(app, "export.html_done"));
    return true;
}

// ---- Screens, settings, messages ------------------------------------------

void act_go(App& app, Screen screen) {
    bool needs_assessment = screen == Screen::Answer || screen == Screen::Results || screen == Screen::Export;
    app.screen = needs_assessment && !app.current ? Screen::Start : screen;
    if (app.screen == Screen::Group && app.group.members.empty()) app.screen = Screen::Saved;
    if (app.screen == Screen::Answer) app.scroll_to_item = true;
}

void act_set_text_scale(App& app, float scale) {
    app.settings.text_scale = nearest_text_scale(scale);
    platform::storage_write(kSettingsFile, settings_json(app.settings));
}

void act_set_help_open(App& app, bool open) {
    app.settings.help_open = open;
    app.help_shown.clear();
    platform::storage_write(kSettingsFile, settings_json(app.settings));
}

namespace {

// Several results can arrive before the user closes a dialog (files dropped
// together): they are added to the open one instead of replacing it, so no
// error is ever hidden behind a later message.
bool append_to_open_dialog(App& app, const std::string& title, const std::vector<std::string>& lines) {
    if (app.modal != Modal::Error && app.modal != Modal::Message) return false;
    app.modal_lines.push_back("");
    app.modal_lines.push_back(title);
    app.modal_lines.insert(app.modal_lines.end(), lines.begin(), lines.end());
    return true;
}

}  // namespace

void show_error(App& app, const std::string& title, const std::vector<std::string>& lines, bool file_rejected) {
    if (append_to_open_dialog(app, title, lines)) {
        app.modal_file_rejected = app.modal_file_rejected && file_rejected;
    } else {
        app.modal_title = title;
        app.modal_lines = lines;
        app.modal_file_rejected = file_rejected;
    }
    app.modal = Modal::Error;
    app.error_messages.push_back(title);
    for (const auto& l : lines) app.error_messages.push_back(l);
    platform::announce(title);
}

void show_message(App& app, const std::string& title, const std::vector<std::string>& lines) {
    if (append_to_open_dialog(app, title, lines)) {
        app.modal_file_rejected = false;  // something did happen after all
    } else {
        app.modal = Modal::Message;
        app.modal_title = title;
        app.modal_lines = lines;
        app.modal_file_rejected = false;
    }
    platform::announce(title);
}

void show_toast(App& app, const std::string& text, double seconds) {
    app.toast = text;
    app.toast_until = app.time + seconds;
}

void close_modal(App& app) {
    app.modal = Modal::None;
    app.modal_subject.clear();
    app.modal_title.clear();
    app.modal_lines.clear();
}

// ---- Queries --------------------------------------------------------------

const Instrument* current_instrument(const App& app) {
    if (app.current_instrument < 0 || app.current_instrument >= static_cast<int>(app.instruments.size()))
        return nullptr;
    return &app.instruments[static_cast<size_t>(app.current_instrument)];
}

const Instrument* find_instrument(const App& app, const std::string& id) {
    for (const auto& in : app.instruments)
        if (in.id == id) return &in;
    return nullptr;
}

const std::string& tr(const App& app, const std::string& key) {
    return app.strings.get(key);
}
