// document.h — the open assessment and what is kept in storage: set-up, the
// settings, the saved list and commit(), the one place that saves.
//
// Every change of the open assessment ends in commit(), which stamps it,
// writes it to platform storage (immediately — a closed tab or a crash loses
// nothing), recomputes its scores with the core and updates its line of the
// saved list. Uses messages.h only (see the layers in actions.h).
#pragma once

#include <string>
#include <vector>

#include "app_state.h"

// ---- Set-up ----
// Instruments and UI text in the first of platform::preferred_languages() that
// is bundled (else spegeln::kDefaultLanguage); does not touch storage.
void app_init(App& app, std::vector<spegeln::Instrument> instruments);
// Reads settings (a language chosen there replaces the platform's) and the
// saved-assessment list once storage is readable.
void act_storage_ready(App& app);
// Reads the saved list from storage again (newest change first).
void act_refresh_saved(App& app);

// ---- The one place that saves ----
enum class Change {
    Content,   // answers, comments, notes, unit: bumps `modified`, marks "not exported"
    Exported,  // only the export stamp changed
};
bool commit(App& app, Change change);
void act_close(App& app);  // back to the start screen, nothing open

// ---- Settings (remembered in storage "settings.json") ----
void act_set_text_scale(App& app, float scale);
// Shows the UI in a bundled language ("sv", "en") from the next frame on and
// remembers the choice. False for a language that is not bundled.
bool act_set_language(App& app, const std::string& lang);
void act_set_help_open(App& app, bool open);
// The high-contrast theme on or off from the next frame on; remembered, and
// from then on the platform's preference no longer decides.
void act_set_high_contrast(App& app, bool on);
// Whether the high-contrast theme is in use: the user's choice, else the platform's preference.
bool uses_high_contrast(const App& app);

// ---- Queries ----
const spegeln::Instrument* current_instrument(const App& app);
// The newest bundled version of the instrument with this id (earlier versions ship too, so
// assessments made on them open on their own version), or nullptr.
const spegeln::Instrument* find_instrument(const App& app, const std::string& id);
// Index into App::instruments of that newest version, or -1.
int instrument_index(const App& app, const std::string& id);
// Index of exactly this version when it is bundled, else of the newest (bundled_instrument_for), or -1.
int instrument_index(const App& app, const std::string& id, const std::string& version);
// Whether App::instruments[index] is the newest version of its id: the ones a new assessment uses.
bool is_newest(const App& app, size_t index);
bool is_saved(const App& app, const std::string& id);
// The storage name of a saved assessment: "assessment-<id>.json".
std::string storage_name(const std::string& id);
// "<unit>-<date>.<ext>" with characters unsafe in file names replaced.
std::string export_file_name(const spegeln::Assessment& a, const std::string& ext);
// Whether the assessment changed after it was last exported as JSON.
bool has_unexported_changes(const spegeln::Assessment& a);
std::string exported_at(const spegeln::Assessment& a);  // "" when never exported
// Records in the assessment's extra fields that it is saved in a file as of `when`.
void mark_exported(spegeln::Assessment& a, const std::string& when);
// Whether two assessments hold the same data, ignoring the export stamp.
bool same_content(const spegeln::Assessment& x, const spegeln::Assessment& y);
