// aggregate.h — several assessments of the same instrument taken together.
//
// Used for a workshop (many participants assess one case) and for several
// respondents from one unit. Per dimension: how many respondents have a score,
// and the mean, median, min, max and sample standard deviation of their scores.
// Per item: how the answers were distributed. A group of fewer than three
// respondents is marked as below the anonymity threshold, because with one or two
// people anyone can work out who answered what.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "instrument.h"
#include "scoring.h"
#include "views.h"

namespace spegeln {

inline constexpr int kAnonymityThreshold = 3;

struct DimensionStats {
    DimensionKind kind = DimensionKind::Principle;
    std::string id;
    int n = 0;  // respondents whose score for this dimension exists
    std::optional<double> mean, median, min, max;
    std::optional<double> sd;    // sample standard deviation (n − 1); needs n ≥ 2
    std::vector<double> values;  // the n scores, ascending: one dot per respondent, with no name attached
};

struct ItemDistribution {
    std::string item_id;
    std::vector<int> level_counts;  // index = level
    int vet_ej = 0;
    int ej_aktuellt = 0;
    int unanswered = 0;
};

// How far apart the respondents' answers to one item are (docs/scoring.md, "Oenighet").
// Only answers with a level count: vet ej, ej aktuellt and unanswered say nothing about where on
// the scale someone stands, so they are reported beside the measure and never move it.
struct ItemSpread {
    std::string item_id;
    int answered = 0;  // respondents who chose a level
    int vet_ej = 0;
    int ej_aktuellt = 0;
    int unanswered = 0;
    // Twice the population standard deviation of level/top over those who chose a level: 0 when
    // all chose the same level, 1 when half chose the lowest and half the highest. Needs answered ≥ 2.
    std::optional<double> spread;
    std::optional<int> lowest, highest;  // the lowest and highest level chosen (answered ≥ 1)
};

// The item's spread from its distribution (the scale's top level = level_counts.size() − 1).
ItemSpread item_spread(const ItemDistribution& d);

// Every item ordered by disagreement: the largest spread first; equal spreads (within 1e-9) with
// more respondents who chose a level first, then in the instrument's order; items without a
// spread (fewer than two chose a level) last, in the instrument's order.
std::vector<ItemSpread> rank_by_spread(const std::vector<ItemDistribution>& items);

struct AggregateReport {
    std::string instrument_id;
    int respondents = 0;
    bool below_anonymity_threshold = false;
    std::vector<DimensionStats> principles;
    std::vector<DimensionStats> areas;
    DimensionStats overall;
    std::vector<ItemDistribution> items;  // in the instrument's order
    std::vector<ItemSpread> spread;       // the same items, rank_by_spread's order
};

// Descriptive statistics of `values` (any order). n = values.size().
DimensionStats describe(std::vector<double> values);

// All assessments must be of `instrument` (check_against_instrument beforehand).
AggregateReport aggregate(const Instrument& instrument, const std::vector<Assessment>& assessments);

// The same from scores already computed (the benchmark and the web app reuse them).
AggregateReport aggregate_scores(const Instrument& instrument, const std::vector<const Assessment*>& assessments,
                                 const std::vector<ScoreReport>& reports);

// The same assessments read against a view (views.h, `spegeln aggregate --view`): per target
// and for the view's overall score, the statistics of the respondents' score_view results.
struct AggregatedView {
    View view;
    DimensionStats overall;               // id kOverallId
    std::vector<DimensionStats> targets;  // in the view's order; id = the target's id
};
AggregatedView aggregate_view(const Instrument& instrument, const std::vector<Assessment>& assessments, View view);

}  // namespace spegeln
