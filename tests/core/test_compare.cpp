// Comparing a baseline with a follow-up: change = follow-up − baseline per
// dimension, missing when either score is missing, and the warnings that catch
// files given in the wrong order or from different units.
#include "compare.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

const DimensionChange& change(const std::vector<DimensionChange>& v, const std::string& id) {
    for (const auto& c : v)
        if (c.id == id) return c;
    ADD_FAILURE() << "no dimension " << id;
    static const DimensionChange none;
    return none;
}

struct Pair {
    Assessment base, follow;
};

// Baseline: i5 = 2, i6 = 2. Follow-up: i1 = 4, i5 = 4, i6 = 2. Same unit, a year apart.
Pair baseline_and_followup(const Instrument& in) {
    Pair p{blank(in), blank(in)};
    p.base.unit_name = p.follow.unit_name = "VC Test";
    p.base.date = "2026-03-15";
    p.follow.date = "2027-03-15";
    set_level(p.base, "i5", 2);
    set_level(p.base, "i6", 2);
    set_level(p.follow, "i1", 4);
    set_level(p.follow, "i5", 4);
    set_level(p.follow, "i6", 2);
    return p;
}

}  // namespace

TEST(Compare, ChangeIsFollowupMinusBaseline) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    Diagnostics d;
    Comparison c = compare(in, p.base, p.follow, d);
    EXPECT_TRUE(d.items.empty());
    // p4 = (w1·i5 + w2·i6)/3: baseline (0,5 + 2·0,5)/3 = 50, follow-up (1 + 2·0,5)/3 = 66,7.
    const auto& p4 = change(c.principles, "p4");
    EXPECT_NEAR(*p4.baseline, 50.0, 1e-9);
    EXPECT_NEAR(*p4.followup, 200.0 / 3.0, 1e-9);
    EXPECT_NEAR(*p4.change, 200.0 / 3.0 - 50.0, 1e-9);
    // p3 = i4, i6: only i6 = 0,5 both times → no change, which is 0, not missing.
    ASSERT_TRUE(change(c.principles, "p3").change.has_value());
    EXPECT_NEAR(*change(c.principles, "p3").change, 0.0, 1e-12);
    // a2 = i4, i5, i6 with weight 1: (0,5 + 0,5)/2 = 50 → (1 + 0,5)/2 = 75.
    EXPECT_NEAR(*change(c.areas, "a2").change, 25.0, 1e-9);
}

TEST(Compare, ChangeIsMissingWhenEitherScoreIsMissing) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    Diagnostics d;
    Comparison c = compare(in, p.base, p.follow, d);
    const auto& p1 = change(c.principles, "p1");  // only the follow-up answered i1
    EXPECT_FALSE(p1.baseline.has_value());
    EXPECT_NEAR(*p1.followup, 100.0, 1e-9);
    EXPECT_FALSE(p1.change.has_value()) << "never treat a missing score as 0";
    Comparison back = compare(in, p.follow, p.base, d);
    EXPECT_FALSE(change(back.principles, "p1").change.has_value());
    EXPECT_FALSE(change(c.areas, "a1").change.has_value());
}

TEST(Compare, OverallChangeUsesEachSidesOverall) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    Diagnostics d;
    Comparison c = compare(in, p.base, p.follow, d);
    // Baseline: p3 = 50, p4 = 50 → 50. Follow-up: p1 = 100, p2 = 100, p3 = 50, p4 = 66,7.
    double follow = (100.0 + 100.0 + 50.0 + 200.0 / 3.0) / 4.0;
    EXPECT_EQ(c.overall.id, "overall");
    EXPECT_NEAR(*c.overall.baseline, 50.0, 1e-9);
    EXPECT_NEAR(*c.overall.followup, follow, 1e-9);
    EXPECT_NEAR(*c.overall.change, follow - 50.0, 1e-9);
}

TEST(Compare, DeclineIsANegativeChange) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    std::swap(p.base.date, p.follow.date);
    Diagnostics d;
    Comparison c = compare(in, p.follow, p.base, d);
    EXPECT_NEAR(*change(c.principles, "p4").change, 50.0 - 200.0 / 3.0, 1e-9);
}

TEST(Compare, DifferentUnitNamesGiveAWarning) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    p.follow.unit_name = "VC Annan";
    Diagnostics d;
    compare(in, p.base, p.follow, d);
    ASSERT_EQ(d.items.size(), 1u);
    EXPECT_EQ(d.items[0].severity, Severity::Warning);
    EXPECT_EQ(d.items[0].path, "verksamhet.name");
    EXPECT_NE(sv(d.items[0]).find("\"VC Test\""), std::string::npos);
    EXPECT_NE(sv(d.items[0]).find("\"VC Annan\""), std::string::npos);
}

TEST(Compare, FollowupDatedBeforeBaselineGivesAWarning) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    Diagnostics d;
    compare(in, p.follow, p.base, d);  // the wrong order
    ASSERT_EQ(d.items.size(), 1u);
    EXPECT_EQ(d.items[0].severity, Severity::Warning);
    EXPECT_EQ(d.items[0].path, "date");
    EXPECT_NE(sv(d.items[0]).find("2026-03-15"), std::string::npos);
}

TEST(Compare, SameDayOrMissingDateGivesNoDateWarning) {
    Instrument in = mini_instrument();
    Pair p = baseline_and_followup(in);
    Diagnostics d;
    p.follow.date = p.base.date;
    compare(in, p.base, p.follow, d);
    p.follow.date = "";
    compare(in, p.base, p.follow, d);
    EXPECT_TRUE(d.items.empty());
}
