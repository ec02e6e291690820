// library_actions.h — the assessments kept in this browser (or the desktop's data
// folder): start a new one, resume, duplicate for a follow-up, delete, import
// (the start and saved screens of library/). Opening one hands it to the
// assessment flow through open_document() and act_go(); the flow never calls
// back here. Uses assessment_actions.h, document.h and messages.h.
#pragma once

#include <string>
#include <string_view>

#include "app_state.h"

// Whether the instrument has a short core path (items with "core": true).
bool has_core_items(const spegeln::Instrument& in);
// Picks instrument `index` on the start form; the unit kind stays when it has it, else its first.
void act_choose_instrument(App& app, int index);

// What the person chose and typed on the page's static first screen before the app was
// drawn (platform::first_screen_form, JSON): instrument, mode, unit_kind, core_path,
// unit_name, date, role, begin, focus (a widget key of the form), focus_visible. Each value
// goes through the same rules as a click on the form (an unknown instrument, mode or kind is
// left as it is); the control that had focus gets it (a text field with the caret at the
// end); "begin" starts the form once storage is read.
// Anything that is not such an object is ignored: the form stays as the app made it.
void act_take_first_screen(App& app, std::string_view json);
// Called once storage is read (app_storage_ready): a start asked for on the static first
// screen happens now (act_start, whose errors show under the form).
void act_start_when_ready(App& app);

// Validates app.library.form; on success a new assessment is saved and opened
// on the answer screen. On failure app.library.form.errors says what to fix.
bool act_start(App& app);
bool act_resume(App& app, const std::string& id);
bool act_duplicate(App& app, const std::string& id, bool keep_answers);
// The next round of a saved assessment (core start_follow_up): on the newest instrument version,
// today's date, its handlingsplan carried with each action's status and a link back; items the
// version mapping cannot carry are named in a message. Opens it on the answer screen.
bool act_start_follow_up(App& app, const std::string& id);
bool act_delete(App& app, const std::string& id);
// An assessment file the user picked. Added only when it loads and validates
// against its bundled instrument; otherwise the diagnostics are shown in a
// modal and nothing changes.
bool act_import(App& app, const std::string& file_name, const std::string& bytes);
// "Läs in fil": opens the file picker, or says to drop the file when there is none.
void act_request_import(App& app);
