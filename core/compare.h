// compare.h — a unit's baseline and follow-up side by side.
//
// The strategies follow up yearly with 2026 as baseline; this gives the change
// per dimension (follow-up − baseline, in points on the 0–100 scale) where both
// scores exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "diagnostics.h"
#include "instrument.h"
#include "scoring.h"

namespace spegeln {

struct DimensionChange {
    DimensionKind kind = DimensionKind::Principle;
    std::string id;
    std::optional<double> baseline;
    std::optional<double> followup;
    std::optional<double> change;  // followup − baseline when both exist
};

struct Comparison {
    std::vector<DimensionChange> principles;
    std::vector<DimensionChange> areas;
    DimensionChange overall;
};

// Warnings when two assessments may not be a baseline and its follow-up: a
// different unit name, a follow-up dated before the baseline. Also used by
// compare_versions (version_compare.h).
void warn_unlike_pair(const Assessment& baseline, const Assessment& followup, Diagnostics& diag);

// Warnings (warn_unlike_pair) go to `diag`.
Comparison compare(const Instrument& instrument, const Assessment& baseline, const Assessment& followup,
                   Diagnostics& diag);

}  // namespace spegeln
