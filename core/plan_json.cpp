// Reading and writing the "handlingsplan" of an assessment file (docs/assessment-format.md).
#include <set>

#include "assessment.h"
#include "ids.h"
#include "json_fields.h"
#include "plan.h"

namespace spegeln {
namespace {

const std::set<std::string> kPlanFields = {"follows", "actions"};
const std::set<std::string> kFollowsFields = {"assessment", "date", "instrument_version"};
const std::set<std::string> kActionFields = {"id",  "items",     "insats", "action",       "responsible",
                                             "due", "follow_up", "status", "carried_from", "unmapped_items"};
const std::set<std::string> kCarriedFields = {"action", "items", "status"};

// A free text of the plan, bounded: a sentence or two, not a megabyte.
void read_plan_text(const json& obj, std::string_view name, const std::string& p, Diagnostics& diag, std::string& out) {
    if (!read_string(obj, name, p, diag, out, false)) return;
    if (out.size() > kMaxPlanTextBytes) {
        diag.error(path_member(p, name), "diag.plan.text_too_long",
                   {std::to_string(out.size()), std::to_string(kMaxPlanTextBytes)});
        out.clear();
    }
}

void read_status(const json& obj, const std::string& p, Diagnostics& diag, ActionStatus& out, bool required) {
    std::string s;
    if (!read_string(obj, "status", p, diag, s, required) || !obj.contains("status")) return;
    if (auto st = action_status_from_id(s))
        out = *st;
    else
        diag.error(path_member(p, "status"), "diag.plan.status_unknown", {quote_for_message(s)});
}

void read_item_list(const json& obj, std::string_view name, const std::string& p, Diagnostics& diag,
                    std::vector<std::string>& out) {
    auto it = obj.find(name);
    if (it == obj.end()) return;
    std::string ip = path_member(p, name);
    if (!it->is_array()) {
        diag.error(ip, "diag.wrong_type", {"diag.type.array", type_code(*it)});
        return;
    }
    if (it->size() > kMaxPlanActionItems) {
        diag.error(ip, "diag.plan.too_many_items", {std::to_string(it->size()), std::to_string(kMaxPlanActionItems)});
        return;
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < it->size(); ++i) {
        const json& v = (*it)[i];
        if (!v.is_string()) {
            diag.error(path_index(ip, i), "diag.wrong_type", {"diag.type.string", type_code(v)});
            continue;
        }
        std::string id = v.get<std::string>();
        if (!is_valid_id(id))
            diag.error(path_index(ip, i), "diag.id.invalid", {quote_for_message(id)});
        else if (!seen.insert(id).second)
            diag.error(path_index(ip, i), "diag.plan.item_twice", {quote_for_message(id)});
        else
            out.push_back(id);
    }
}

void read_action(json& v, const std::string& p, Diagnostics& diag, PlanAction& a) {
    if (!v.is_object()) {
        diag.error(p, "diag.plan.action_not_object", {type_code(v)});
        return;
    }
    if (read_string(v, "id", p, diag, a.id, true) && !is_valid_id(a.id))
        diag.error(path_member(p, "id"), "diag.id.invalid", {quote_for_message(a.id)});
    read_item_list(v, "items", p, diag, a.items);
    if (read_string(v, "insats", p, diag, a.insats, false) && !a.insats.empty() && !is_valid_id(a.insats))
        diag.error(path_member(p, "insats"), "diag.id.invalid", {quote_for_message(a.insats)});
    read_plan_text(v, "action", p, diag, a.own_action);
    read_plan_text(v, "responsible", p, diag, a.responsible);
    read_plan_text(v, "follow_up", p, diag, a.follow_up);
    if (read_string(v, "due", p, diag, a.due, false) && !a.due.empty() && !is_valid_date(a.due))
        diag.error(path_member(p, "due"), "diag.date.invalid", {quote_for_message(a.due)});
    read_status(v, p, diag, a.status, true);
    read_item_list(v, "unmapped_items", p, diag, a.unmapped_items);
    // A warning, not an error: an action is saved while the team is still writing it.
    if (a.insats.empty() && a.own_action.empty()) diag.warning(p, "diag.plan.action_empty");
    if (a.items.empty() && a.unmapped_items.empty()) diag.error(path_member(p, "items"), "diag.plan.no_items");
    if (auto c = v.find("carried_from"); c != v.end()) {
        std::string cp = path_member(p, "carried_from");
        if (!c->is_object()) {
            diag.error(cp, "diag.wrong_type", {"diag.type.object", type_code(*c)});
        } else {
            CarriedFrom from;
            read_string(*c, "action", cp, diag, from.action, true);
            read_item_list(*c, "items", cp, diag, from.items);
            read_status(*c, cp, diag, from.status, false);
            from.extra = take_unknown_fields(*c, kCarriedFields);
            a.carried_from = std::move(from);
        }
    }
    a.extra = take_unknown_fields(v, kActionFields);
}

}  // namespace

void read_plan(json& v, const std::string& path, Diagnostics& diag, ActionPlan& out) {
    if (!v.is_object()) {
        diag.error(path, "diag.wrong_type", {"diag.type.object", type_code(v)});
        return;
    }
    if (auto f = v.find("follows"); f != v.end()) {
        std::string fp = path_member(path, "follows");
        if (!f->is_object()) {
            diag.error(fp, "diag.wrong_type", {"diag.type.object", type_code(*f)});
        } else {
            PlanFollows follows;
            read_string(*f, "assessment", fp, diag, follows.assessment, false);
            if (read_string(*f, "date", fp, diag, follows.date, false) && !follows.date.empty() &&
                !is_valid_date(follows.date))
                diag.error(path_member(fp, "date"), "diag.date.invalid", {quote_for_message(follows.date)});
            read_string(*f, "instrument_version", fp, diag, follows.instrument_version, false);
            follows.extra = take_unknown_fields(*f, kFollowsFields);
            out.follows = std::move(follows);
        }
    }
    if (auto acts = v.find("actions"); acts != v.end()) {
        std::string ap = path_member(path, "actions");
        if (!acts->is_array()) {
            diag.error(ap, "diag.wrong_type", {"diag.type.array", type_code(*acts)});
        } else if (acts->size() > kMaxPlanActions) {
            diag.error(ap, "diag.plan.too_many_actions",
                       {std::to_string(acts->size()), std::to_string(kMaxPlanActions)});
        } else {
            std::set<std::string> ids;
            for (size_t i = 0; i < acts->size(); ++i) {
                PlanAction a;
                std::string p = path_index(ap, i);
                read_action((*acts)[i], p, diag, a);
                if (!a.id.empty() && !ids.insert(a.id).second)
                    diag.error(path_member(p, "id"), "diag.plan.id_twice", {quote_for_message(a.id)});
                out.actions.push_back(std::move(a));
            }
        }
    }
    out.extra = take_unknown_fields(v, kPlanFields);
}

json plan_to_json(const ActionPlan& plan) {
    json j = json::object();
    if (plan.follows) {
        json f = json::object();
        f["assessment"] = plan.follows->assessment;
        f["date"] = plan.follows->date;
        f["instrument_version"] = plan.follows->instrument_version;
        append_fields(f, plan.follows->extra, kFollowsFields);
        j["follows"] = std::move(f);
    }
    json acts = json::array();
    for (const auto& a : plan.actions) {
        json aj = json::object();
        aj["id"] = a.id;
        aj["items"] = a.items;
        if (!a.insats.empty()) aj["insats"] = a.insats;
        if (!a.own_action.empty()) aj["action"] = a.own_action;
        aj["responsible"] = a.responsible;
        aj["due"] = a.due;
        aj["follow_up"] = a.follow_up;
        aj["status"] = action_status_id(a.status);
        if (a.carried_from) {
            json c = json::object();
            c["action"] = a.carried_from->action;
            c["items"] = a.carried_from->items;
            c["status"] = action_status_id(a.carried_from->status);
            append_fields(c, a.carried_from->extra, kCarriedFields);
            aj["carried_from"] = std::move(c);
        }
        if (!a.unmapped_items.empty()) aj["unmapped_items"] = a.unmapped_items;
        append_fields(aj, a.extra, kActionFields);
        acts.push_back(std::move(aj));
    }
    j["actions"] = std::move(acts);
    append_fields(j, plan.extra, kPlanFields);
    return j;
}

void check_plan_against_instrument(const ActionPlan& plan, const Instrument& in, const std::string& path,
                                   Diagnostics& diag) {
    const Framework* fw = in.find_framework(kInsatsFramework);
    for (size_t i = 0; i < plan.actions.size(); ++i) {
        const PlanAction& a = plan.actions[i];
        std::string p = path_index(path_member(path, "actions"), i);
        for (size_t k = 0; k < a.items.size(); ++k)
            if (!in.find_item(a.items[k]))
                diag.warning(path_index(path_member(p, "items"), k), "diag.plan.item_unknown",
                             {quote_for_message(a.items[k]), quote_for_message(in.version)});
        if (!a.insats.empty() && (!fw || !fw->find_target(a.insats)))
            diag.warning(path_member(p, "insats"), "diag.plan.insats_unknown",
                         {quote_for_message(a.insats), quote_for_message(kInsatsFramework)});
    }
}

}  // namespace spegeln
