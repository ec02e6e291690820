// scoring.h — the scoring rules, exactly as docs/scoring.md states them for users.
//
//  * An answer at level L on a scale whose top level is K has the value L/K.
//  * A dimension's score (a principle's or an area's) is
//      100 × Σ(w·value) / Σ(w)
//    over the items mapped to it that have a level; w is the item's weight for
//    that principle (1 for its area).
//  * "Vet ej" and unanswered items are missing; "ej aktuellt" items are left out
//    of the dimension altogether.
//  * coverage = Σw(items with a level) / Σw(items not "ej aktuellt"); 0 when
//    every item is "ej aktuellt". A score with coverage below 0.5 is uncertain.
//    A dimension where no item has a level has no score (never 0), and the
//    uncertain flag is only set on a score that exists.
//  * Items that do not apply to the assessment's unit kind (Item::applies_to) are
//    left out of every dimension, as if the instrument did not have them.
//  * The overall score is the mean of the principle scores that exist; it is
//    incomplete when any principle has none.
// Full precision is kept; rounding to one decimal happens only when shown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "compiled_instrument.h"
#include "instrument.h"

namespace spegeln {

inline constexpr double kUncertainCoverage = 0.5;

struct AnswerCounts {
    int answered = 0;  // items with a level
    int vet_ej = 0;
    int ej_aktuellt = 0;
    int unanswered = 0;
};

enum class DimensionKind { Principle, Area };

struct DimensionScore {
    DimensionKind kind = DimensionKind::Principle;
    std::string id;
    std::optional<double> score;  // 0–100, nullopt when no mapped item has a level
    double coverage = 0.0;        // 0–1
    AnswerCounts counts;
    bool uncertain = false;  // score exists and coverage < 0.5
};

struct ItemResult {
    std::string item_id;
    bool applies = true;  // false: not for the assessment's unit kind, left out of every score
    AnswerStatus status = AnswerStatus::Unanswered;
    std::optional<double> value;  // L/K when answered with a level
};

struct ScoreReport {
    std::vector<DimensionScore> principles;  // in the instrument's order
    std::vector<DimensionScore> areas;       // in the instrument's order
    std::vector<ItemResult> items;           // in the instrument's order
    std::optional<double> overall;
    bool incomplete = false;  // some principle has no score
    std::string unit_kind;    // the assessment's, "" when it names none
    int excluded_items = 0;   // items left out because they do not apply to the unit kind

    const DimensionScore* find_principle(const std::string& id) const;
    const DimensionScore* find_area(const std::string& id) const;
    const ItemResult* find_item(const std::string& id) const;
};

// The value L/K of an answer on `scale`; nullopt unless it has a valid level.
std::optional<double> answer_value(const Answer& answer, const Scale& scale);

ScoreReport score_assessment(const Instrument& instrument, const Assessment& assessment);

// The same report, bit for bit, from an instrument compiled once (compiled_instrument.h): for
// scoring many assessments of one instrument.
ScoreReport score_assessment(const CompiledInstrument& compiled, const Assessment& assessment);

// Only the numbers an aggregate needs, without building a report or allocating: scores[d] for each
// dimension (principles, then areas, as CompiledInstrument numbers them; nullopt where none exists)
// and the overall score, the same to the bit as score_assessment's. `answers` as match_answers gives
// them; `scores` has room for compiled.dimension_count().
// Items that do not apply to the unit kind of `unit_kind_mask` (compiled_instrument.h) are left out.
void score_dimensions(const CompiledInstrument& compiled, const Answer* const* answers, std::optional<double>* scores,
                      std::optional<double>& overall, uint32_t unit_kind_mask = 0);

// Items with a level below the top of their scale, lowest value first (ties: the larger sum of principle
// weights first, then instrument order): where the unit has most to gain.
// At most `limit` items.
std::vector<const Item*> lowest_items(const Instrument& instrument, const ScoreReport& report, size_t limit);

}  // namespace spegeln
