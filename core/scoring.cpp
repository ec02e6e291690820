#include "scoring.h"

#include <algorithm>

namespace spegeln {
namespace {

// Running sums for one dimension while the items are walked once.
struct Accumulator {
    double weighted_value = 0;  // Σ w·value over items with a level
    double answered_weight = 0; // Σ w over items with a level
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

    DimensionScore result(DimensionKind kind, const std::string& id) const {
        DimensionScore d;
        d.kind = kind;
        d.id = id;
        d.counts = counts;
        d.coverage = applicable_weight > 0 ? answered_weight / applicable_weight : 0.0;
        if (answered_weight > 0) {
            // Divide before scaling: the ratio is at most 1, while 100 × Σ(w·value)
            // could overflow for weights no validated instrument has (kMaxWeight).
            d.score = 100.0 * (weighted_value / answered_weight);
            d.uncertain = d.coverage < kUncertainCoverage;
        }
        return d;
    }
};

}  // namespace

std::optional<double> answer_value(const Answer& answer, const Scale& scale) {
    if (!answer.has_level()) return std::nullopt;
    int top = scale.top();
    if (top <= 0 || answer.level < 0 || answer.level > top) return std::nullopt;
    return static_cast<double>(answer.level) / top;
}

ScoreReport score_assessment(const Instrument& in, const Assessment& a) {
    std::vector<Accumulator> principles(in.principles.size()), areas(in.areas.size());
    ScoreReport report;
    report.items.reserve(in.items.size());
    for (const auto& item : in.items) {
        ItemResult r;
        r.item_id = item.id;
        if (const Answer* ans = a.find_answer(item.id)) {
            r.status = ans->status;
            r.value = answer_value(*ans, in.scale_of(item));
        }
        for (size_t p = 0; p < in.principles.size(); ++p) {
            double w = item.weight_for(in.principles[p].id);
            if (w > 0) principles[p].add(w, r.status, r.value);
        }
        for (size_t k = 0; k < in.areas.size(); ++k)
            if (in.areas[k].id == item.area) areas[k].add(1.0, r.status, r.value);
        report.items.push_back(std::move(r));
    }
    double sum = 0;
    int n = 0;
    for (size_t p = 0; p < in.principles.size(); ++p) {
        report.principles.push_back(principles[p].result(DimensionKind::Principle, in.principles[p].id));
        if (report.principles.back().score) {
            sum += *report.principles.back().score;
            ++n;
        } else {
            report.incomplete = true;
        }
    }
    for (size_t k = 0; k < in.areas.size(); ++k)
        report.areas.push_back(areas[k].result(DimensionKind::Area, in.areas[k].id));
    if (n > 0) report.overall = sum / n;
    return report;
}

const DimensionScore* ScoreReport::find_principle(const std::string& id) const {
    for (const auto& d : principles)
        if (d.id == id) return &d;
    return nullptr;
}

const DimensionScore* ScoreReport::find_area(const std::string& id) const {
    for (const auto& d : areas)
        if (d.id == id) return &d;
    return nullptr;
}

const ItemResult* ScoreReport::find_item(const std::string& id) const {
    for (const auto& r : items)
        if (r.item_id == id) return &r;
    return nullptr;
}

std::vector<const Item*> lowest_items(const Instrument& in, const ScoreReport& report, size_t limit) {
    struct Candidate {
        const Item* item;
        double value;
        double weight;
        size_t order;
    };
    std::vector<Candidate> c;
    for (size_t i = 0; i < in.items.size() && i < report.items.size(); ++i) {
        // Items already at the top of their scale have nothing left to gain.
        if (!report.items[i].value || *report.items[i].value >= 1.0) continue;
        double w = 0;
        for (const auto& pw : in.items[i].principles) w += pw.weight;
        c.push_back({&in.items[i], *report.items[i].value, w, i});
    }
    // Lowest value first; among equals the item that weighs most in the
    // principles first (raising it moves the scores most), then instrument order.
    std::stable_sort(c.begin(), c.end(), [](const Candidate& x, const Candidate& y) {
        if (x.value != y.value) return x.value < y.value;
        if (x.weight != y.weight) return x.weight > y.weight;
        return x.order < y.order;
    });
    std::vector<const Item*> out;
    for (size_t i = 0; i < c.size() && i < limit; ++i) out.push_back(c[i].item);
    return out;
}

}  // namespace spegeln
