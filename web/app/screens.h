// screens.h — one function per screen (screen_*.cpp at the top for what every
// mode shares, and in each mode's folder: library/, assessment/, group/), each
// drawing from App and changing it only through actions.h. app.cpp picks one
// per frame.
#pragma once

#include "app_state.h"

void draw_header(App& app);        // title, navigation, open assessment, progress, export reminder (screen_header.cpp)
void draw_start(App& app);         // what the tool is, a new assessment, import
void draw_saved(App& app);         // saved assessments: resume, duplicate, delete, import
void draw_answer(App& app);        // items of one area at a time
void draw_results(App& app);       // scores, radar, bars, lowest items, notes
void draw_export(App& app);        // JSON, CSV, printable HTML report
void draw_group(App& app);         // several assessments aggregated, or two compared
void draw_presentation(App& app);  // the aggregate for a projector, one slide at a time (group/)
void draw_settings(App& app);      // text size, help text, about
void draw_modals(App& app);        // the one open modal dialog, if any

// Test-state name of a screen and of a modal ("start", "confirm_delete").
const char* screen_name(Screen s);
const char* modal_name(Modal m);
