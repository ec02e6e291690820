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
    s.values = std::move(values);
    return s;
}

ItemSpread item_spread(const ItemDistribution& d) {
    ItemSpread s;
    s.item_id = d.item_id;
    s.vet_ej = d.vet_ej;
    s.ej_aktuellt = d.ej_aktuellt;
    s.unanswered = d.unanswered;
    const size_t levels = d.level_counts.size();
    double sum = 0.0;
    for (size_t level = 0; level < levels; ++level) {
        const int count = d.level_counts[level];
        if (count <= 0) continue;
        s.answered += count;
        sum += count * static_cast<double>(level);
        if (!s.lowest) s.lowest = static_cast<int>(level);
        s.highest = static_cast<int>(level);
    }
    if (s.answered < 2 || levels < 2) return s;
    // In units of the scale (0–1) so that items on scales of different length compare; population
    // sd because these respondents are the whole group, not a sample of a larger one.
    const double top = static_cast<double>(levels - 1);
    const double mean = sum / s.answered / top;
    double ss = 0.0;
    for (size_t level = 0; level < levels; ++level) {
        const double dv = static_cast<double>(level) / top - mean;
        ss += d.level_counts[level] * dv * dv;
    }
    // The largest possible sd of values in [0, 1] is 0.5 (half at each end), hence × 2.
    s.spread = std::min(1.0, 2.0 * std::sqrt(ss / s.answered));
    return s;
}

std::vector<ItemSpread> rank_by_spread(const std::vector<ItemDistribution>& items) {
    std::vector<ItemSpread> out;
    out.reserve(items.size());
    for (const auto& d : items) out.push_back(item_spread(d));
    // Spreads compared in steps of 1e-9, so that the same spread reached by different sums is equal
    // (a strict weak order, unlike a tolerance); stable, so the instrument's order decides the rest.
    auto key = [](const ItemSpread& s) { return s.spread ? std::llround(*s.spread * 1e9) : -1LL; };
    std::stable_sort(out.begin(), out.end(), [&](const ItemSpread& x, const ItemSpread& y) {
        const long long kx = key(x), ky = key(y);
        if (kx != ky) return kx > ky;
        return x.spread && x.answered > y.answered;
    });
    return out;
}

namespace {

AggregateReport empty_report(const Instrument& in, size_t respondents) {
    AggregateReport out;
    out.instrument_id = in.id;
    out.respondents = static_cast<int>(respondents);
    out.below_anonymity_threshold = out.respondents < kAnonymityThreshold;
    out.items.reserve(in.items.size());
    for (const auto& item : in.items) {
        ItemDistribution d;
        d.item_id = item.id;
        d.level_counts.assign(static_cast<size_t>(in.scale_of(item).top()) + 1, 0);
        out.items.push_back(std::move(d));
    }
    return out;
}

// One assessment's answers (as match_answers gives them) counted into the distributions.
void count_answers(std::vector<ItemDistribution>& items, const Answer* const* answers) {
    for (size_t i = 0; i < items.size(); ++i) {
        ItemDistribution& d = items[i];
        const Answer* ans = answers[i];
        AnswerStatus st = ans ? ans->status : AnswerStatus::Unanswered;
        if (st == AnswerStatus::Level && ans->level >= 0 && static_cast<size_t>(ans->level) < d.level_counts.size())
            ++d.level_counts[static_cast<size_t>(ans->level)];
        else if (st == AnswerStatus::VetEj)
            ++d.vet_ej;
        else if (st == AnswerStatus::EjAktuellt)
            ++d.ej_aktuellt;
        else
            ++d.unanswered;
    }
}

DimensionStats stats(DimensionKind kind, const std::string& id, std::vector<double> values) {
    DimensionStats s = describe(std::move(values));
    s.kind = kind;
    s.id = id;
    return s;
}

}  // namespace

AggregateReport aggregate_scores(const Instrument& in, const std::vector<const Assessment*>& assessments,
                                 const std::vector<ScoreReport>& reports) {
    AggregateReport out = empty_report(in, reports.size());
    std::vector<double> values;
    values.reserve(reports.size());
    auto collect = [&](DimensionKind kind, const std::string& id, size_t index) {
        values.clear();
        for (const auto& r : reports) {
            const auto& dims = kind == DimensionKind::Principle ? r.principles : r.areas;
            if (index < dims.size() && dims[index].score) values.push_back(*dims[index].score);
        }
        return stats(kind, id, values);
    };
    for (size_t p = 0; p < in.principles.size(); ++p)
        out.principles.push_back(collect(DimensionKind::Principle, in.principles[p].id, p));
    for (size_t k = 0; k < in.areas.size(); ++k) out.areas.push_back(collect(DimensionKind::Area, in.areas[k].id, k));
    values.clear();
    for (const auto& r : reports)
        if (r.overall) values.push_back(*r.overall);
    out.overall = describe(values);
    out.overall.id = kOverallId;

    // One assessment at a time, so its answers are read while they are in the cache (item by item
    // over 10 000 assessments was over three times slower), matched to the items in one ordered walk.
    CompiledInstrument c = compile_instrument(in);
    std::vector<const Answer*> answers;
    for (const Assessment* a : assessments) {
        match_answers(c, *a, answers);
        count_answers(out.items, answers.data());
    }
    out.spread = rank_by_spread(out.items);
    return out;
}

// Scores and counts in one pass over each assessment, without a ScoreReport per assessment: only
// the scores are kept, a column per dimension (docs/performance.md has the figures).
AggregatedView aggregate_view(const Instrument& in, const std::vector<Assessment>& assessments, View view) {
    AggregatedView out;
    std::vector<std::vector<double>> columns(view.targets.size());
    std::vector<double> overall;
    for (const auto& a : assessments) {
        ViewReport r = score_view(in, a, view);
        for (size_t t = 0; t < r.targets.size() && t < columns.size(); ++t)
            if (r.targets[t].score) columns[t].push_back(*r.targets[t].score);
        if (r.overall) overall.push_back(*r.overall);
    }
    for (size_t t = 0; t < view.targets.size(); ++t) {
        DimensionStats s = describe(std::move(columns[t]));
        s.id = view.targets[t].id;
        out.targets.push_back(std::move(s));
    }
    out.overall = describe(std::move(overall));
    out.overall.id = kOverallId;
    out.view = std::move(view);
    return out;
}

AggregateReport aggregate(const Instrument& in, const std::vector<Assessment>& assessments) {
    AggregateReport out = empty_report(in, assessments.size());
    CompiledInstrument c = compile_instrument(in);
    const size_t dims = c.dimension_count();
    std::vector<std::vector<double>> columns(dims + 1);  // the last: the overall score
    for (auto& col : columns) col.reserve(assessments.size());
    std::vector<const Answer*> answers;
    std::vector<std::optional<double>> scores(dims);
    std::optional<double> overall;
    for (const auto& a : assessments) {
        match_answers(c, a, answers);
        score_dimensions(c, answers.data(), scores.data(), overall, unit_kind_mask(c, a.unit_kind));
        for (size_t d = 0; d < dims; ++d)
            if (scores[d]) columns[d].push_back(*scores[d]);
        if (overall) columns[dims].push_back(*overall);
        count_answers(out.items, answers.data());
    }
    out.principles.reserve(in.principles.size());
    for (size_t p = 0; p < in.principles.size(); ++p)
        out.principles.push_back(stats(DimensionKind::Principle, in.principles[p].id, std::move(columns[p])));
    out.areas.reserve(in.areas.size());
    for (size_t k = 0; k < in.areas.size(); ++k)
        out.areas.push_back(stats(DimensionKind::Area, in.areas[k].id, std::move(columns[c.principle_count + k])));
    out.overall = describe(std::move(columns[dims]));
    out.overall.id = kOverallId;
    out.spread = rank_by_spread(out.items);
    return out;
}

}  // namespace spegeln
