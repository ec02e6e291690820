// version_compare.h — a baseline on one instrument version, a follow-up on a later one,
// compared through the later version's mapping (version_mapping.h, docs/scoring.md).
//
//  * "same" and "reworded": the item is compared with itself, value by value;
//  * "split" and "merged": the group is compared as a whole — on each side the mean of
//    the values (0–100) of its items that have a level — and marked as a group;
//  * "removed" and "new": listed as not compared.
// Items that do not apply to an assessment's unit kind count as missing on its side.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "diagnostics.h"
#include "instrument.h"

namespace spegeln {

// Checks a newer version's mapping from `older` against the older version's items: every one
// in exactly one "from", and no "from" naming an item the older version does not have.
// An error when `newer` has no mapping from `older.version`.
void check_version_mapping(const Instrument& newer, const Instrument& older, Diagnostics& diag);

struct MappedComparison {
    ChangeKind change = ChangeKind::Same;
    std::vector<std::string> from;   // items of the baseline's version
    std::vector<std::string> to;     // items of the follow-up's version
    bool group = false;              // split or merged: compared as a group
    std::optional<double> baseline;  // 0–100; nullopt when no item on that side has a level
    std::optional<double> followup;
    std::optional<double> change_points;  // followup − baseline when both exist
    LocalizedText reason;                 // for a removed item, when the instrument says why
};

struct VersionComparison {
    std::string instrument_id;
    std::string from_version;
    std::string to_version;
    std::vector<MappedComparison> compared;      // same, reworded, split, merged, in the mapping's order
    std::vector<MappedComparison> not_compared;  // removed, new
};

// nullopt (with an error) when `newer` declares no mapping from `older`'s version or the
// assessments are not made on these two instruments. Warnings as for compare() (another unit,
// dates out of order) go to `diag`.
std::optional<VersionComparison> compare_versions(const Instrument& older, const Assessment& baseline,
                                                  const Instrument& newer, const Assessment& followup,
                                                  Diagnostics& diag);

}  // namespace spegeln
