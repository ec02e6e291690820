// Aggregation of several assessments (docs/scoring.md, "Flera bedömningar"):
// descriptive statistics computed by hand, dimensions that only some
// respondents have, item distributions and the anonymity threshold.
#include <cmath>

#include "aggregate.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

const DimensionStats& stats(const std::vector<DimensionStats>& v, const std::string& id) {
    for (const auto& s : v)
        if (s.id == id) return s;
    ADD_FAILURE() << "no dimension " << id;
    static const DimensionStats none;
    return none;
}

const ItemDistribution& dist(const AggregateReport& r, const std::string& id) {
    for (const auto& d : r.items)
        if (d.item_id == id) return d;
    ADD_FAILURE() << "no item " << id;
    static const ItemDistribution none;
    return none;
}

// Three respondents of the mini instrument; the scores they give are worked
// out by hand in the tests below.
std::vector<Assessment> three_respondents(const Instrument& in) {
    Assessment a = blank(in), b = blank(in), c = blank(in);
    set_level(a, "i1", 4);
    set_level(a, "i2", 2);
    set_level(a, "i3", 2);
    set_level(a, "i5", 4);
    set_level(a, "i6", 4);  // i4 unanswered
    set_level(b, "i1", 0);
    set_level(b, "i2", 0);
    set_level(b, "i3", 0);
    set_level(b, "i5", 2);
    set_level(b, "i6", 1);  // i4 unanswered
    set_level(c, "i1", 2);
    set_status(c, "i2", AnswerStatus::EjAktuellt);
    set_level(c, "i3", 1);
    set_level(c, "i4", 1);
    set_status(c, "i5", AnswerStatus::VetEj);  // i6 unanswered: c has no p4 score
    return {a, b, c};
}

}  // namespace

TEST(Describe, OddCountMedianIsTheMiddleValueAndSdUsesNMinusOne) {
    DimensionStats s = describe({10, 60, 20});
    EXPECT_EQ(s.n, 3);
    EXPECT_DOUBLE_EQ(*s.mean, 30.0);
    EXPECT_DOUBLE_EQ(*s.median, 20.0);
    EXPECT_DOUBLE_EQ(*s.min, 10.0);
    EXPECT_DOUBLE_EQ(*s.max, 60.0);
    // ((10−30)² + (60−30)² + (20−30)²) / (3 − 1) = 1400 / 2 = 700
    EXPECT_NEAR(*s.sd, std::sqrt(700.0), 1e-12);
}

TEST(Describe, EvenCountMedianIsTheMeanOfTheTwoMiddleValues) {
    DimensionStats s = describe({40, 10, 30, 20});
    EXPECT_DOUBLE_EQ(*s.median, 25.0);
    EXPECT_DOUBLE_EQ(*s.mean, 25.0);
    // (225 + 25 + 25 + 225) / 3
    EXPECT_NEAR(*s.sd, std::sqrt(500.0 / 3.0), 1e-12);
}

TEST(Describe, OneValueHasNoStandardDeviation) {
    DimensionStats s = describe({42.5});
    EXPECT_EQ(s.n, 1);
    EXPECT_DOUBLE_EQ(*s.mean, 42.5);
    EXPECT_DOUBLE_EQ(*s.median, 42.5);
    EXPECT_DOUBLE_EQ(*s.min, 42.5);
    EXPECT_DOUBLE_EQ(*s.max, 42.5);
    EXPECT_FALSE(s.sd.has_value()) << "sd needs n ≥ 2, never 0 for one value";
}

TEST(Describe, NoValuesHaveNoStatisticsAtAll) {
    DimensionStats s = describe({});
    EXPECT_EQ(s.n, 0);
    EXPECT_FALSE(s.mean || s.median || s.min || s.max || s.sd);
}

TEST(Describe, EqualValuesHaveZeroSd) {
    DimensionStats s = describe({55.5, 55.5});
    ASSERT_TRUE(s.sd.has_value());
    EXPECT_EQ(*s.sd, 0.0);
}

TEST(Aggregate, AreaStatisticsByHand) {
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, three_respondents(in));
    // a1 = i1, i2, i3 with weight 1: a = (1 + 0,5 + 1)/3, b = 0, c = (0,5 + 0,5)/2 (i2 ej aktuellt).
    const double a = 100.0 * 2.5 / 3.0, b = 0.0, c = 50.0;
    const double mean = (a + b + c) / 3.0;
    const DimensionStats& s = stats(r.areas, "a1");
    EXPECT_EQ(s.n, 3);
    EXPECT_NEAR(*s.mean, mean, 1e-9);
    EXPECT_NEAR(*s.median, c, 1e-9);
    EXPECT_NEAR(*s.min, b, 1e-9);
    EXPECT_NEAR(*s.max, a, 1e-9);
    double sq = (a - mean) * (a - mean) + (b - mean) * (b - mean) + (c - mean) * (c - mean);
    EXPECT_NEAR(*s.sd, std::sqrt(sq / 2.0), 1e-9);
}

TEST(Aggregate, DimensionMissingInSomeRespondentsCountsOnlyThoseWithAScore) {
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, three_respondents(in));
    // p4 = i5 (w1) and i6 (w2): a = (1 + 2·1)/3 = 100, b = (0,5 + 2·0,25)/3 = 33,3…, c has none.
    const double a = 100.0, b = 100.0 / 3.0;
    const DimensionStats& s = stats(r.principles, "p4");
    EXPECT_EQ(r.respondents, 3);
    EXPECT_EQ(s.n, 2);
    EXPECT_NEAR(*s.mean, (a + b) / 2, 1e-9);
    EXPECT_NEAR(*s.median, (a + b) / 2, 1e-9);
    EXPECT_NEAR(*s.min, b, 1e-9);
    EXPECT_NEAR(*s.max, a, 1e-9);
    EXPECT_NEAR(*s.sd, (a - b) / std::sqrt(2.0), 1e-9);  // two values: |a − b| / √2
}

TEST(Aggregate, OverallIsDescribedOverEachRespondentsOverall) {
    Instrument in = mini_instrument();
    auto all = three_respondents(in);
    AggregateReport r = aggregate(in, all);
    std::vector<double> overall;
    for (const auto& x : all) overall.push_back(*score_assessment(in, x).overall);
    EXPECT_EQ(r.overall.id, "overall");
    EXPECT_EQ(r.overall.n, 3);
    EXPECT_NEAR(*r.overall.mean, (overall[0] + overall[1] + overall[2]) / 3.0, 1e-9);
}

TEST(Aggregate, ItemDistributionsCountEveryAnswerOnce) {
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, three_respondents(in));
    ASSERT_EQ(r.items.size(), 6u);
    EXPECT_EQ(dist(r, "i1").level_counts, (std::vector<int>{1, 0, 1, 0, 1}));
    EXPECT_EQ(dist(r, "i2").level_counts, (std::vector<int>{1, 0, 1, 0, 0}));
    EXPECT_EQ(dist(r, "i2").ej_aktuellt, 1);
    EXPECT_EQ(dist(r, "i3").level_counts, (std::vector<int>{1, 1, 1})) << "a 0–2 scale has three levels";
    EXPECT_EQ(dist(r, "i4").level_counts, (std::vector<int>{0, 1, 0}));
    EXPECT_EQ(dist(r, "i4").unanswered, 2);
    EXPECT_EQ(dist(r, "i5").level_counts, (std::vector<int>{0, 0, 1, 0, 1}));
    EXPECT_EQ(dist(r, "i5").vet_ej, 1);
    EXPECT_EQ(dist(r, "i6").level_counts, (std::vector<int>{0, 1, 0, 0, 1}));
    EXPECT_EQ(dist(r, "i6").unanswered, 1);
    for (const auto& d : r.items) {
        int total = d.vet_ej + d.ej_aktuellt + d.unanswered;
        for (int n : d.level_counts) total += n;
        EXPECT_EQ(total, 3) << d.item_id;
    }
}

TEST(Aggregate, LevelOutsideTheScaleIsCountedAsUnansweredNotOutOfBounds) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i3", 9);  // the jdn scale stops at 2
    set_level(a, "i1", -1);
    AggregateReport r = aggregate(in, {a});
    EXPECT_EQ(dist(r, "i3").level_counts, (std::vector<int>{0, 0, 0}));
    EXPECT_EQ(dist(r, "i3").unanswered, 1);
    EXPECT_EQ(dist(r, "i1").unanswered, 1);
}

TEST(Aggregate, OneOrTwoRespondentsAreBelowTheAnonymityThresholdThreeAreNot) {
    Instrument in = mini_instrument();
    auto all = three_respondents(in);
    EXPECT_TRUE(aggregate(in, {}).below_anonymity_threshold);
    EXPECT_TRUE(aggregate(in, {all[0]}).below_anonymity_threshold);
    EXPECT_TRUE(aggregate(in, {all[0], all[1]}).below_anonymity_threshold);
    EXPECT_FALSE(aggregate(in, all).below_anonymity_threshold);
    EXPECT_EQ(kAnonymityThreshold, 3);
}

TEST(Aggregate, NoRespondentsGiveEmptyStatisticsNotZero) {
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, {});
    EXPECT_EQ(r.respondents, 0);
    for (const auto& s : r.principles) {
        EXPECT_EQ(s.n, 0);
        EXPECT_FALSE(s.mean.has_value());
    }
    EXPECT_FALSE(r.overall.mean.has_value());
}

TEST(Aggregate, FromPrecomputedScoresGivesTheSameReport) {
    Instrument in = mini_instrument();
    auto all = three_respondents(in);
    std::vector<const Assessment*> ptrs;
    std::vector<ScoreReport> reports;
    for (const auto& a : all) {
        ptrs.push_back(&a);
        reports.push_back(score_assessment(in, a));
    }
    AggregateReport x = aggregate(in, all), y = aggregate_scores(in, ptrs, reports);
    ASSERT_EQ(x.principles.size(), y.principles.size());
    for (size_t i = 0; i < x.principles.size(); ++i) {
        EXPECT_EQ(x.principles[i].n, y.principles[i].n);
        EXPECT_EQ(x.principles[i].mean, y.principles[i].mean);
        EXPECT_EQ(x.principles[i].sd, y.principles[i].sd);
    }
    for (size_t i = 0; i < x.items.size(); ++i) EXPECT_EQ(x.items[i].level_counts, y.items[i].level_counts);
}

// ---- Disagreement per item (docs/scoring.md, "Oenighet per fråga") ----

namespace {

ItemDistribution counts(const std::string& id, std::vector<int> levels, int vet_ej = 0, int ej_aktuellt = 0,
                        int unanswered = 0) {
    ItemDistribution d;
    d.item_id = id;
    d.level_counts = std::move(levels);
    d.vet_ej = vet_ej;
    d.ej_aktuellt = ej_aktuellt;
    d.unanswered = unanswered;
    return d;
}

std::vector<std::string> order(const std::vector<ItemSpread>& v) {
    std::vector<std::string> ids;
    for (const auto& s : v) ids.push_back(s.item_id);
    return ids;
}

}  // namespace

TEST(ItemSpread, EveryoneOnOneLevelIsZero) {
    ItemSpread s = item_spread(counts("x", {0, 0, 5, 0, 0}));
    ASSERT_TRUE(s.spread.has_value());
    EXPECT_DOUBLE_EQ(*s.spread, 0.0);
    EXPECT_EQ(s.answered, 5);
    EXPECT_EQ(*s.lowest, 2);
    EXPECT_EQ(*s.highest, 2);
}

TEST(ItemSpread, HalfAtEachEndIsOneOnAnyScaleLength) {
    EXPECT_DOUBLE_EQ(*item_spread(counts("x", {3, 0, 0, 0, 3})).spread, 1.0);
    EXPECT_DOUBLE_EQ(*item_spread(counts("y", {1, 0, 1})).spread, 1.0);
    EXPECT_DOUBLE_EQ(*item_spread(counts("z", {2, 2})).spread, 1.0);
}

TEST(ItemSpread, ByHandOnAFivePointScale) {
    // Levels 1 and 4 of 0–4: values 0,25 and 1; mean 0,625; population sd 0,375; × 2 = 0,75.
    ItemSpread s = item_spread(counts("x", {0, 1, 0, 0, 1}, 0, 0, 1));
    EXPECT_NEAR(*s.spread, 0.75, 1e-12);
    EXPECT_EQ(s.answered, 2);
    EXPECT_EQ(s.unanswered, 1);
    EXPECT_EQ(*s.lowest, 1);
    EXPECT_EQ(*s.highest, 4);
    // Levels 0, 2 and 4: values 0, 0,5, 1; variance (0,25 + 0 + 0,25) / 3; × 2 = 2·√(1/6).
    EXPECT_NEAR(*item_spread(counts("y", {1, 0, 1, 0, 1})).spread, 2.0 * std::sqrt(1.0 / 6.0), 1e-12);
}

TEST(ItemSpread, VetEjEjAktuelltAndUnansweredAreCountedButNeverMoveTheMeasure) {
    ItemSpread plain = item_spread(counts("x", {1, 0, 2, 0, 0}));
    ItemSpread mixed = item_spread(counts("x", {1, 0, 2, 0, 0}, 4, 3, 2));
    EXPECT_EQ(*plain.spread, *mixed.spread);
    EXPECT_EQ(mixed.answered, 3);
    EXPECT_EQ(mixed.vet_ej, 4);
    EXPECT_EQ(mixed.ej_aktuellt, 3);
    EXPECT_EQ(mixed.unanswered, 2);
}

TEST(ItemSpread, FewerThanTwoLevelsChosenHaveNoSpreadNotZero) {
    ItemSpread one = item_spread(counts("x", {0, 1, 0}, 5));
    EXPECT_FALSE(one.spread.has_value());
    EXPECT_EQ(one.answered, 1);
    EXPECT_EQ(*one.lowest, 1);
    ItemSpread none = item_spread(counts("y", {0, 0, 0}, 2, 1));
    EXPECT_FALSE(none.spread.has_value());
    EXPECT_FALSE(none.lowest.has_value());
}

TEST(ItemSpread, RankedLargestFirstEqualSpreadsInInstrumentOrderNoneLast) {
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, three_respondents(in));
    // i1 (0,2,4 of 0–4) and i3 (0,1,2 of 0–2) both 2·√(1/6) with three answers: instrument order.
    // i6 0,75; i2 and i5 0,5 with two answers each; i4 has one level only.
    EXPECT_EQ(order(r.spread), (std::vector<std::string>{"i1", "i3", "i6", "i2", "i5", "i4"}));
    EXPECT_NEAR(*r.spread[0].spread, 2.0 * std::sqrt(1.0 / 6.0), 1e-12);
    EXPECT_NEAR(*r.spread[2].spread, 0.75, 1e-12);
    EXPECT_EQ(r.spread[3].ej_aktuellt, 1);
    EXPECT_EQ(r.spread[4].vet_ej, 1);
    EXPECT_FALSE(r.spread[5].spread.has_value());
}

TEST(ItemSpread, OnEqualSpreadMoreRespondentsWithALevelComeFirst) {
    std::vector<ItemDistribution> items = {counts("few", {1, 0, 1}), counts("none", {0, 0, 0}, 3),
                                           counts("many", {3, 0, 3}), counts("less", {1, 1, 0})};
    EXPECT_EQ(order(rank_by_spread(items)), (std::vector<std::string>{"many", "few", "less", "none"}));
}

TEST(ItemSpread, PrecomputedScoresGiveTheSameRanking) {
    Instrument in = mini_instrument();
    auto all = three_respondents(in);
    std::vector<const Assessment*> ptrs;
    std::vector<ScoreReport> reports;
    for (const auto& a : all) {
        ptrs.push_back(&a);
        reports.push_back(score_assessment(in, a));
    }
    EXPECT_EQ(order(aggregate(in, all).spread), order(aggregate_scores(in, ptrs, reports).spread));
}

TEST(Aggregate, EachRespondentsScoreIsKeptAscendingWithoutNames) {
    DimensionStats s = describe({60, 10, 35});
    EXPECT_EQ(s.values, (std::vector<double>{10, 35, 60}));
    Instrument in = mini_instrument();
    AggregateReport r = aggregate(in, three_respondents(in));
    for (const auto& d : r.principles) {
        EXPECT_EQ(static_cast<int>(d.values.size()), d.n) << d.id;
        if (!d.values.empty()) {
            EXPECT_EQ(d.values.front(), *d.min);
            EXPECT_EQ(d.values.back(), *d.max);
        }
    }
}
