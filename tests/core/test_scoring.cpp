// The scoring rules of docs/scoring.md, one test per rule and edge case.
#include <cmath>

#include "scoring.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

const DimensionScore& principle(const ScoreReport& r, const std::string& id) {
    const DimensionScore* d = r.find_principle(id);
    EXPECT_NE(d, nullptr) << id;
    return *d;
}

const DimensionScore& area(const ScoreReport& r, const std::string& id) {
    const DimensionScore* d = r.find_area(id);
    EXPECT_NE(d, nullptr) << id;
    return *d;
}

}  // namespace

TEST(Scoring, AnswerValueIsLevelOverTopLevel) {
    Instrument in = mini_instrument();
    Answer a;
    a.status = AnswerStatus::Level;
    a.level = 3;
    EXPECT_DOUBLE_EQ(*answer_value(a, *in.find_scale("mognad")), 0.75);
    a.level = 1;
    EXPECT_DOUBLE_EQ(*answer_value(a, *in.find_scale("jdn")), 0.5);
    a.level = 5;  // outside 0–4
    EXPECT_FALSE(answer_value(a, *in.find_scale("mognad")).has_value());
    a.status = AnswerStatus::VetEj;
    EXPECT_FALSE(answer_value(a, *in.find_scale("mognad")).has_value());
}

TEST(Scoring, PrincipleScoreIsWeightedMeanOfAnsweredItems) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 3);  // p1 w1 → 0.75
    set_level(a, "i2", 1);  // p1 w2 → 0.25
    set_level(a, "i4", 2);  // p1 w0.5 → 1.0
    ScoreReport r = score_assessment(in, a);
    double expected = 100.0 * (1 * 0.75 + 2 * 0.25 + 0.5 * 1.0) / (1 + 2 + 0.5);
    EXPECT_NEAR(*principle(r, "p1").score, expected, 1e-12);
    EXPECT_DOUBLE_EQ(principle(r, "p1").coverage, 1.0);
    EXPECT_EQ(principle(r, "p1").counts.answered, 3);
}

TEST(Scoring, AreaScoreUsesWeightOneForEveryItem) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 4);  // 1.0
    set_level(a, "i2", 0);  // 0.0
    set_level(a, "i3", 1);  // 0.5
    ScoreReport r = score_assessment(in, a);
    EXPECT_NEAR(*area(r, "a1").score, 50.0, 1e-12);
}

TEST(Scoring, VetEjAndUnansweredAreMissingButCountInCoverage) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 4);                     // p2 w0.5
    set_status(a, "i3", AnswerStatus::VetEj);  // p2 w1
    ScoreReport r = score_assessment(in, a);
    const auto& p2 = principle(r, "p2");
    EXPECT_NEAR(*p2.score, 100.0, 1e-12);  // only i1 has a level
    EXPECT_NEAR(p2.coverage, 0.5 / 1.5, 1e-12);
    EXPECT_TRUE(p2.uncertain);
    EXPECT_EQ(p2.counts.vet_ej, 1);
    EXPECT_EQ(p2.counts.answered, 1);
}

TEST(Scoring, EjAktuelltIsLeftOutOfTheDimension) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 2);                          // p2: 0.5, w0.5
    set_status(a, "i3", AnswerStatus::EjAktuellt);  // p2: out
    ScoreReport r = score_assessment(in, a);
    const auto& p2 = principle(r, "p2");
    EXPECT_NEAR(*p2.score, 50.0, 1e-12);
    EXPECT_DOUBLE_EQ(p2.coverage, 1.0);
    EXPECT_FALSE(p2.uncertain);
    EXPECT_EQ(p2.counts.ej_aktuellt, 1);
}

TEST(Scoring, AllEjAktuelltGivesNoScoreAndZeroCoverage) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    for (const auto& item : in.items) set_status(a, item.id, AnswerStatus::EjAktuellt);
    ScoreReport r = score_assessment(in, a);
    for (const auto& d : r.principles) {
        EXPECT_FALSE(d.score.has_value()) << d.id;
        EXPECT_EQ(d.coverage, 0.0) << d.id;
        EXPECT_FALSE(d.uncertain) << "uncertain is only set on a score that exists";
    }
    EXPECT_FALSE(r.overall.has_value());
    EXPECT_TRUE(r.incomplete);
}

TEST(Scoring, AllVetEjGivesNoScoreNeverZero) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    for (const auto& item : in.items) set_status(a, item.id, AnswerStatus::VetEj);
    ScoreReport r = score_assessment(in, a);
    for (const auto& d : r.principles) {
        EXPECT_FALSE(d.score.has_value());
        EXPECT_EQ(d.coverage, 0.0);
        EXPECT_EQ(d.counts.vet_ej, d.counts.vet_ej + d.counts.answered);
        EXPECT_FALSE(d.uncertain);
    }
    for (const auto& d : r.areas) EXPECT_FALSE(d.score.has_value());
}

TEST(Scoring, LevelZeroIsAScoreOfZeroNotMissing) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i5", 0);
    ScoreReport r = score_assessment(in, a);
    ASSERT_TRUE(principle(r, "p4").score.has_value());
    EXPECT_EQ(*principle(r, "p4").score, 0.0);
}

TEST(Scoring, CoverageExactlyHalfIsNotUncertain) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    // p3: i4 (w1) and i6 (w1): one answered → coverage exactly 0.5.
    set_level(a, "i4", 1);
    ScoreReport r = score_assessment(in, a);
    EXPECT_DOUBLE_EQ(principle(r, "p3").coverage, 0.5);
    EXPECT_FALSE(principle(r, "p3").uncertain);
    // p4: i5 (w1) answered, i6 (w2) unanswered → 1/3: uncertain.
    set_level(a, "i5", 2);
    r = score_assessment(in, a);
    EXPECT_NEAR(principle(r, "p4").coverage, 1.0 / 3.0, 1e-12);
    EXPECT_TRUE(principle(r, "p4").uncertain);
}

TEST(Scoring, OverallIsMeanOfExistingPrincipleScoresAndFlagsIncomplete) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i2", 4);  // p1 = 100
    set_level(a, "i3", 0);  // p2 = 0
    ScoreReport r = score_assessment(in, a);
    ASSERT_TRUE(r.overall.has_value());
    EXPECT_NEAR(*r.overall, 50.0, 1e-12);  // p3 and p4 have none
    EXPECT_TRUE(r.incomplete);
    set_level(a, "i4", 2);
    set_level(a, "i5", 2);
    r = score_assessment(in, a);
    EXPECT_FALSE(r.incomplete);
    double p1 = 100.0 * (2 * 1.0 + 0.5 * 1.0) / 2.5;
    double sum = p1 + 0.0 + 100.0 + 50.0;
    EXPECT_NEAR(*r.overall, sum / 4, 1e-12);
}

TEST(Scoring, CountsAddUpToTheItemsOfTheDimension) {
    Instrument in = mini_instrument();
    Diagnostics d;
    auto a = load_assessment(read_fixture("mini-assessment.json"), d, &in);
    ASSERT_TRUE(a) << d.items.size();
    ScoreReport r = score_assessment(in, *a);
    for (const auto& dim : r.areas) {
        int n = dim.counts.answered + dim.counts.vet_ej + dim.counts.ej_aktuellt + dim.counts.unanswered;
        EXPECT_EQ(n, static_cast<int>(in.items_in_area(dim.id).size()));
    }
    // The fixture by hand: p1 = (1·0.75 + 2·0.25 + 0.5·1.0)/3.5.
    EXPECT_NEAR(*principle(r, "p1").score, 100.0 * 1.75 / 3.5, 1e-12);
    // p3: i4 = 1.0 (w1), i6 = 0 (w1) → 50.
    EXPECT_NEAR(*principle(r, "p3").score, 50.0, 1e-12);
    // p4: i5 ej aktuellt, i6 = 0 → 0 with coverage 1.
    EXPECT_NEAR(*principle(r, "p4").score, 0.0, 1e-12);
    EXPECT_DOUBLE_EQ(principle(r, "p4").coverage, 1.0);
}

TEST(Scoring, AnswersToUnknownItemsAreNotScored) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 4);
    ScoreReport before = score_assessment(in, a);
    set_level(a, "okand", 0);
    ScoreReport after = score_assessment(in, a);
    EXPECT_EQ(*before.find_principle("p1")->score, *after.find_principle("p1")->score);
}

TEST(Scoring, LowestItemsSortsByValueAndSkipsTopAndMissing) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 4);  // top: skipped
    set_level(a, "i2", 1);  // 0.25, weight 2
    set_level(a, "i5", 1);  // 0.25, weight 1
    set_level(a, "i6", 0);  // 0.0
    set_status(a, "i3", AnswerStatus::VetEj);
    ScoreReport r = score_assessment(in, a);
    auto low = lowest_items(in, r, 10);
    ASSERT_EQ(low.size(), 3u);
    EXPECT_EQ(low[0]->id, "i6");
    EXPECT_EQ(low[1]->id, "i2");  // same value, more weight first
    EXPECT_EQ(low[2]->id, "i5");
    EXPECT_EQ(lowest_items(in, r, 1).size(), 1u);
}

TEST(Scoring, WorkedExampleOfTheDocsGives83Point3With60PercentCoverage) {
    // docs/scoring.md, "Ett räkneexempel": A (w1) Genomfört 3/4, B (w0,5) Ja 2/2, C (w1) vet ej.
    const char* text = R"({"format": "strategispegeln-instrument", "format_version": 1, "id": "ex", "version": "1",
      "title": "Exempel", "modes": ["self-assessment"],
      "principles": [{"id": "personcentrering", "title": "Personcentrering"}],
      "areas": [{"id": "o", "title": "Område"}],
      "scales": [{"id": "mognad", "levels": [{"value": 0, "label": "0"}, {"value": 1, "label": "1"},
                  {"value": 2, "label": "2"}, {"value": 3, "label": "3"}, {"value": 4, "label": "4"}]},
                 {"id": "jdn", "levels": [{"value": 0, "label": "Nej"}, {"value": 1, "label": "Delvis"},
                  {"value": 2, "label": "Ja"}]}],
      "items": [
        {"id": "A", "area": "o", "text": "A", "scale": "mognad", "principles": [{"id": "personcentrering", "weight": 1}]},
        {"id": "B", "area": "o", "text": "B", "scale": "jdn", "principles": [{"id": "personcentrering", "weight": 0.5}]},
        {"id": "C", "area": "o", "text": "C", "scale": "mognad", "principles": [{"id": "personcentrering", "weight": 1}]}
      ]})";
    Diagnostics d;
    auto in = load_instrument(text, d);
    ASSERT_TRUE(in) << all_messages(d);
    Assessment a = blank(*in);
    set_level(a, "A", 3);
    set_level(a, "B", 2);
    set_status(a, "C", AnswerStatus::VetEj);
    ScoreReport r = score_assessment(*in, a);
    const DimensionScore& p = principle(r, "personcentrering");
    EXPECT_NEAR(*p.score, 100.0 * 1.25 / 1.5, 1e-12);  // 83,3
    EXPECT_NEAR(p.coverage, 1.5 / 2.5, 1e-12);         // 60 %: not uncertain
    EXPECT_FALSE(p.uncertain);
    set_status(a, "C", AnswerStatus::EjAktuellt);  // "samma poäng, täckningen 100 %"
    ScoreReport r2 = score_assessment(*in, a);
    const DimensionScore& q = principle(r2, "personcentrering");
    EXPECT_NEAR(*q.score, 100.0 * 1.25 / 1.5, 1e-12);
    EXPECT_DOUBLE_EQ(q.coverage, 1.0);
}

TEST(Scoring, WeightsAtTheLimitsOfTheRangeGiveTheSameScoresAsWeightOne) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    set_level(a, "i1", 3);
    set_level(a, "i2", 1);
    set_level(a, "i3", 2);
    set_level(a, "i4", 0);
    set_level(a, "i5", 4);
    set_level(a, "i6", 1);
    auto with_weights = [&](double w) {
        Instrument copy = in;
        for (auto& item : copy.items)
            for (auto& pw : item.principles) pw.weight = w;
        return score_assessment(copy, a);
    };
    ScoreReport one = with_weights(1.0);
    for (double w : {kMinWeight, kMaxWeight}) {
        ScoreReport r = with_weights(w);
        for (size_t p = 0; p < r.principles.size(); ++p) {
            ASSERT_TRUE(r.principles[p].score) << w;
            EXPECT_NEAR(*r.principles[p].score, *one.principles[p].score, 1e-9) << w;
        }
        EXPECT_NEAR(*r.overall, *one.overall, 1e-9) << w;
    }
}

TEST(Scoring, HugeWeightOnTheOnlyAnsweredItemGivesItsValueNotAnEmptyScore) {
    // The validator refuses such a weight; the mean must not overflow even so
    // (100 × Σ w·value was infinite for w = 1.7e308 while the counts said "answered").
    Instrument in = mini_instrument();
    for (auto& pw : in.items[1].principles) pw.weight = 1.7e308;  // i2 → p1
    Assessment a = blank(in);
    set_level(a, "i2", 1);  // 0.25
    ScoreReport r = score_assessment(in, a);
    ASSERT_TRUE(principle(r, "p1").score);
    EXPECT_DOUBLE_EQ(*principle(r, "p1").score, 25.0);
    EXPECT_EQ(principle(r, "p1").counts.answered, 1);
}
