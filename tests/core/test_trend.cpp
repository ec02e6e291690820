// A unit followed over time (core/trend.h): rounds in date order, principle and area scores per
// round with coverage, the change from first to last, and for each step between two versions
// which items the mapping compared and which it could not.
#include <gtest/gtest.h>

#include <algorithm>

#include "bundled.h"
#include "trend.h"

using namespace spegeln;

namespace {

// Every item answered at `level`, or at its scale's top when that is lower.
Assessment answered(const Instrument& in, const std::string& date, int level) {
    Assessment a = new_assessment(in, Mode::SelfAssessment);
    a.unit_name = "Vårdcentralen Eken";
    a.date = date;
    for (const auto& item : in.items) {
        a.answers[item.id].status = AnswerStatus::Level;
        a.answers[item.id].level = std::min(level, in.scale_of(item).top());
    }
    return a;
}

}  // namespace

TEST(Trend, RoundsInDateOrderWithTheChangeAndWhatWasCompared) {
    auto older = bundled_instrument("skane-2025-sjalvskattning", "1.0.0");
    auto newer = bundled_instrument("skane-2025-sjalvskattning", "1.1.0");
    ASSERT_TRUE(older && newer);
    // 0 and the top are 0 and 100 on every scale, whatever its length.
    Assessment base = answered(*older, "2026-03-01", 0);
    Assessment second = answered(*newer, "2027-03-01", 2);
    Assessment third = answered(*newer, "2028-03-01", 100);
    Diagnostics d;
    // Given out of order: the trend sorts by date.
    Trend t = trend_over_time({{&*newer, &third}, {&*older, &base}, {&*newer, &second}}, d);
    EXPECT_TRUE(d.items.empty());
    EXPECT_EQ(t.dates, (std::vector<std::string>{"2026-03-01", "2027-03-01", "2028-03-01"}));
    EXPECT_EQ(t.versions, (std::vector<std::string>{"1.0.0", "1.1.0", "1.1.0"}));
    ASSERT_EQ(t.principles.size(), newer->principles.size());
    ASSERT_EQ(t.areas.size(), newer->areas.size());
    for (const auto& s : t.principles) {
        ASSERT_EQ(s.points.size(), 3u);
        ASSERT_TRUE(s.points[0].score && s.points[2].score) << s.id;
        EXPECT_NEAR(*s.points[0].score, 0.0, 1e-9) << s.id;
        EXPECT_NEAR(*s.points[2].score, 100.0, 1e-9) << s.id;
        EXPECT_NEAR(*s.change, 100.0, 1e-9) << s.id;
        EXPECT_DOUBLE_EQ(s.points[1].coverage, 1.0);
    }
    ASSERT_EQ(t.steps.size(), 2u);
    const TrendStep& across = t.steps[0];
    EXPECT_FALSE(across.same_version);
    EXPECT_TRUE(across.mapped);
    auto has = [](const std::vector<std::string>& v, const char* id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    EXPECT_TRUE(has(across.compared, "lt-07")) << "pv-01 became lt-07";
    EXPECT_TRUE(has(across.not_compared, "hf-07")) << "a new item has nothing to compare with";
    EXPECT_FALSE(has(across.compared, "hf-07"));
    EXPECT_TRUE(t.steps[1].same_version);
    EXPECT_TRUE(t.steps[1].not_compared.empty());
}

TEST(Trend, ARoundWithoutAScoreLeavesAGapAndAnotherUnitIsNamed) {
    auto in = bundled_instrument("skane-2025-sjalvskattning", "1.1.0");
    ASSERT_TRUE(in);
    Assessment a = answered(*in, "2026-03-01", 1);
    Assessment empty = new_assessment(*in, Mode::SelfAssessment);
    empty.unit_name = "Vårdcentralen Björken";
    empty.date = "2027-03-01";
    Diagnostics d;
    Trend t = trend_over_time({{&*in, &a}, {&*in, &empty}}, d);
    ASSERT_EQ(d.items.size(), 1u);
    EXPECT_EQ(d.items[0].code, "diag.compare.other_unit");
    EXPECT_FALSE(t.principles[0].points[1].score);
    EXPECT_FALSE(t.principles[0].change) << "one score is no change";
}
