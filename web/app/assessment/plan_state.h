// plan_state.h — what the handlingsplan screen holds between frames. Plain data; the plan itself
// is in the open assessment (spegeln::ActionPlan) and changes only through plan_actions.h.
#pragma once

#include <map>
#include <string>

struct PlanView {
    // A due date being typed, by action id: kept here until it is a whole date (YYYY-MM-DD) or
    // empty, so a half-typed date never reaches the saved file.
    std::map<std::string, std::string> due_text;
    std::string focus_action;  // the action just added: scrolled into view on the next frame
};
