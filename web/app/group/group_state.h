// group_state.h — what the group screen owns: the saved assessments ticked on
// the saved list and, once opened, their aggregate or comparison as the core
// computed it. Plain data; changed through group_actions.h.
#pragma once

#include <string>
#include <vector>

#include "aggregate.h"
#include "assessment.h"
#include "compare.h"
#include "group/codes_state.h"
#include "version_compare.h"

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
    // A baseline on an earlier version of the instrument than its follow-up: compared through
    // the newer version's mapping (version_compare.h). `instrument` is then the newer version,
    // `base_instrument` the baseline's.
    bool across_versions = false;
    int base_instrument = -1;
    spegeln::VersionComparison versions;
    std::vector<std::string> warnings;  // from spegeln::compare, as sentences
    bool scroll_top = false;            // a newly opened view starts at its top
    CodesPanel codes;                   // the trainer's pasted codes (panel_codes.cpp)
};
