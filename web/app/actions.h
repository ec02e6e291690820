// actions.h — the named changes of the app's state.
//
// Screens never change an assessment themselves: they call one of these.
// Every change of the open assessment ends in commit(), the one place that
// stamps it, writes it to platform storage (immediately — a closed tab or a
// crash loses nothing) and recomputes its scores with the core. No ImGui here,
// so tests/ui/test_actions.cpp drives these without a window.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "output.h"

// ---- Set-up ----
// Instruments and UI text in the first of platform::preferred_languages() that
// is bundled (else spegeln::kDefaultLanguage); does not touch storage.
void app_init(App& app, std::vector<spegeln::Instrument> instruments);
// Reads settings (a language chosen there replaces the platform's) and the
// saved-assessment list once storage is readable.
void act_storage_ready(App& app);
void act_refresh_saved(App& app);

// ---- The one place that saves ----
enum class Change {
    Content,   // answers, comments, notes, unit: bumps `modified`, marks "not exported"
    Exported,  // only the export stamp changed
};
bool commit(App& app, Change change);

// ---- Start, resume, duplicate, delete, import ----
// Validates app.form; on success a new assessment is saved and opened on the
// answer screen. On failure app.form.errors says what to fix.
bool act_start(App& app);
bool act_resume(App& app, const std::string& id);
bool act_duplicate(App& app, const std::string& id, bool keep_answers);
bool act_delete(App& app, const std::string& id);
// An assessment file the user picked. Added only when it loads and validates
// against its bundled instrument; otherwise the diagnostics are shown in a
// modal and nothing changes.
bool act_import(App& app, const std::string& file_name, const std::string& bytes);
void act_close(App& app);  // back to the start screen, nothing open

// ---- Answering ----
void act_answer(App& app, const std::string& item_id, spegeln::AnswerStatus status, int level = 0);
void act_set_comment(App& app, const std::string& item_id, const std::string& comment);
void act_set_notes(App& app, const std::string& notes);
void act_go_area(App& app, int area);
// Moves the current item by `step` (+1/−1) in instrument order, crossing areas.
void act_step_item(App& app, int step);
void act_select_item(App& app, const std::string& item_id);
void act_toggle_help(App& app, const std::string& item_id);

// ---- Export ----
bool act_export_json(App& app);  // the durable copy; marks the assessment exported
bool act_export_csv(App& app);
// "Läs in fil": opens the file picker, or says to drop the file when there is none.
void act_request_import(App& app);
bool act_export_html(App& app);

// ---- Several assessments together (actions_group.cpp) ----
// Why the "Sammanställ valda" / "Jämför två" buttons are or are not usable.
enum class GroupCheck {
    Ok,
    TooFew,            // fewer than two selected
    NotTwo,            // compare: more than two selected
    MixedInstruments,  // not all of the same instrument
    Unreadable,        // a selected file cannot be read or its instrument is not bundled
};
void act_toggle_selected(App& app, const std::string& id);
bool is_selected(const App& app, const std::string& id);
GroupCheck check_aggregate(const App& app);
GroupCheck check_compare(const App& app);
// The check as a sentence for the user ("" for Ok).
std::string group_check_text(const App& app, GroupCheck check, bool comparing);
// Loads the selected assessments and opens the group screen. False (and an
// error shown) when the check fails or a file does not load.
bool act_open_aggregate(App& app);
bool act_open_compare(App& app);  // the older date is the baseline
bool act_export_group_csv(App& app);
// Items whose answers differ, widest spread first (ties in instrument order).
std::vector<ItemSpread> item_spread(const spegeln::Instrument& in, const spegeln::AggregateReport& r);

// ---- Screens, settings, messages ----
void act_go(App& app, Screen screen);  // screens that need an open assessment fall back to start
void act_set_text_scale(App& app, float scale);
// Shows the UI in a bundled language ("sv", "en") from the next frame on and
// remembers the choice. False for a language that is not bundled.
bool act_set_language(App& app, const std::string& lang);
void act_set_help_open(App& app, bool open);
// `file_rejected`: the error explains why a file was not read in (and nothing changed).
void show_error(App& app, const std::string& title, const std::vector<std::string>& lines, bool file_rejected = false);
void show_message(App& app, const std::string& title, const std::vector<std::string>& lines);
void show_toast(App& app, const std::string& text, double seconds = 3.0);
void close_modal(App& app);

// ---- Queries ----
const spegeln::Instrument* current_instrument(const App& app);
const spegeln::Instrument* find_instrument(const App& app, const std::string& id);
// Items of area `area` of the open assessment's instrument, in order.
std::vector<const spegeln::Item*> area_items(const App& app, int area);
// "<unit>-<date>.<ext>" with characters unsafe in file names replaced.
std::string export_file_name(const spegeln::Assessment& a, const std::string& ext);
// Whether the assessment changed after it was last exported as JSON.
bool has_unexported_changes(const spegeln::Assessment& a);
std::string exported_at(const spegeln::Assessment& a);  // "" when never exported
// Records in the assessment's extra fields that it is saved in a file as of `when`.
void mark_exported(spegeln::Assessment& a, const std::string& when);
// Whether two assessments hold the same data, ignoring the export stamp.
bool same_content(const spegeln::Assessment& x, const spegeln::Assessment& y);
const std::string& tr(const App& app, const std::string& key);  // UI text
// An instrument's text in the UI's language, in Swedish where it has no translation.
const std::string& tx(const App& app, const spegeln::LocalizedText& text);
// Numbers as the core formats them (core/number_format.h), with the decimal
// mark of the UI's language (key number.decimal_mark: "72,5" or "72.5").
std::string score_text(const App& app, const std::optional<double>& score);
std::string change_text(const App& app, const std::optional<double>& change);
std::string decimal_text(const App& app, double value, int decimals);
// A principle's or an area's title ("3.2 Tidiga insatser") in the UI's language.
std::string title_of(const App& app, const spegeln::Instrument& in, spegeln::DimensionKind kind, const std::string& id);
