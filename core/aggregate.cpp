#include "aggregate.h"

#include <algorithm>
#include <cmath>

#include "ids.h"

namespace spegeln {

DimensionStats describe(std::vector<double> values) {
    DimensionStats s;
    s.n = static_cast<int>(values.size());
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values) sum += v;
    double mean = sum / static_cast<double>(values.size());
    s.mean = mean;
    s.min = values.front();
    s.max = values.back();
    size_t mid = values.size() / 2;
    s.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    if (values.size() >= 2) {
        double sq = 0;
        for (double v : values) sq += (v - mean) * (v - mean);
        s.sd = std::sqrt(sq / static_cast<double>(values.size() - 1));
    }
    return s;
}

AggregateReport aggregate_scores(const Instrument& in, const std::vector<const Assessment*>& assessments,
                                 const std::vector<ScoreReport>& reports) {
    AggregateReport out;
    out.instrument_id = in.id;
    out.respondents = static_cast<int>(reports.size());
    out.below_anonymity_threshold = out.respondents < kAnonymityThreshold;

    std::vector<double> values;
    values.reserve(reports.size());
    auto collect = [&](DimensionKind kind, const std::string& id, size_t index) {
        values.clear();
        for (const auto& r : reports) {
            const auto& dims = kind == DimensionKind::Principle ? r.principles : r.areas;
            if (index < dims.size() && dims[index].score) values.push_back(*dims[index].score);
        }
        DimensionStats s = describe(values);
        s.kind = kind;
        s.id = id;
        return s;
    };
    for (size_t p = 0; p < in.principles.size(); ++p)
        out.principles.push_back(collect(DimensionKind::Principle, in.principles[p].id, p));
    for (size_t k = 0; k < in.areas.size(); ++k)
        out.areas.push_back(collect(DimensionKind::Area, in.areas[k].id, k));
    values.clear();
    for (const auto& r : reports)
        if (r.overall) values.push_back(*r.overall);
    out.overall = describe(values);
    out.overall.id = kOverallId;

    out.items.reserve(in.items.size());
    for (const auto& item : in.items) {
        ItemDistribution d;
        d.item_id = item.id;
        d.level_counts.assign(static_cast<size_t>(in.scale_of(item).top()) + 1, 0);
        out.items.push_back(std::move(d));
    }
    // One assessment at a time, so its answers are looked up while they are in
    // the cache (item by item over 10 000 assessments was over three times slower).
    for (const Assessment* a : assessments) {
        for (size_t i = 0; i < in.items.size(); ++i) {
            ItemDistribution& d = out.items[i];
            const Answer* ans = a->find_answer(in.items[i].id);
            AnswerStatus st = ans ? ans->status : AnswerStatus::Unanswered;
            if (st == AnswerStatus::Level && ans->level >= 0 && static_cast<size_t>(ans->level) < d.level_counts.size())
                ++d.level_counts[static_cast<size_t>(ans->level)];
            else if (st == AnswerStatus::VetEj) ++d.vet_ej;
            else if (st == AnswerStatus::EjAktuellt) ++d.ej_aktuellt;
            else ++d.unanswered;
        }
    }
    return out;
}

AggregateReport aggregate(const Instrument& in, const std::vector<Assessment>& assessments) {
    std::vector<const Assessment*> ptrs;
    std::vector<ScoreReport> reports;
    ptrs.reserve(assessments.size());
    reports.reserve(assessments.size());
    for (const auto& a : assessments) {
        ptrs.push_back(&a);
        reports.push_back(score_assessment(in, a));
    }
    return aggregate_scores(in, ptrs, reports);
}

}  // namespace spegeln
