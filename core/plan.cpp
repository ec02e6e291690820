// The handlingsplan's rules: statuses, suggested insatser, new actions and carrying a plan into
// the next round (plan.h). Reading and writing JSON is in plan_json.cpp.
#include "plan.h"

#include <set>

#include "assessment.h"

namespace spegeln {

const char* action_status_id(ActionStatus s) {
    switch (s) {
        case ActionStatus::Planerad:
            return "planerad";
        case ActionStatus::Pagar:
            return "pagar";
        case ActionStatus::Genomford:
            return "genomford";
        case ActionStatus::Avbruten:
            return "avbruten";
    }
    return "planerad";
}

std::optional<ActionStatus> action_status_from_id(const std::string& id) {
    for (ActionStatus s : kAllActionStatuses)
        if (id == action_status_id(s)) return s;
    return std::nullopt;
}

std::string action_status_key(ActionStatus s) {
    return std::string("plan.status.") + action_status_id(s);
}

const PlanAction* ActionPlan::find(const std::string& id) const {
    for (const auto& a : actions)
        if (a.id == id) return &a;
    return nullptr;
}

std::vector<const FrameworkTarget*> suggested_insatser(const Instrument& in, const Item& item) {
    std::vector<const FrameworkTarget*> out;
    const Framework* fw = in.find_framework(kInsatsFramework);
    if (!fw) return out;
    std::set<std::string> own;
    if (const auto* t = item.targets_in(kInsatsFramework)) own.insert(t->begin(), t->end());
    for (const auto& t : fw->targets)
        if (own.count(t.id)) out.push_back(&t);
    const Area* area = in.find_area(item.area);
    if (!area || area->number.empty()) return out;
    std::string prefix = area->number + ".";
    for (const auto& t : fw->targets)
        if (!own.count(t.id) && t.id.rfind(prefix, 0) == 0) out.push_back(&t);
    return out;
}

std::string insats_title(const Instrument& in, const std::string& insats, const std::string& lang) {
    const Framework* fw = in.find_framework(kInsatsFramework);
    const FrameworkTarget* t = fw ? fw->find_target(insats) : nullptr;
    return t ? t->title.in(lang) : std::string();
}

PlanAction new_plan_action(const ActionPlan& plan, const std::string& item_id) {
    PlanAction a;
    // "a1", "a2", …: short, readable in a CSV, and never reused within one plan.
    for (size_t n = plan.actions.size() + 1;; ++n) {
        std::string id = "a" + std::to_string(n);
        if (!plan.find(id)) {
            a.id = id;
            break;
        }
    }
    if (!item_id.empty()) a.items.push_back(item_id);
    return a;
}

namespace {

// Where each item of version `from` went in `current` (nullptr when no mapping declares it).
const ItemChange* change_for(const PreviousVersion& pv, const std::string& old_id) {
    for (const auto& c : pv.items)
        for (const auto& f : c.from)
            if (f == old_id) return &c;
    return nullptr;
}

}  // namespace

Assessment start_follow_up(const Assessment& earlier, const Instrument& current, Diagnostics& diag) {
    Assessment next = new_assessment(current, earlier.mode);
    next.unit_name = earlier.unit_name;
    next.unit_kind = earlier.unit_kind;
    next.unit_kind_from_type = earlier.unit_kind_from_type;
    next.old_unit_type = earlier.old_unit_type;
    next.core_path = earlier.core_path;
    next.respondent_role = earlier.respondent_role;
    if (next.unit_kind_from_type) settle_unit_kind(next, current);
    PlanFollows follows;
    follows.assessment = earlier.id;
    follows.date = earlier.date;
    follows.instrument_version = earlier.instrument_version;
    next.plan.follows = follows;

    bool same_version = earlier.instrument_id == current.id && earlier.instrument_version == current.version;
    const PreviousVersion* pv =
        earlier.instrument_id == current.id ? current.find_previous_version(earlier.instrument_version) : nullptr;
    if (!same_version && !pv && !earlier.plan.actions.empty())
        diag.warning("handlingsplan", "diag.plan.no_mapping",
                     {quote_for_message(earlier.instrument_version), quote_for_message(current.version)});
    for (size_t i = 0; i < earlier.plan.actions.size(); ++i) {
        const PlanAction& old = earlier.plan.actions[i];
        PlanAction a = old;
        a.carried_from = CarriedFrom{old.id, old.items, old.status, json::object()};
        a.items.clear();
        a.unmapped_items.clear();
        std::set<std::string> seen;
        for (const auto& id : old.items) {
            std::vector<std::string> to;
            if (same_version) {
                if (current.find_item(id)) to.push_back(id);
            } else if (pv) {
                const ItemChange* c = change_for(*pv, id);
                if (c && c->change != ChangeKind::Removed) to = c->to;
            }
            if (to.empty()) {
                a.unmapped_items.push_back(id);
                continue;
            }
            for (auto& t : to)
                if (seen.insert(t).second) a.items.push_back(t);
        }
        if (!a.unmapped_items.empty()) {
            std::string list;
            for (const auto& id : a.unmapped_items) list += (list.empty() ? "" : ", ") + id;
            diag.warning(path_index("handlingsplan.actions", i), "diag.plan.items_not_mapped",
                         {quote_for_message(old.id), list, quote_for_message(current.version)});
        }
        next.plan.actions.push_back(std::move(a));
    }
    return next;
}

}  // namespace spegeln
