// One unit over time (trend.h).
#include "trend.h"

#include <algorithm>
#include <set>

namespace spegeln {
namespace {

std::optional<double> change_of(const std::vector<TrendPoint>& points) {
    const TrendPoint* first = nullptr;
    const TrendPoint* last = nullptr;
    for (const auto& p : points)
        if (p.score) {
            if (!first) first = &p;
            last = &p;
        }
    if (!first || first == last) return std::nullopt;
    return *last->score - *first->score;
}

TrendPoint point_of(const DimensionScore* d) {
    TrendPoint p;
    if (!d) return p;
    p.score = d->score;
    p.coverage = d->coverage;
    p.uncertain = d->uncertain;
    return p;
}

TrendStep step_between(const TrendRound& older, const TrendRound& newer) {
    TrendStep s;
    s.from_version = older.instrument->version;
    s.to_version = newer.instrument->version;
    s.same_version = s.from_version == s.to_version;
    if (s.same_version) {
        for (const auto& item : newer.instrument->items)
            if (item.applies_to(newer.assessment->unit_kind)) s.compared.push_back(item.id);
        return s;
    }
    Diagnostics ignored;  // the step itself says what could not be compared
    auto c = compare_versions(*older.instrument, *older.assessment, *newer.instrument, *newer.assessment, ignored);
    if (!c) {
        s.mapped = false;
        for (const auto& item : newer.instrument->items) s.not_compared.push_back(item.id);
        return s;
    }
    for (const auto& m : c->compared) s.compared.insert(s.compared.end(), m.to.begin(), m.to.end());
    for (const auto& m : c->not_compared) {
        s.not_compared.insert(s.not_compared.end(), m.from.begin(), m.from.end());
        s.not_compared.insert(s.not_compared.end(), m.to.begin(), m.to.end());
    }
    return s;
}

}  // namespace

Trend trend_over_time(std::vector<TrendRound> rounds, Diagnostics& diag) {
    Trend t;
    rounds.erase(std::remove_if(rounds.begin(), rounds.end(),
                                [](const TrendRound& r) { return !r.instrument || !r.assessment; }),
                 rounds.end());
    if (rounds.empty()) return t;
    std::stable_sort(rounds.begin(), rounds.end(),
                     [](const TrendRound& a, const TrendRound& b) { return a.assessment->date < b.assessment->date; });
    const std::string id = rounds.front().instrument->id;
    const std::string unit = rounds.front().assessment->unit_name;
    std::vector<TrendRound> kept;
    for (size_t i = 0; i < rounds.size(); ++i) {
        const TrendRound& r = rounds[i];
        if (r.instrument->id != id) {
            diag.warning(path_index("rounds", i), "diag.instrument.other",
                         {quote_for_message(r.instrument->id), quote_for_message(id)});
            continue;
        }
        if (r.assessment->unit_name != unit)
            diag.warning(path_index("rounds", i), "diag.compare.other_unit",
                         {quote_for_message(unit), quote_for_message(r.assessment->unit_name)});
        kept.push_back(r);
    }
    const Instrument& newest = *kept.back().instrument;
    std::vector<ScoreReport> reports;
    for (const auto& r : kept) {
        reports.push_back(score_assessment(*r.instrument, *r.assessment));
        t.dates.push_back(r.assessment->date);
        t.versions.push_back(r.instrument->version);
    }
    t.overall.id = "overall";
    for (const auto& rep : reports) {
        TrendPoint p;
        p.score = rep.overall;
        t.overall.points.push_back(p);
    }
    t.overall.change = change_of(t.overall.points);
    for (const auto& p : newest.principles) {
        TrendSeries s{DimensionKind::Principle, p.id, {}, std::nullopt};
        for (const auto& rep : reports) s.points.push_back(point_of(rep.find_principle(p.id)));
        s.change = change_of(s.points);
        t.principles.push_back(std::move(s));
    }
    for (const auto& a : newest.areas) {
        TrendSeries s{DimensionKind::Area, a.id, {}, std::nullopt};
        for (const auto& rep : reports) s.points.push_back(point_of(rep.find_area(a.id)));
        s.change = change_of(s.points);
        t.areas.push_back(std::move(s));
    }
    for (size_t i = 1; i < kept.size(); ++i) t.steps.push_back(step_between(kept[i - 1], kept[i]));
    return t;
}

}  // namespace spegeln
