// score_accumulator.h — the running sums of one dimension's score (the rules of scoring.h).
// Internal to the core: shared by scoring.cpp and views.cpp, so every view scores by the same code.
#pragma once

#include <optional>
#include <string>

#include "scoring.h"

namespace spegeln {

// Running sums for one dimension while the items are walked once.
struct Accumulator {
    double weighted_value = 0;     // Σ w·value over items with a level
    double answered_weight = 0;    // Σ w over items with a level
    double applicable_weight = 0;  // Σ w over items not "ej aktuellt"
    AnswerCounts counts;

    void add(double w, AnswerStatus status, const std::optional<double>& value) {
        switch (status) {
            case AnswerStatus::Level:
                if (value) {
                    weighted_value += w * *value;
                    answered_weight += w;
                    applicable_weight += w;
                    ++counts.answered;
                } else {  // a level outside the scale: treated as unanswered
                    applicable_weight += w;
                    ++counts.unanswered;
                }
                break;
            case AnswerStatus::VetEj:
                applicable_weight += w;
                ++counts.vet_ej;
                break;
            case AnswerStatus::EjAktuellt:
                ++counts.ej_aktuellt;
                break;
            case AnswerStatus::Unanswered:
                applicable_weight += w;
                ++counts.unanswered;
                break;
        }
    }

    double coverage() const { return applicable_weight > 0 ? answered_weight / applicable_weight : 0.0; }

    std::optional<double> score() const {
        // Divide before scaling: the ratio is at most 1, while 100 × Σ(w·value)
        // could overflow for weights no validated instrument has (kMaxWeight).
        if (answered_weight > 0) return 100.0 * (weighted_value / answered_weight);
        return std::nullopt;
    }

    DimensionScore result(DimensionKind kind, const std::string& id) const {
        DimensionScore d;
        d.kind = kind;
        d.id = id;
        d.counts = counts;
        d.coverage = coverage();
        d.score = score();
        if (d.score) d.uncertain = d.coverage < kUncertainCoverage;
        return d;
    }
};

}  // namespace spegeln
