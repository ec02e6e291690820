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
#include "trend.h"
#include "version_compare.h"

// What became of one file given to the group screen (collect_actions.h).
enum class CollectOutcome {
    Added,            // a new participant
    Duplicate,        // same content or same assessment id as a participant already in
    OtherInstrument,  // an assessment of another instrument or version than the group's
    Broken,           // not a readable assessment (or the file could not be read at all)
};
struct CollectNote {
    std::string file;
    CollectOutcome outcome = CollectOutcome::Added;
    std::string detail;  // a sentence: whose duplicate, which instrument, the core's diagnostic
};

// Several saved assessments taken together (screen_group.cpp): a workshop's
// participants aggregated, or a baseline and its follow-up compared. Loaded
// when the screen opens; the saved files are not changed.
struct GroupView {
    std::vector<std::string> selected;         // saved ids ticked on the saved list, in the order ticked
    bool comparing = false;                    // false: aggregate of `members`; true: members[0] vs members[1]
    int instrument = -1;                       // index into App::instruments
    std::vector<spegeln::Assessment> members;  // comparing: baseline (the older date) first
    spegeln::AggregateReport aggregate;        // with each item's disagreement, largest first (aggregate.spread)
    spegeln::Comparison comparison;
    // A baseline on an earlier version of the instrument than its follow-up: compared through
    // the newer version's mapping (version_compare.h). `instrument` is then the newer version,
    // `base_instrument` the baseline's.
    bool across_versions = false;
    int base_instrument = -1;
    spegeln::VersionComparison versions;
    std::vector<std::string> warnings;  // from spegeln::compare, as sentences
    bool scroll_top = false;            // a newly opened view starts at its top
    // One unit over time (screen_trend.cpp): the rounds in date order, each on its own version
    // (indices into App::instruments), and the core's trend of them.
    bool over_time = false;
    std::vector<int> round_instruments;
    spegeln::Trend trend;
    bool all_items = false;   // every differing item listed, not only the first few
    bool presenting = false;  // presentation mode (screen_present.cpp) over the whole window
    size_t slide = 0;         // its slide: 0 the overall score, then principles, then areas
    // Collecting a workshop (collect_actions.h): per member, where it came from (a file's name
    // or the saved entry's text) and a digest of the file's bytes (0 for saved ones); what
    // became of each file given since the notes were last cleared. Collected files stay in
    // memory only; they are not added to the saved list.
    std::vector<std::string> member_labels;
    std::vector<size_t> member_digests;
    std::vector<CollectNote> collect_notes;
    CodesPanel codes;  // the trainer's pasted codes (panel_codes.cpp)
};
