// app_state.h — everything the app knows, as plain data.
//
// Screens draw from this struct and change it only through the named actions
// in actions.h (answer, set comment, start, resume, duplicate, delete, import,
// export, save), so every change of an assessment passes the one place that
// saves it. ImGui widgets hold no hidden truth: what a widget shows is read
// from here each frame. Nothing here depends on ImGui, so the actions can be
// unit tested without a window.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregate.h"
#include "assessment.h"
#include "compare.h"
#include "instrument.h"
#include "scoring.h"
#include "ui_strings.h"

enum class Screen { Start, Answer, Results, Export, Saved, Settings, Group };

// At most one modal dialog is open at a time; its subject is in App::modal_*.
enum class Modal { None, ConfirmDelete, Duplicate, Error, Message };

// One line of the saved-assessments list, read from storage.
struct SavedEntry {
    std::string id;
    std::string storage_name;  // "assessment-<id>.json"
    std::string unit_name;
    std::string date;
    std::string respondent_role;  // tells a workshop's participants apart
    std::string instrument_id;
    std::string instrument_title;  // the instrument id when it is not bundled
    spegeln::Progress progress;
    std::string modified;    // ISO 8601, as saved
    bool unexported = true;  // changes that were never exported to a file
    bool readable = true;    // false: the stored file did not load (shown, not resumable)
};

// The "new assessment" form on the start screen; validated in act_start().
struct StartForm {
    int instrument = 0;  // index into App::instruments
    spegeln::Mode mode = spegeln::Mode::SelfAssessment;
    std::string unit_name;
    spegeln::UnitType unit_type = spegeln::UnitType::Vardcentral;
    std::string date;  // YYYY-MM-DD, today by default
    std::string respondent_role;
    std::vector<std::string> errors;  // shown under the form after a failed start
};

// An item whose answers differ most in a group: the standard deviation of the
// answer values L/K over the respondents who chose a level (0–1).
struct ItemSpread {
    std::string item_id;
    double sd = 0.0;
    int with_level = 0;
};

// Several saved assessments taken together (screen_group.cpp): a workshop's
// participants aggregated, or a baseline and its follow-up compared. Loaded
// when the screen opens; the saved files are not changed.
struct GroupView {
    std::vector<std::string> selected;         // saved ids ticked on the saved list, in the order ticked
    bool comparing = false;                    // false: aggregate of `members`; true: members[0] vs members[1]
    int instrument = -1;                       // index into App::instruments
    std::vector<spegeln::Assessment> members;  // comparing: baseline (the older date) first
    spegeln::AggregateReport aggregate;
    std::vector<ItemSpread> spread;  // widest spread first, only items where answers differ
    spegeln::Comparison comparison;
    std::vector<std::string> warnings;  // from spegeln::compare, as sentences
    bool scroll_top = false;            // a newly opened view starts at its top
};

// The settings the user can change; remembered in storage "settings.json".
struct Settings {
    std::string language;     // "sv", "en"; "" = not chosen, follow the browser's or system's language
    float text_scale = 1.0f;  // 1.0, 1.25, 1.5, 1.75 or 2.0
    bool help_open = false;   // "Vad menas?" expanded under every item by default
};

// Screen rectangle of an interactive widget, for tests and a future ARIA mirror.
struct WidgetRect {
    std::string id;                    // stable: "answer.item.pc-01.level.3"
    std::string label;                 // what the user sees on it
    float x = 0, y = 0, w = 0, h = 0;  // framebuffer pixels, the part not scrolled out of view
    float full_y = 0, full_h = 0;      // the whole widget, partly out of view when scrolled
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

struct App {
    spegeln::UiStrings strings;                    // the texts of `language`, with the platform's overlay on top
    std::string language = "sv";                   // the language shown now (a bundled one)
    std::vector<LanguageChoice> languages;         // every bundled language, in code order
    std::vector<spegeln::Instrument> instruments;  // bundled; self-assessment ones first
    Settings settings;
    Screen screen = Screen::Start;
    bool storage_ready = false;
    std::vector<SavedEntry> saved;  // newest change first

    // The open assessment, its instrument (index into instruments) and its
    // scores, recomputed by the core after every change.
    std::optional<spegeln::Assessment> current;
    int current_instrument = -1;
    spegeln::ScoreReport report;

    // Where the user is on the answer screen.
    int area = 0;                         // index into the instrument's areas
    std::string item;                     // id of the current (highlighted) item
    bool scroll_to_item = false;          // bring `item` into view on the next frame
    bool focus_item = false;              // move keyboard focus to `item` on the next frame
    bool focus_show = false;              // …and show the focus frame (the move came from the keyboard)
    std::string editing_field;            // id of the long text field being edited; the others show wrapped text
    std::vector<std::string> help_shown;  // items whose "Vad menas?" is expanded

    StartForm form;
    GroupView group;

    Modal modal = Modal::None;
    std::string modal_subject;  // the saved id to delete or duplicate
    std::string modal_title;
    std::vector<std::string> modal_lines;  // diagnostics or a message, one per line
    bool modal_file_rejected = false;      // the error is about a file that was not read in

    // Errors the user was shown this session (also visible in the test state).
    std::vector<std::string> error_messages;
    // A short confirmation ("Sparad", "Filen är nedladdad") and when it fades.
    std::string toast;
    double toast_until = 0.0;
    double time = 0.0;  // seconds, ImGui::GetTime() of the current frame

    FrameKeys keys;
    unsigned nav_id_last = 0;  // ImGui's keyboard-focus id last frame: focus moves select items

    std::vector<WidgetRect> widgets;             // cleared at the start of every frame
    float scroll_y = 0.0f, scroll_max_y = 0.0f;  // of the screen's content, for tests
};

// Storage names.
inline constexpr const char* kSettingsFile = "settings.json";
inline constexpr const char* kAssessmentPrefix = "assessment-";
