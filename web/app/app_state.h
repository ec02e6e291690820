// app_state.h — everything the app knows, as plain data.
//
// Screens draw from this struct and change it only through the named actions
// in actions.h (answer, set comment, start, resume, duplicate, delete, import,
// export, save), so every change of an assessment passes the one place that
// saves it. ImGui widgets hold no hidden truth: what a widget shows is read
// from here each frame. Nothing here depends on ImGui, so the actions can be
// unit tested without a window.
//
// What all screens share is defined here (the texts, the open document, the
// dialog, this frame); what one mode owns lives in that mode's folder
// (library/library_state.h, assessment/assessment_state.h,
// group/group_state.h) and is one member of App.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "a11y/semantics.h"
#include "assessment.h"
#include "assessment/assessment_state.h"
#include "assessment/plan_state.h"
#include "audit/audit_state.h"
#include "group/group_state.h"
#include "instrument.h"
#include "library/library_state.h"
#include "scoring.h"
#include "ui_strings.h"

enum class Screen {
    Start,
    Answer,
    Results,
    Export,
    Saved,
    Settings,
    Group,
    Plan,  // the handlingsplan (assessment/screen_plan.cpp)
    // The brukarrevision (audit/): set-up, method, items, recommendations, the unit's response, report.
    AuditSetup,
    AuditMethod,
    AuditItems,
    AuditRecommendations,
    AuditResponse,
    AuditReport
};

// At most one modal dialog is open at a time; its subject is in App::messages.
// AuditSend confirms sending an audit (its findings lock); PersonalData lists what
// looks like personal data before an export (Messages::pending_export).
enum class Modal { None, ConfirmDelete, Duplicate, Error, Message, AuditSend, PersonalData };

// The settings the user can change; remembered in storage "settings.json".
struct Settings {
    std::string language;     // "sv", "en"; "" = not chosen, follow the browser's or system's language
    float text_scale = 1.0f;  // 1.0, 1.25, 1.5, 1.75 or 2.0
    bool help_open = false;   // "Vad menas?" expanded under every item by default
    // The high-contrast theme (widgets/theme.h); unset = not chosen, follow the
    // platform's preference (App::system_high_contrast).
    std::optional<bool> high_contrast;
};

// Screen rectangle of an interactive widget, for tests and a future ARIA mirror.
struct WidgetRect {
    std::string id;                    // stable: "answer.item.pc-01.level.3"
    std::string label;                 // what the user sees on it
    float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels, the part not scrolled out of view
    float full_x = 0, full_y = 0;      // the whole widget, partly out of view when scrolled
    float full_w = 0, full_h = 0;      // (or cut by the window's edge: a layout fault)
};

// This frame's keyboard input as the screens need it (filled by app_draw from
// ImGui's IO). Characters come from the queue, not the polled key state, so a
// quick tap between two frames is never lost.
struct FrameKeys {
    std::string chars;   // typed ASCII characters (the shortcuts), when no text field has focus
    bool enter = false;  // Enter pressed, no text field active
    bool shift = false;
    bool enter_used = false;  // a focused button already acted on Enter
    bool typing = false;      // a text field has keyboard focus
};

// A bundled language as the settings screen offers it.
struct LanguageChoice {
    std::string code;  // "sv"
    std::string name;  // in the language itself ("Svenska", "English"): key "language.name"
};

// The open assessment, its instrument and its scores, recomputed by the core
// after every change (document.h).
struct Document {
    std::optional<spegeln::Assessment> current;
    int instrument = -1;  // index into App::instruments
    spegeln::ScoreReport report;
};

// What the app is telling the user (messages.h). At most one modal dialog is
// open at a time.
struct Messages {
    Modal modal = Modal::None;
    std::string subject;  // the saved id to delete or duplicate
    std::string title;
    std::vector<std::string> lines;  // diagnostics or a message, one per line
    bool file_rejected = false;      // the error is about a file that was not read in
    // Errors the user was shown this session (also visible in the test state).
    std::vector<std::string> errors;
    // A short confirmation ("Sparad", "Filen är nedladdad") and when it fades.
    std::string toast;
    double toast_until = 0.0;
    // The export waiting for the personal-data dialog ("assessment.json", "audit.html", …)
    // and the user's "Exportera ändå": the next guarded export of it goes ahead.
    std::string pending_export;
    bool personal_data_confirmed = false;
};

// This frame, as app_draw() read it and the screens drew it.
struct Frame {
    double time = 0.0;  // seconds, ImGui::GetTime() of the current frame
    FrameKeys keys;
    unsigned nav_id_last = 0;                    // ImGui's keyboard-focus id last frame: focus moves select items
    std::vector<WidgetRect> widgets;             // cleared at the start of every frame
    a11y::Tree semantics;                        // the screen-reader mirror of this frame (a11y/semantics.h)
    std::string semantics_published;             // its JSON as last handed to the platform
    float scroll_y = 0.0f, scroll_max_y = 0.0f;  // of the screen's content, for tests
    float header_h = 0.0f;                       // the header's height last frame (app.cpp)
};

struct App {
    // Shared by every screen.
    spegeln::UiStrings strings;                    // the texts of `language`, with the platform's overlay on top
    std::string language = "sv";                   // the language shown now (a bundled one)
    std::vector<LanguageChoice> languages;         // every bundled language, in code order
    std::vector<spegeln::Instrument> instruments;  // bundled; self-assessment ones first
    Settings settings;
    bool system_high_contrast = false;  // platform::prefers_high_contrast() at start
    Screen screen = Screen::Start;
    bool storage_ready = false;
    Document doc;
    Messages messages;
    Frame frame;

    // Each mode's own state.
    LibraryState library;  // start and saved screens
    AnswerView answer;     // the answer screen
    PlanView plan;         // the handlingsplan screen
    GroupView group;       // several saved assessments together
    AuditView audit;       // the brukarrevision and the saved audits
};

// Storage names.
inline constexpr const char* kSettingsFile = "settings.json";
inline constexpr const char* kAssessmentPrefix = "assessment-";
inline constexpr const char* kAuditPrefix = "audit-";
