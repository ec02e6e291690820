// trend.h — one unit followed over time: a baseline and its follow-ups, possibly made on
// different versions of the instrument (VGR follows up yearly with 2026 as the baseline).
//
// Each round is scored on its own version (scoring.h); the principles and areas are the same in
// every version, so their scores line up round by round, each with its coverage. Between two
// rounds on different versions the items are compared through the newer version's mapping
// (version_compare.h), and each step says which items were compared and which were not.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "diagnostics.h"
#include "instrument.h"
#include "scoring.h"
#include "version_compare.h"

namespace spegeln {

// One round: an assessment and the instrument version it was made on.
struct TrendRound {
    const Instrument* instrument = nullptr;
    const Assessment* assessment = nullptr;
};

struct TrendPoint {
    std::optional<double> score;  // 0–100
    double coverage = 0.0;
    bool uncertain = false;
};

// A principle's or area's score in every round (points in round order), and the change from the
// first round with a score to the last one with a score.
struct TrendSeries {
    DimensionKind kind = DimensionKind::Principle;
    std::string id;
    std::vector<TrendPoint> points;
    std::optional<double> change;
};

// From one round to the next: on the same version every item the newer one asks is compared
// as itself; across versions through the mapping (`comparison`), or not at all when the newer
// version has no mapping from the older one (`mapped` false).
struct TrendStep {
    std::string from_version, to_version;
    bool same_version = true;
    bool mapped = true;
    std::vector<std::string> compared;      // item ids of the newer version compared with the round before
    std::vector<std::string> not_compared;  // item ids (of either version) that could not be
};

struct Trend {
    std::vector<std::string> dates;     // of the rounds, in order
    std::vector<std::string> versions;  // instrument version of each round
    TrendSeries overall;
    std::vector<TrendSeries> principles;  // in the newest round's instrument's order
    std::vector<TrendSeries> areas;
    std::vector<TrendStep> steps;  // rounds.size() − 1
};

// Rounds in date order (earliest first; sorts a copy). Warnings go to `diag`: another unit's
// name, another instrument id (that round is left out).
Trend trend_over_time(std::vector<TrendRound> rounds, Diagnostics& diag);

}  // namespace spegeln
