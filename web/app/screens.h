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
void draw_plan(App& app);          // the handlingsplan: actions per item, carried into the next round
void draw_export(App& app);        // JSON, CSV, printable HTML report
void draw_trend(App& app);         // one unit over time: a chart per principle and area (group/)
void draw_group(App& app);         // several assessments aggregated, or two compared
void draw_presentation(App& app);  // the aggregate for a projector, one slide at a time (group/)
void draw_settings(App& app);      // text size, help text, about
// The brukarrevision (audit/): one screen each, and the saved audits on the saved screen.
void draw_audit_setup(App& app);            // verksamhet, period, association, auditors, informing
void draw_audit_method(App& app);           // sources with informants, occasions, dates
void draw_audit_items(App& app);            // tallies, judgement, finding, quotes per item
void draw_audit_recommendations(App& app);  // recommendations tied to findings, with priority
void draw_audit_response(App& app);         // the unit's response per recommendation
void draw_audit_report(App& app);           // summary, send, report export, follow-up
void draw_audit_two_views(App& app);        // a self-assessment beside the audit (panel_two_views.cpp)
void draw_saved_audits(App& app);           // a section of the saved screen
void draw_modals(App& app);                 // the one open modal dialog, if any

// Test-state name of a screen and of a modal ("start", "confirm_delete").
const char* screen_name(Screen s);
const char* modal_name(Modal m);
