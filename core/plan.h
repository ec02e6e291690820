// plan.h — the handlingsplan: what a unit will do about the items it wants to improve.
//
// The strategies ask for concrete action plans that are followed up (Skåne §5.1–5.2, VGR's
// yearly follow-up). A plan is saved inside the assessment (docs/assessment-format.md,
// "handlingsplan"). Each action names the item(s) it is meant to raise, either one of the
// strategy's insatser (a target of the instrument's framework "skane-insatser", suggested from
// the item's area) or the unit's own action, a responsible role, a due date, how it will be
// followed up, and a status.
//
// A follow-up round starts from the earlier assessment (start_follow_up): the actions are copied
// with a link to where they came from, so the team updates each status next to the item's new
// score. When the instrument version differs, item ids go through the newer version's mapping
// (version_mapping.h); ids that cannot be mapped are kept apart and named.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "instrument.h"
#include "json_read.h"

namespace spegeln {

struct Assessment;

// Limits against hostile files: a real plan has a handful of actions with a sentence or two each.
inline constexpr size_t kMaxPlanActions = 200;
inline constexpr size_t kMaxPlanActionItems = 50;
inline constexpr size_t kMaxPlanTextBytes = 4000;

// The framework whose targets are the strategy's insatser (docs/instrument-format.md).
inline constexpr const char* kInsatsFramework = "skane-insatser";

enum class ActionStatus { Planerad, Pagar, Genomford, Avbruten };

const char* action_status_id(ActionStatus s);  // "planerad", "pagar", "genomford", "avbruten"
std::optional<ActionStatus> action_status_from_id(const std::string& id);
// The key of a status's name in the translation files: "plan.status.pagar".
std::string action_status_key(ActionStatus s);
inline constexpr ActionStatus kAllActionStatuses[] = {ActionStatus::Planerad, ActionStatus::Pagar,
                                                      ActionStatus::Genomford, ActionStatus::Avbruten};

// Where a carried action came from: the earlier round's action and what it said then.
struct CarriedFrom {
    std::string action;              // the action's id in the earlier round
    std::vector<std::string> items;  // its item ids there (the earlier instrument version's)
    ActionStatus status = ActionStatus::Planerad;
    json extra = json::object();
};

struct PlanAction {
    std::string id;                  // unique within the plan
    std::vector<std::string> items;  // item ids of the assessment's instrument
    std::string insats;              // a target id of kInsatsFramework; "" for an own action
    std::string own_action;          // the unit's own action, when it picked no insats (or adds to one)
    std::string responsible;         // a role, not a name
    std::string due;                 // YYYY-MM-DD or ""
    std::string follow_up;           // how it will be followed up
    ActionStatus status = ActionStatus::Planerad;
    std::optional<CarriedFrom> carried_from;
    // Item ids of the earlier round that the instrument's mapping could not carry (removed items,
    // or no mapping from that version).
    std::vector<std::string> unmapped_items;
    json extra = json::object();
};

// The earlier round a follow-up started from.
struct PlanFollows {
    std::string assessment;  // its id
    std::string date;
    std::string instrument_version;
    json extra = json::object();
};

struct ActionPlan {
    std::vector<PlanAction> actions;
    std::optional<PlanFollows> follows;
    json extra = json::object();

    bool empty() const { return actions.empty() && !follows && extra.empty(); }
    const PlanAction* find(const std::string& id) const;
};

// Reads the value of "handlingsplan" at `path`; problems go to `diag` with their JSON paths.
void read_plan(json& v, const std::string& path, Diagnostics& diag, ActionPlan& out);
json plan_to_json(const ActionPlan& plan);

// Checks the plan against the assessment's instrument: warnings for item ids it does not know
// and insatser its framework does not have (kept, like unknown answers).
void check_plan_against_instrument(const ActionPlan& plan, const Instrument& in, const std::string& path,
                                   Diagnostics& diag);

// The insatser to suggest for an item: the targets of kInsatsFramework that the item itself
// serves first, then the other insatser of its area (targets whose id starts with the area's
// number, "4.3." for area 4.3), in the framework's order. Empty when the instrument has no
// such framework.
std::vector<const FrameworkTarget*> suggested_insatser(const Instrument& in, const Item& item);
// The title of an insats in `lang`, "" when the framework has no such target.
std::string insats_title(const Instrument& in, const std::string& insats, const std::string& lang);

// A new action for `item_id`, with an id not yet used in `plan`.
PlanAction new_plan_action(const ActionPlan& plan, const std::string& item_id);

// The next round: a new assessment of `current` for the same unit, kind, path and role, whose
// plan carries every action of `earlier` (status kept, to be updated; link in carried_from).
// Item ids are mapped through current's previous_versions when the versions differ; ids that
// cannot be mapped go to the action's unmapped_items and get a warning in `diag`.
Assessment start_follow_up(const Assessment& earlier, const Instrument& current, Diagnostics& diag);

}  // namespace spegeln
