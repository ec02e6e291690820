// test_group.cpp — several saved assessments together (web/app/group/group_actions.cpp):
// which selections can be aggregated or compared, that the numbers are the
// core's, that the older date is the baseline, and how items are ranked by
// the spread of their answers.
#include <gtest/gtest.h>

#include <cmath>

#include "actions.h"
#include "app_fixture.h"
#include "bundled.h"
#include "fake_platform.h"
#include "output.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";
constexpr const char* kAudit = "skane-2025-brukarrevision";

const Instrument& instrument(const App& app, const std::string& id) {
    return *find_instrument(app, id);
}

Assessment make(const App& app, const std::string& instrument_id, const std::string& id, const std::string& date,
                const std::string& unit = "Workshop-fallet") {
    const Instrument& in = instrument(app, instrument_id);
    Assessment a = new_assessment(in, in.modes.front());
    a.id = id;
    a.unit_name = unit;
    a.date = date;
    a.created = date + "T09:00:00Z";
    a.modified = date + "T10:00:00Z";
    return a;
}

void set_level(Assessment& a, const std::string& item, int level) {
    a.answers[item].status = AnswerStatus::Level;
    a.answers[item].level = level;
}

void import(App& app, const Assessment& a) {
    ASSERT_TRUE(act_import(app, a.id + ".json", assessment_to_json(a)));
    close_modal(app);
}

// The first items of the self-assessment on the 0–4 scale.
std::vector<std::string> maturity_items(const App& app) {
    const Instrument& in = instrument(app, kSelf);
    std::vector<std::string> out;
    for (const auto& it : in.items)
        if (in.scale_of(it).top() == 4) out.push_back(it.id);
    return out;
}

// Three participants on the same case; see SpreadRanksItemsByHand for the numbers.
std::vector<Assessment> workshop(const App& app) {
    auto items = maturity_items(app);
    std::vector<Assessment> v{make(app, kSelf, "p1", "2026-03-10"), make(app, kSelf, "p2", "2026-03-10"),
                              make(app, kSelf, "p3", "2026-03-10")};
    const int x[] = {0, 4, 4}, y[] = {1, 1, 2}, z[] = {2, 2, 2};
    for (size_t i = 0; i < 3; ++i) {
        set_level(v[i], items[0], x[i]);
        set_level(v[i], items[1], y[i]);
        set_level(v[i], items[2], z[i]);
    }
    set_level(v[0], items[3], 0);
    v[1].answers[items[3]].status = AnswerStatus::VetEj;
    return v;
}

class Group : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

TEST_F(Group, SelectionNeedsTwoOfOneInstrumentAndCompareExactlyTwo) {
    auto app = make_app();
    for (const auto& a : workshop(*app)) import(*app, a);
    import(*app, make(*app, kAudit, "audit", "2026-03-11"));
    EXPECT_EQ(check_aggregate(*app), GroupCheck::TooFew);
    EXPECT_EQ(check_compare(*app), GroupCheck::TooFew);
    act_toggle_selected(*app, "p1");
    EXPECT_EQ(check_aggregate(*app), GroupCheck::TooFew);
    EXPECT_FALSE(group_check_text(*app, GroupCheck::TooFew, false).empty());
    act_toggle_selected(*app, "p2");
    EXPECT_EQ(check_aggregate(*app), GroupCheck::Ok);
    EXPECT_EQ(check_compare(*app), GroupCheck::Ok);
    EXPECT_EQ(group_check_text(*app, GroupCheck::Ok, true), "");
    act_toggle_selected(*app, "p3");
    EXPECT_EQ(check_aggregate(*app), GroupCheck::Ok);
    EXPECT_EQ(check_compare(*app), GroupCheck::NotTwo);
    EXPECT_NE(group_check_text(*app, GroupCheck::NotTwo, true).find("3"), std::string::npos);
    act_toggle_selected(*app, "audit");
    EXPECT_EQ(check_aggregate(*app), GroupCheck::MixedInstruments);
    EXPECT_FALSE(group_check_text(*app, GroupCheck::MixedInstruments, false).empty());
    act_toggle_selected(*app, "audit");  // a second tick removes it
    EXPECT_FALSE(is_selected(*app, "audit"));
    EXPECT_EQ(check_aggregate(*app), GroupCheck::Ok);
    act_toggle_selected(*app, "no-such-id");
    EXPECT_EQ(app->group.selected.size(), 3u);
}

TEST_F(Group, DeletedAssessmentLeavesTheSelection) {
    auto app = make_app();
    for (const auto& a : workshop(*app)) import(*app, a);
    act_toggle_selected(*app, "p1");
    act_toggle_selected(*app, "p2");
    ASSERT_TRUE(act_delete(*app, "p2"));
    EXPECT_EQ(app->group.selected, std::vector<std::string>{"p1"});
    EXPECT_EQ(check_aggregate(*app), GroupCheck::TooFew);
}

TEST_F(Group, OpeningAnInvalidSelectionShowsWhyAndStays) {
    auto app = make_app();
    for (const auto& a : workshop(*app)) import(*app, a);
    act_go(*app, Screen::Saved);
    act_toggle_selected(*app, "p1");
    EXPECT_FALSE(act_open_aggregate(*app));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_EQ(app->screen, Screen::Saved);
    act_go(*app, Screen::Group);  // nothing loaded: stays on the list
    EXPECT_EQ(app->screen, Screen::Saved);
}

TEST_F(Group, AggregateNumbersAreTheCores) {
    auto app = make_app();
    auto v = workshop(*app);
    for (const auto& a : v) import(*app, a);
    for (const auto& a : v) act_toggle_selected(*app, a.id);
    ASSERT_TRUE(act_open_aggregate(*app));
    EXPECT_EQ(app->screen, Screen::Group);
    EXPECT_FALSE(app->group.comparing);
    AggregateReport expected = aggregate(instrument(*app, kSelf), v);
    const AggregateReport& got = app->group.aggregate;
    EXPECT_EQ(got.respondents, 3);
    EXPECT_FALSE(got.below_anonymity_threshold);
    ASSERT_EQ(got.principles.size(), expected.principles.size());
    for (size_t i = 0; i < got.principles.size(); ++i) {
        EXPECT_EQ(got.principles[i].n, expected.principles[i].n);
        EXPECT_EQ(got.principles[i].mean, expected.principles[i].mean) << got.principles[i].id;
        EXPECT_EQ(got.principles[i].median, expected.principles[i].median);
        EXPECT_EQ(got.principles[i].sd, expected.principles[i].sd);
    }
    ASSERT_EQ(got.areas.size(), expected.areas.size());
    for (size_t i = 0; i < got.areas.size(); ++i) EXPECT_EQ(got.areas[i].mean, expected.areas[i].mean);
    EXPECT_EQ(got.overall.mean, expected.overall.mean);

    ASSERT_TRUE(act_export_group_csv(*app));
    ASSERT_EQ(fake::platform().downloads.size(), 1u);
    EXPECT_EQ(fake::platform().downloads[0].data, aggregate_csv(instrument(*app, kSelf), expected, app->strings));
    EXPECT_EQ(fake::platform().downloads[0].filename, "sammanstallning-3-bedomningar.csv");
    // The file is named in the UI's language.
    ASSERT_TRUE(act_set_language(*app, "en"));
    ASSERT_TRUE(act_export_group_csv(*app));
    EXPECT_EQ(fake::platform().downloads.back().filename, "summary-3-assessments.csv");
}

TEST_F(Group, TwoRespondentsAreBelowTheAnonymityThreshold) {
    auto app = make_app();
    for (const auto& a : workshop(*app)) import(*app, a);
    act_toggle_selected(*app, "p1");
    act_toggle_selected(*app, "p3");
    ASSERT_TRUE(act_open_aggregate(*app));
    EXPECT_EQ(app->group.aggregate.respondents, 2);
    EXPECT_TRUE(app->group.aggregate.below_anonymity_threshold);
}

TEST_F(Group, PresentationOnlyAtTheAnonymityThresholdAndSlidesStayInRange) {
    auto app = make_app();
    for (const auto& a : workshop(*app)) import(*app, a);
    act_toggle_selected(*app, "p1");
    act_toggle_selected(*app, "p3");
    ASSERT_TRUE(act_open_aggregate(*app));
    EXPECT_FALSE(act_present(*app, true)) << "two respondents: nothing to show a room";
    EXPECT_FALSE(app->group.presenting);
    act_toggle_selected(*app, "p2");
    ASSERT_TRUE(act_open_aggregate(*app));
    ASSERT_TRUE(act_present(*app, true));
    EXPECT_TRUE(app->group.presenting);
    EXPECT_EQ(app->group.slide, 0u);
    act_slide(*app, -1, 5);
    EXPECT_EQ(app->group.slide, 0u) << "no slide before the first";
    act_slide(*app, 3, 5);
    EXPECT_EQ(app->group.slide, 3u);
    act_slide(*app, 9, 5);
    EXPECT_EQ(app->group.slide, 4u) << "no slide after the last";
    ASSERT_TRUE(act_present(*app, false));
    EXPECT_FALSE(app->group.presenting);
    // Opening the group again never starts in presentation mode.
    ASSERT_TRUE(act_present(*app, true));
    ASSERT_TRUE(act_open_aggregate(*app));
    EXPECT_FALSE(app->group.presenting);
}

TEST_F(Group, SpreadRanksItemsByHand) {
    auto app = make_app();
    auto items = maturity_items(*app);
    for (const auto& a : workshop(*app)) import(*app, a);
    for (const char* id : {"p1", "p2", "p3"}) act_toggle_selected(*app, id);
    ASSERT_TRUE(act_open_aggregate(*app));
    // The screen lists the core's ranking (AggregateReport::spread), only items where answers differ.
    auto s = differing_items(app->group.aggregate);
    // x: values 0, 1, 1 → sd √(2/9), × 2; y: ¼, ¼, ½ → sd √2/12, × 2; z: all ½ → spread 0, not listed;
    // the fourth item has one level (and a vet ej): nothing to compare.
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0]->item_id, items[0]);
    EXPECT_NEAR(*s[0]->spread, 2.0 * std::sqrt(2.0 / 9.0), 1e-12);
    EXPECT_EQ(s[0]->answered, 3);
    EXPECT_EQ(s[1]->item_id, items[1]);
    EXPECT_NEAR(*s[1]->spread, std::sqrt(2.0) / 6.0, 1e-12);
}

TEST_F(Group, CompareTakesTheOlderDateAsBaseline) {
    auto app = make_app();
    auto items = maturity_items(*app);
    Assessment base = make(*app, kSelf, "base", "2026-03-01", "Vårdcentralen Eken");
    Assessment follow = make(*app, kSelf, "follow", "2027-03-01", "Vårdcentralen Eken");
    set_level(base, items[0], 1);
    set_level(follow, items[0], 3);
    import(*app, follow);
    import(*app, base);
    act_toggle_selected(*app, "follow");  // ticked first, but newer
    act_toggle_selected(*app, "base");
    ASSERT_TRUE(act_open_compare(*app));
    EXPECT_TRUE(app->group.comparing);
    ASSERT_EQ(app->group.members.size(), 2u);
    EXPECT_EQ(app->group.members[0].id, "base");
    EXPECT_EQ(app->group.members[1].id, "follow");
    Diagnostics diag;
    Comparison expected = compare(instrument(*app, kSelf), base, follow, diag);
    EXPECT_EQ(app->group.comparison.overall.change, expected.overall.change);
    ASSERT_TRUE(app->group.comparison.overall.change.has_value());
    EXPECT_GT(*app->group.comparison.overall.change, 0.0);
    for (size_t i = 0; i < expected.principles.size(); ++i)
        EXPECT_EQ(app->group.comparison.principles[i].change, expected.principles[i].change);
    EXPECT_TRUE(app->group.warnings.empty());
    ASSERT_TRUE(act_export_group_csv(*app));
    EXPECT_EQ(fake::platform().downloads.back().data,
              compare_csv(instrument(*app, kSelf), base, follow, expected, app->strings));
}

TEST_F(Group, CompareOfDifferentUnitsWarnsInWords) {
    auto app = make_app();
    import(*app, make(*app, kSelf, "a", "2026-03-01", "Vårdcentralen Eken"));
    import(*app, make(*app, kSelf, "b", "2027-03-01", "Vårdcentralen Björken"));
    act_toggle_selected(*app, "a");
    act_toggle_selected(*app, "b");
    ASSERT_TRUE(act_open_compare(*app));
    ASSERT_EQ(app->group.warnings.size(), 1u);
    EXPECT_NE(app->group.warnings[0].find("Björken"), std::string::npos);
}

// A baseline on 1.0.0 and a follow-up on the newest version compare through the mapping: the
// rows are the core's compare_versions, each side scored on its own version; an aggregate of
// the two versions is refused.
TEST_F(Group, CompareAcrossVersionsGoesThroughTheMapping) {
    auto app = make_app();
    auto older = bundled_instrument(kSelf, "1.0.0");
    ASSERT_TRUE(older);
    Assessment base = new_assessment(*older, Mode::SelfAssessment);
    base.id = "base10";
    base.unit_name = "Vårdcentralen Eken";
    base.date = "2026-03-01";
    for (size_t i = 0; i < older->items.size(); ++i) set_level(base, older->items[i].id, static_cast<int>(i % 3));
    Assessment follow = make(*app, kSelf, "follow11", "2027-03-01", "Vårdcentralen Eken");
    const Instrument& newer = instrument(*app, kSelf);
    ASSERT_NE(newer.version, "1.0.0");
    for (size_t i = 0; i < newer.items.size(); ++i) set_level(follow, newer.items[i].id, static_cast<int>((i + 1) % 3));
    import(*app, follow);  // the newer one first: the baseline is still the 1.0.0 one
    import(*app, base);
    act_toggle_selected(*app, "follow11");
    act_toggle_selected(*app, "base10");
    EXPECT_EQ(check_aggregate(*app), GroupCheck::MixedInstruments);
    ASSERT_TRUE(act_open_compare(*app));
    const GroupView& g = app->group;
    ASSERT_TRUE(g.across_versions);
    EXPECT_EQ(g.members[0].id, "base10");
    EXPECT_EQ(app->instruments[static_cast<size_t>(g.base_instrument)].version, "1.0.0");
    Diagnostics diag;
    auto expected = compare_versions(*older, base, newer, follow, diag);
    ASSERT_TRUE(expected);
    ASSERT_EQ(g.versions.compared.size(), expected->compared.size());
    ASSERT_EQ(g.versions.not_compared.size(), expected->not_compared.size());
    EXPECT_GT(g.versions.compared.size(), 0u);
    EXPECT_GT(g.versions.not_compared.size(), 0u);
    for (size_t i = 0; i < expected->compared.size(); ++i)
        EXPECT_EQ(g.versions.compared[i].change_points, expected->compared[i].change_points) << i;
    ASSERT_TRUE(act_export_group_csv(*app));
    EXPECT_EQ(fake::platform().downloads.back().data,
              version_compare_csv(newer, base, follow, *expected, app->strings));
}

}  // namespace
