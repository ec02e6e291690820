// library_state.h — what the library (start and saved screens) owns: the
// saved list as read from storage and the "new assessment" form. Plain data;
// changed through library_actions.h and act_refresh_saved() (document.h).
#pragma once

#include <string>
#include <vector>

#include "assessment.h"
#include "instrument.h"
#include "scoring.h"

// One line of the saved-assessments list, read from storage.
struct SavedEntry {
    std::string id;
    std::string storage_name;  // "assessment-<id>.json"
    std::string unit_name;
    std::string date;
    std::string respondent_role;  // tells a workshop's participants apart
    std::string instrument_id;
    std::string instrument_version;
    std::string instrument_title;  // in the UI's language; the instrument id when it is not bundled
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
    // Among the chosen instrument's unit_kinds; a vårdcentral is the usual case.
    std::string unit_kind = "vardcentral";
    bool core_path = false;  // only the instrument's core items ("core": true)
    std::string date;        // YYYY-MM-DD, today by default
    std::string respondent_role;
    std::vector<std::string> errors;  // shown under the form after a failed start
};

struct LibraryState {
    std::vector<SavedEntry> saved;  // newest change first
    StartForm form;
    // Start was pressed on the page's static first screen: the form is started (and checked)
    // as soon as storage is read (act_take_first_screen).
    bool start_when_ready = false;
};
