// assessment_actions.h — answering the open assessment and exporting it (the answer,
// results and export screens of assessment/). Uses document.h and messages.h.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"

// Opens `a` (of App::instruments[instrument]) as the current assessment, at
// the first area that still has unanswered items. Nothing is saved: the
// caller commits a new one.
void open_document(App& app, spegeln::Assessment a, int instrument);

// ---- Answering ----
void act_answer(App& app, const std::string& item_id, spegeln::AnswerStatus status, int level = 0);
void act_set_comment(App& app, const std::string& item_id, const std::string& comment);
void act_set_notes(App& app, const std::string& notes);
void act_go_area(App& app, int area);
// Moves the current item by `step` (+1/−1) in instrument order, crossing areas.
void act_step_item(App& app, int step);
void act_select_item(App& app, const std::string& item_id);
void act_toggle_help(App& app, const std::string& item_id);
// Items of area `area` of the open assessment's instrument, in order.
std::vector<const spegeln::Item*> area_items(const App& app, int area);

// ---- Export ----
bool act_export_json(App& app);  // the durable copy; marks the assessment exported
bool act_export_csv(App& app);
bool act_export_html(App& app);
