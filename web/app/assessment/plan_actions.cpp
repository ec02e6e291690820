// The handlingsplan's actions (plan_actions.h).
#include "plan_actions.h"

#include "assessment.h"
#include "document.h"
#include "messages.h"
#include "output.h"
#include "plan.h"
#include "platform.h"

using namespace spegeln;

namespace {

PlanAction* find_action(App& app, const std::string& id) {
    if (!app.doc.current) return nullptr;
    for (auto& a : app.doc.current->plan.actions)
        if (a.id == id) return &a;
    return nullptr;
}

}  // namespace

const PlanAction* plan_action_for_item(const App& app, const std::string& item_id) {
    if (!app.doc.current) return nullptr;
    for (const auto& a : app.doc.current->plan.actions)
        for (const auto& id : a.items)
            if (id == item_id) return &a;
    return nullptr;
}

std::string act_plan_add(App& app, const std::string& item_id) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return "";
    const Item* item = in->find_item(item_id);
    if (!item) return "";
    if (app.doc.current->plan.actions.size() >= kMaxPlanActions) return "";
    PlanAction a = new_plan_action(app.doc.current->plan, item_id);
    // The strategy's own insats is the usual choice; the team can change it or write its own.
    auto suggested = suggested_insatser(*in, *item);
    if (!suggested.empty()) a.insats = suggested.front()->id;
    std::string id = a.id;
    app.doc.current->plan.actions.push_back(std::move(a));
    app.plan.focus_action = id;
    commit(app, Change::Content);
    show_toast(app, tr(app, "plan.added"));
    platform::announce(tr(app, "plan.added"));
    return id;
}

bool act_plan_set_text(App& app, const std::string& action_id, PlanField field, const std::string& value) {
    PlanAction* a = find_action(app, action_id);
    if (!a) return false;
    // The core refuses longer texts in a file; the field never lets one through.
    std::string v = value.size() > kMaxPlanTextBytes ? value.substr(0, kMaxPlanTextBytes) : value;
    switch (field) {
        case PlanField::OwnAction:
            a->own_action = v;
            break;
        case PlanField::Responsible:
            a->responsible = v;
            break;
        case PlanField::FollowUp:
            a->follow_up = v;
            break;
        case PlanField::Due:
            if (!v.empty() && !is_valid_date(v)) return false;
            a->due = v;
            break;
    }
    commit(app, Change::Content);
    return true;
}

void act_plan_set_insats(App& app, const std::string& action_id, const std::string& insats) {
    PlanAction* a = find_action(app, action_id);
    if (!a || a->insats == insats) return;
    a->insats = insats;
    commit(app, Change::Content);
}

void act_plan_set_status(App& app, const std::string& action_id, ActionStatus status) {
    PlanAction* a = find_action(app, action_id);
    if (!a || a->status == status) return;
    a->status = status;
    commit(app, Change::Content);
}

void act_plan_remove(App& app, const std::string& action_id) {
    if (!app.doc.current) return;
    auto& acts = app.doc.current->plan.actions;
    for (auto it = acts.begin(); it != acts.end(); ++it) {
        if (it->id != action_id) continue;
        acts.erase(it);
        app.plan.due_text.erase(action_id);
        commit(app, Change::Content);
        show_toast(app, tr(app, "plan.removed"));
        platform::announce(tr(app, "plan.removed"));
        return;
    }
}

bool act_export_plan_csv(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return false;
    std::string name = export_file_name(*app.doc.current, "csv");
    name.insert(name.size() - 4, "-" + tr(app, "plan.file_suffix"));
    if (!platform::download(name, "text/csv;charset=utf-8", plan_csv(*in, *app.doc.current, app.strings))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, "plan.csv_done"));
    platform::announce(tr(app, "plan.csv_done"));
    return true;
}
