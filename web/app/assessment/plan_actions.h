// plan_actions.h — changing the open assessment's handlingsplan (core/plan.h) from the results
// and plan screens. Every change passes commit(). Same layer as assessment_actions.h.
#pragma once

#include <string>

#include "app_state.h"

// Adds an action for `item_id` (its first suggested insats chosen) and returns its id; "" when
// nothing is open or the item is unknown.
std::string act_plan_add(App& app, const std::string& item_id);
// The action that already concerns `item_id`, or nullptr.
const spegeln::PlanAction* plan_action_for_item(const App& app, const std::string& item_id);

enum class PlanField { OwnAction, Responsible, FollowUp, Due };
// Sets a text of an action. A due date that is not YYYY-MM-DD (or empty) is refused: false.
bool act_plan_set_text(App& app, const std::string& action_id, PlanField field, const std::string& value);
void act_plan_set_insats(App& app, const std::string& action_id, const std::string& insats);
void act_plan_set_status(App& app, const std::string& action_id, spegeln::ActionStatus status);
void act_plan_remove(App& app, const std::string& action_id);
// The plan as its own CSV (core plan_csv), downloaded.
bool act_export_plan_csv(App& app);
