// Views, unit kinds in scoring, and comparisons across instrument versions.
#include <gtest/gtest.h>

#include "compiled_instrument.h"
#include "output.h"
#include "scoring.h"
#include "test_helpers.h"
#include "version_compare.h"
#include "views.h"

using namespace spegeln;
using testing_support::read_fixture;

namespace {

struct Pair {
    Instrument older, newer;
    Assessment base, follow;
};

Pair load_pair() {
    Diagnostics d;
    Pair p;
    p.older = *load_instrument(read_fixture("mini-instrument.json"), d);
    p.newer = *load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    p.base = *load_assessment(read_fixture("mini-assessment.json"), d, &p.older);
    p.follow = *load_assessment(read_fixture("mini-assessment-2.1.json"), d, &p.newer);
    EXPECT_FALSE(d.has_errors());
    return p;
}

const MappedComparison* find(const std::vector<MappedComparison>& list, ChangeKind k) {
    for (const auto& m : list)
        if (m.change == k) return &m;
    return nullptr;
}

}  // namespace

TEST(Views, AvailableViewsAreBuiltinsThenFrameworks) {
    Pair p = load_pair();
    EXPECT_EQ(available_views(p.newer),
              (std::vector<std::string>{"principer", "omraden", "skane-insatser", "nationell-delmal"}));
    EXPECT_EQ(available_views(p.older), (std::vector<std::string>{"principer", "omraden"}));
    EXPECT_FALSE(view_of(p.newer, "vgr-mal"));
}

TEST(Views, PrinciplesAndAreasViewsEqualTheScoreReport) {
    Pair p = load_pair();
    for (const Assessment* a : {&p.follow}) {
        ScoreReport r = score_assessment(p.newer, *a);
        ViewReport pv = *score_view(p.newer, *a, "principer");
        ASSERT_EQ(pv.targets.size(), r.principles.size());
        for (size_t i = 0; i < pv.targets.size(); ++i) {
            EXPECT_EQ(pv.targets[i].score, r.principles[i].score);
            EXPECT_EQ(pv.targets[i].coverage, r.principles[i].coverage);
        }
        EXPECT_EQ(pv.overall, r.overall);
        EXPECT_EQ(pv.incomplete, r.incomplete);
        ViewReport av = *score_view(p.newer, *a, "omraden");
        for (size_t i = 0; i < av.targets.size(); ++i) EXPECT_EQ(av.targets[i].score, r.areas[i].score);
    }
}

TEST(Views, FrameworkTargetIsTheMeanOfItsItems) {
    Pair p = load_pair();
    // skane-insatser 1.2: i2 (2 of 4 = 0.5) and i3a (2 of 2 = 1.0) → 75; 1.1: i1 (1.0), i3a (1.0) → 100.
    ViewReport v = *score_view(p.newer, p.follow, "skane-insatser");
    EXPECT_DOUBLE_EQ(*v.find_target("1.1")->score, 100.0);
    EXPECT_DOUBLE_EQ(*v.find_target("1.2")->score, 75.0);
    EXPECT_FALSE(v.find_target("2.1")->score);  // no item, by intent
    EXPECT_FALSE(v.incomplete);                 // a target with a reason does not make it incomplete
    EXPECT_DOUBLE_EQ(*v.overall, 87.5);
    // One item of 1.2 "vet ej": half its weight answered, not yet uncertain; both: no score, incomplete.
    Assessment a = p.follow;
    a.answers["i2"] = Answer{AnswerStatus::VetEj, 0, "", json::object()};
    v = *score_view(p.newer, a, "skane-insatser");
    EXPECT_DOUBLE_EQ(v.find_target("1.2")->coverage, 0.5);
    EXPECT_FALSE(v.find_target("1.2")->uncertain);
    a.answers["i3a"] = Answer{AnswerStatus::VetEj, 0, "", json::object()};
    v = *score_view(p.newer, a, "skane-insatser");
    EXPECT_FALSE(v.find_target("1.2")->score);
    EXPECT_TRUE(v.incomplete);
}

TEST(UnitKinds, OnlyItemsThatApplyAreScored) {
    Pair p = load_pair();
    ScoreReport r = score_assessment(p.newer, p.follow);  // vardcentral: i3b left out
    EXPECT_EQ(r.unit_kind, "vardcentral");
    EXPECT_EQ(r.excluded_items, 1);
    EXPECT_FALSE(r.find_item("i3b")->applies);
    // p2: i1 (w 0.5, 1.0) and i3a (w 1, 1.0); i3b's 0 would pull it down if it counted.
    EXPECT_DOUBLE_EQ(*r.find_principle("p2")->score, 100.0);
    Assessment kommunal = p.follow;
    kommunal.unit_kind = "kommunal";
    ScoreReport k = score_assessment(p.newer, kommunal);
    EXPECT_EQ(k.excluded_items, 1);
    EXPECT_DOUBLE_EQ(*k.find_principle("p2")->score, 100.0 * 0.5 / 1.5);
    Assessment all = p.follow;
    all.unit_kind.clear();
    EXPECT_EQ(score_assessment(p.newer, all).excluded_items, 0);
    // The compiled path agrees to the bit.
    CompiledInstrument c = compile_instrument(p.newer);
    for (const Assessment* a : {&p.follow, &kommunal, &all}) {
        ScoreReport x = score_assessment(p.newer, *a), y = score_assessment(c, *a);
        EXPECT_EQ(x.overall, y.overall);
        EXPECT_EQ(x.excluded_items, y.excluded_items);
        for (size_t i = 0; i < x.principles.size(); ++i) EXPECT_EQ(x.principles[i].score, y.principles[i].score);
    }
    EXPECT_EQ(items_for_unit_kind(p.newer, "kommunal").size(), 5u);
    EXPECT_EQ(items_for_unit_kind(p.newer, "kommunal", true).size(), 2u);
    EXPECT_EQ(progress(p.newer, p.follow).total, 5);
}

TEST(UnitKinds, AnUnknownKindIsAnError) {
    Pair p = load_pair();
    Assessment a = p.follow;
    a.unit_kind = "sjukhus";
    Diagnostics d;
    check_against_instrument(a, p.newer, d);
    auto codes = [](const Diagnostics& diag) {
        std::vector<std::string> out;
        for (const auto& x : diag.items)
            if (x.severity == Severity::Error) out.push_back(x.code);
        return out;
    };
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.unit_kind.unknown"});
    Diagnostics none;
    a.instrument_version = p.older.version;
    check_against_instrument(a, p.older, none);  // also warns about the answers 2.0 does not have
    EXPECT_EQ(codes(none), std::vector<std::string>{"diag.unit_kind.none_declared"});
    // Written back and read again.
    Diagnostics rd;
    auto again = load_assessment(assessment_to_json(p.follow), rd);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->unit_kind, "vardcentral");
}

TEST(VersionCompare, ReworedSameSplitMergedRemovedNew) {
    Pair p = load_pair();
    Diagnostics d;
    auto c = compare_versions(p.older, p.base, p.newer, p.follow, d);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->from_version, "2.0");
    EXPECT_EQ(c->to_version, "2.1");
    ASSERT_EQ(c->compared.size(), 4u);
    ASSERT_EQ(c->not_compared.size(), 2u);
    const auto* same = find(c->compared, ChangeKind::Same);  // i1: 3/4 → 4/4
    EXPECT_DOUBLE_EQ(*same->change_points, 25.0);
    EXPECT_FALSE(same->group);
    const auto* reworded = find(c->compared, ChangeKind::Reworded);  // i2: 1/4 → 2/4
    EXPECT_DOUBLE_EQ(*reworded->baseline, 25.0);
    EXPECT_DOUBLE_EQ(*reworded->followup, 50.0);
    const auto* split = find(c->compared, ChangeKind::Split);  // i3 vet ej → i3a 2/2 (i3b not for vardcentral)
    EXPECT_TRUE(split->group);
    EXPECT_FALSE(split->baseline);
    EXPECT_DOUBLE_EQ(*split->followup, 100.0);
    EXPECT_FALSE(split->change_points);
    const auto* merged = find(c->compared, ChangeKind::Merged);  // i4 2/2, i5 ej aktuellt → i45 1/2
    EXPECT_TRUE(merged->group);
    EXPECT_DOUBLE_EQ(*merged->baseline, 100.0);
    EXPECT_DOUBLE_EQ(*merged->change_points, -50.0);
    const auto* removed = find(c->not_compared, ChangeKind::Removed);
    EXPECT_EQ(removed->from, std::vector<std::string>{"i6"});
    EXPECT_EQ(removed->reason.en, "Asked two things");
    EXPECT_EQ(find(c->not_compared, ChangeKind::New)->to, std::vector<std::string>{"i7"});
}

TEST(VersionCompare, MergedGroupIsTheMeanOfBothSides) {
    Pair p = load_pair();
    p.base.answers["i5"] = Answer{AnswerStatus::Level, 1, "", json::object()};  // 1/4 with i4's 2/2
    Diagnostics d;
    auto c = compare_versions(p.older, p.base, p.newer, p.follow, d);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(*find(c->compared, ChangeKind::Merged)->baseline, (100.0 + 25.0) / 2);
}

TEST(VersionCompare, NoMappingNoComparison) {
    Pair p = load_pair();
    p.newer.previous_versions.clear();
    Diagnostics d;
    EXPECT_FALSE(compare_versions(p.older, p.base, p.newer, p.follow, d));
    ASSERT_TRUE(d.has_errors());
    EXPECT_EQ(d.items[0].code, "diag.version.no_mapping");
}

TEST(Views, OutputsCarryTheViewAndUnitKind) {
    Pair p = load_pair();
    ScoreReport r = score_assessment(p.newer, p.follow);
    ScoredView v{*view_of(p.newer, "skane-insatser"), *score_view(p.newer, p.follow, "skane-insatser")};
    json doc = score_document(p.newer, p.follow, r, &v);
    EXPECT_EQ(doc["view"]["id"], "skane-insatser");
    EXPECT_EQ(doc["view"]["overall"]["score"], 87.5);
    EXPECT_EQ(doc["view"]["targets"][2]["reason"], "Regionens uppgift");
    EXPECT_EQ(doc["excluded_items"], 1);
    EXPECT_EQ(doc["assessment"]["unit_kind"], "vardcentral");
    std::string text = score_text(p.newer, p.follow, r, testing_support::language("en"), &v);
    EXPECT_NE(text.find("View: Actions"), std::string::npos);
    EXPECT_NE(text.find("1 items do not apply"), std::string::npos);
    std::string csv = score_csv(p.newer, p.follow, r, testing_support::language("sv"), &v);
    EXPECT_NE(csv.find("Insatser;1.2;Insats två;75,0"), std::string::npos);
}
