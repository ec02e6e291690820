// assessment_actions.cpp — implements assessment_actions.h: opening a
// document, answering it (every change ends in commit(), document.h) and
// exporting it.
#include "assessment_actions.h"

#include <algorithm>

#include "document.h"
#include "messages.h"
#include "output.h"
#include "platform.h"
#include "report_html.h"
#include "scoring.h"
#include "widgets/personal_data_scan.h"

using namespace spegeln;

// Opens `a` as the current assessment: its instrument, scores, and the first
// area that still has unanswered items.
void open_document(App& app, Assessment a, int instrument_index) {
    app.audit.current.reset();  // one document open at a time: the header speaks of this one
    app.doc.current = std::move(a);
    app.doc.instrument = instrument_index;
    const Instrument& in = app.instruments[static_cast<size_t>(instrument_index)];
    app.doc.report = score_assessment(in, *app.doc.current);
    app.answer.area = 0;
    app.answer.item.clear();
    app.answer.help_shown.clear();
    for (size_t i = 0; i < in.areas.size() && app.answer.item.empty(); ++i) {
        for (const Item* it : area_items(app, static_cast<int>(i))) {
            const Answer* ans = app.doc.current->find_answer(it->id);
            if (!ans || ans->status == AnswerStatus::Unanswered) {
                app.answer.area = static_cast<int>(i);
                app.answer.item = it->id;
                break;
            }
        }
    }
    if (app.answer.item.empty()) act_go_area(app, 0);
    app.answer.scroll_to_item = true;
    app.answer.focus_item = true;
}

// ---- Answering ------------------------------------------------------------

void act_answer(App& app, const std::string& item_id, AnswerStatus status, int level) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return;
    const Item* item = in->find_item(item_id);
    if (!item) return;
    if (status == AnswerStatus::Level && (level < 0 || level > in->scale_of(*item).top())) return;
    Answer& ans = app.doc.current->answers[item_id];
    if (ans.status == status && (status != AnswerStatus::Level || ans.level == level)) return;  // nothing changed
    ans.status = status;
    ans.level = status == AnswerStatus::Level ? level : 0;
    app.answer.item = item_id;
    commit(app, Change::Content);
}

void act_set_comment(App& app, const std::string& item_id, const std::string& comment) {
    if (!app.doc.current) return;
    Answer& ans = app.doc.current->answers[item_id];
    if (ans.comment == comment) return;
    ans.comment = comment;
    commit(app, Change::Content);
}

void act_set_notes(App& app, const std::string& notes) {
    if (!app.doc.current || app.doc.current->notes == notes) return;
    app.doc.current->notes = notes;
    commit(app, Change::Content);
}

std::vector<const Item*> area_items(const App& app, int area) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current || area < 0 || area >= static_cast<int>(in->areas.size())) return {};
    // Only the items this assessment asks: its unit kind's, and on the core path the core ones.
    std::vector<const Item*> out;
    for (const Item* item : in->items_in_area(in->areas[static_cast<size_t>(area)].id))
        if (asks_item(*app.doc.current, *item)) out.push_back(item);
    return out;
}

void act_go_area(App& app, int area) {
    const Instrument* in = current_instrument(app);
    if (!in || in->areas.empty()) return;
    app.answer.area = std::clamp(area, 0, static_cast<int>(in->areas.size()) - 1);
    auto items = area_items(app, app.answer.area);
    app.answer.item = items.empty() ? "" : items.front()->id;
    app.answer.scroll_to_item = true;
    app.answer.focus_item = true;
    app.screen = Screen::Answer;
}

void act_select_item(App& app, const std::string& item_id) {
    const Instrument* in = current_instrument(app);
    const Item* item = in ? in->find_item(item_id) : nullptr;
    if (!item) return;
    app.answer.item = item_id;
    for (size_t i = 0; i < in->areas.size(); ++i)
        if (in->areas[i].id == item->area) app.answer.area = static_cast<int>(i);
}

void act_step_item(App& app, int step) {
    const Instrument* in = current_instrument(app);
    if (!in || in->items.empty() || !app.doc.current) return;
    // Instrument order grouped by area, the order the answer screen shows.
    std::vector<const Item*> order;
    for (size_t a = 0; a < in->areas.size(); ++a)
        for (const Item* it : area_items(app, static_cast<int>(a))) order.push_back(it);
    if (order.empty()) return;
    int pos = 0;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == app.answer.item) pos = static_cast<int>(i);
    int next = std::clamp(pos + step, 0, static_cast<int>(order.size()) - 1);
    if (next == pos && !app.answer.item.empty()) {
        show_toast(app, tr(app, step > 0 ? "answer.at_last" : "answer.at_first"));
        return;
    }
    act_select_item(app, order[static_cast<size_t>(next)]->id);
    app.answer.scroll_to_item = true;
    app.answer.focus_item = true;
    app.answer.focus_show = true;  // only the keyboard steps items
}

void act_toggle_help(App& app, const std::string& item_id) {
    auto it = std::find(app.answer.help_shown.begin(), app.answer.help_shown.end(), item_id);
    if (it == app.answer.help_shown.end())
        app.answer.help_shown.push_back(item_id);
    else
        app.answer.help_shown.erase(it);
}

// ---- Export ---------------------------------------------------------------

bool act_export_json(App& app) {
    if (!app.doc.current) return false;
    if (!personal_data_export_ok(app, "assessment.json", personal_data_in_assessment(app, *app.doc.current)))
        return false;
    // The file carries the "exported" mark, but the stored assessment gets it
    // only once the file is really written.
    Assessment copy = *app.doc.current;
    mark_exported(copy, platform::now_iso());
    if (!platform::download(export_file_name(copy, "json"), "application/json", assessment_to_json(copy))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    *app.doc.current = std::move(copy);
    commit(app, Change::Exported);
    show_toast(app, tr(app, "export.json_done"));
    platform::announce(tr(app, "export.json_done"));
    return true;
}

bool act_export_csv(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return false;
    if (!personal_data_export_ok(app, "assessment.csv", personal_data_in_assessment(app, *app.doc.current)))
        return false;
    if (!platform::download(export_file_name(*app.doc.current, "csv"), "text/csv;charset=utf-8",
                            score_csv(*in, *app.doc.current, app.doc.report, app.strings))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, "export.csv_done"));
    platform::announce(tr(app, "export.csv_done"));
    return true;
}

bool act_export_html(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return false;
    if (!personal_data_export_ok(app, "assessment.html", personal_data_in_assessment(app, *app.doc.current)))
        return false;
    std::string title = tr(app, "report.title_prefix") + " " + app.doc.current->unit_name + " " + app.doc.current->date;
    platform::open_html(title, report_html(*in, *app.doc.current, app.doc.report, app.language));
    show_toast(app, tr(app, "export.html_done"));
    platform::announce(tr(app, "export.html_done"));
    return true;
}
