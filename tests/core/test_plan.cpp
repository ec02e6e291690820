// The handlingsplan (core/plan.h): saved in the assessment file, validated, suggested from the
// item's area, carried into the next round through the instrument's version mapping, and written
// as text, CSV, JSON and in the HTML report.
#include <gtest/gtest.h>

#include "bundled.h"
#include "output.h"
#include "plan.h"
#include "report_html.h"
#include "scoring.h"
#include "test_helpers.h"

using namespace spegeln;
using testing_support::language;

namespace {

const char* kInstrumentId = "skane-2025-sjalvskattning";

Instrument current() {
    auto in = bundled_instrument(kInstrumentId, "1.1.0");
    EXPECT_TRUE(in.has_value());
    return in ? *in : Instrument{};
}

Instrument older() {
    auto in = bundled_instrument(kInstrumentId, "1.0.0");
    EXPECT_TRUE(in.has_value());
    return in ? *in : Instrument{};
}

Assessment with_plan(const Instrument& in) {
    Assessment a = new_assessment(in, Mode::SelfAssessment);
    a.id = "round-1";
    a.unit_name = "Vårdcentralen Exempel";
    a.unit_kind = "vardcentral";
    a.date = "2026-03-15";
    a.answers["hf-01"].status = AnswerStatus::Level;
    a.answers["hf-01"].level = 1;
    PlanAction one = new_plan_action(a.plan, "hf-01");
    one.insats = "4.1.2";
    one.responsible = "Verksamhetschef";
    one.due = "2026-09-30";
    one.follow_up = "Journalgranskning av 20 besök i september";
    a.plan.actions.push_back(one);
    PlanAction two = new_plan_action(a.plan, "pv-07");
    two.own_action = "Ta fram en rutin för första samtalet";
    two.responsible = "Psykolog";
    two.status = ActionStatus::Pagar;
    a.plan.actions.push_back(two);
    return a;
}

std::vector<std::string> codes(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.items) out.push_back(x.code);
    return out;
}

// An assessment file with `plan` as its handlingsplan.
std::string file_with_plan(const std::string& plan) {
    return R"({"format":"strategispegeln-assessment","format_version":1,"instrument":{"id":"skane-2025-sjalvskattning","version":"1.1.0"},"mode":"self-assessment","answers":{},"handlingsplan":)" +
           plan + "}";
}

Diagnostics load_errors(const std::string& plan) {
    Diagnostics d;
    EXPECT_FALSE(load_assessment(file_with_plan(plan), d).has_value()) << plan;
    return d;
}

}  // namespace

TEST(Plan, RoundTripKeepsEveryFieldAndUnknownOnes) {
    Instrument in = current();
    Assessment a = with_plan(in);
    a.plan.follows = PlanFollows{"round-0", "2025-03-01", "1.0.0", json::object()};
    a.plan.extra["ny_nyckel"] = 7;
    a.plan.actions[0].extra["prioritet"] = "hög";
    a.plan.actions[1].carried_from = CarriedFrom{"a9", {"pv-07"}, ActionStatus::Planerad, json{{"note", "x"}}};
    a.plan.actions[1].unmapped_items = {"pv-99"};
    std::string text = assessment_to_json(a);
    Diagnostics d;
    auto back = load_assessment(text, d);
    ASSERT_TRUE(back.has_value()) << (d.items.empty() ? "" : d.items[0].code);
    EXPECT_EQ(assessment_to_json(*back), text);
    ASSERT_EQ(back->plan.actions.size(), 2u);
    const PlanAction& two = back->plan.actions[1];
    EXPECT_EQ(two.status, ActionStatus::Pagar);
    EXPECT_EQ(two.own_action, "Ta fram en rutin för första samtalet");
    ASSERT_TRUE(two.carried_from.has_value());
    EXPECT_EQ(two.carried_from->action, "a9");
    EXPECT_EQ(two.carried_from->extra["note"], "x");
    EXPECT_EQ(back->plan.actions[0].insats, "4.1.2");
    EXPECT_EQ(back->plan.actions[0].extra["prioritet"], "hög");
    EXPECT_EQ(back->plan.extra["ny_nyckel"], 7);
    ASSERT_TRUE(back->plan.follows.has_value());
    EXPECT_EQ(back->plan.follows->assessment, "round-0");
}

TEST(Plan, FileWithoutPlanLoadsAndIsWrittenWithoutOne) {
    std::string text =
        R"({"format":"strategispegeln-assessment","format_version":1,"instrument":{"id":"skane-2025-sjalvskattning","version":"1.1.0"},"mode":"self-assessment","answers":{"hf-01":{"level":2}}})";
    Diagnostics d;
    auto a = load_assessment(text, d);
    ASSERT_TRUE(a.has_value());
    EXPECT_TRUE(a->plan.empty());
    EXPECT_EQ(assessment_to_json(*a).find("handlingsplan"), std::string::npos);
}

TEST(Plan, InvalidActionsAreErrorsNamingTheirPath) {
    Diagnostics d = load_errors(R"({"actions":[{"id":"a1","items":["hf-01"],"action":"x","status":"klar"}]})");
    ASSERT_EQ(codes(d), std::vector<std::string>{"diag.plan.status_unknown"});
    EXPECT_EQ(d.items[0].path, "handlingsplan.actions[0].status");
    EXPECT_NE(testing_support::sv(d.items[0]).find("planerad, pagar, genomford, avbruten"), std::string::npos);

    d = load_errors(
        R"({"actions":[{"id":"a1","items":["hf-01"],"action":"x","status":"planerad","due":"2026-02-30"}]})");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.date.invalid"});
    EXPECT_EQ(d.items[0].path, "handlingsplan.actions[0].due");

    // An action still being written (no insats, no text) is kept, with a warning.
    Diagnostics unfinished;
    EXPECT_TRUE(load_assessment(file_with_plan(R"({"actions":[{"id":"a1","items":["hf-01"],"status":"planerad"}]})"),
                                unfinished)
                    .has_value());
    EXPECT_EQ(codes(unfinished), std::vector<std::string>{"diag.plan.action_empty"});
    EXPECT_FALSE(unfinished.has_errors());

    d = load_errors(R"({"actions":[{"id":"a1","items":[],"action":"x","status":"planerad"}]})");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.plan.no_items"});

    d = load_errors(
        R"({"actions":[{"id":"a1","items":["hf-01"],"action":"x","status":"planerad"},{"id":"a1","items":["hf-02"],"action":"y","status":"pagar"}]})");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.plan.id_twice"});
    EXPECT_EQ(d.items[0].path, "handlingsplan.actions[1].id");

    d = load_errors(R"({"actions":[{"id":"a1","items":["hf-01","hf-01"],"action":"x","status":"planerad"}]})");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.plan.item_twice"});

    d = load_errors(R"({"actions":[7]})");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.plan.action_not_object"});

    d = load_errors(R"([])");
    EXPECT_EQ(codes(d), std::vector<std::string>{"diag.wrong_type"});
    EXPECT_EQ(d.items[0].path, "handlingsplan");
}

TEST(Plan, HostileSizesAreRefused) {
    std::string many = R"({"actions":[)";
    for (size_t i = 0; i <= kMaxPlanActions; ++i)
        many += (i ? "," : "") + std::string(R"({"id":"a)") + std::to_string(i) +
                R"(","items":["hf-01"],"action":"x","status":"planerad"})";
    many += "]}";
    EXPECT_EQ(codes(load_errors(many)), std::vector<std::string>{"diag.plan.too_many_actions"});

    std::string long_text(kMaxPlanTextBytes + 1, 'x');
    Diagnostics d = load_errors(R"({"actions":[{"id":"a1","items":["hf-01"],"action":")" + long_text +
                                R"(","status":"planerad"}]})");
    ASSERT_FALSE(d.items.empty());
    EXPECT_EQ(d.items[0].code, "diag.plan.text_too_long");
    EXPECT_EQ(d.items[0].path, "handlingsplan.actions[0].action");

    std::string items;
    for (size_t i = 0; i <= kMaxPlanActionItems; ++i) items += (i ? ",\"i" : "\"i") + std::to_string(i) + "\"";
    d = load_errors(R"({"actions":[{"id":"a1","items":[)" + items + R"(],"action":"x","status":"planerad"}]})");
    ASSERT_FALSE(d.items.empty());
    EXPECT_EQ(d.items[0].code, "diag.plan.too_many_items");
}

TEST(Plan, UnknownItemsAndInsatserAreWarningsAgainstTheInstrument) {
    Instrument in = current();
    Assessment a = with_plan(in);
    a.plan.actions[0].items.push_back("zz-99");
    a.plan.actions[1].insats = "9.9.9";
    Diagnostics d;
    check_against_instrument(a, in, d);
    EXPECT_FALSE(d.has_errors());
    EXPECT_EQ(codes(d), (std::vector<std::string>{"diag.plan.item_unknown", "diag.plan.insats_unknown"}));
    EXPECT_EQ(d.items[0].path, "handlingsplan.actions[0].items[1]");
}

TEST(Plan, InsatserAreSuggestedFromTheItemThenItsArea) {
    Instrument in = current();
    const Item* hf01 = in.find_item("hf-01");
    ASSERT_NE(hf01, nullptr);
    auto s = suggested_insatser(in, *hf01);
    std::vector<std::string> ids;
    for (const auto* t : s) ids.push_back(t->id);
    EXPECT_EQ(ids, (std::vector<std::string>{"4.1.2", "4.1.1", "4.1.3", "4.1.4"}));
    EXPECT_NE(insats_title(in, "4.1.2", "sv").find("Friskfaktorer"), std::string::npos);
    EXPECT_EQ(insats_title(in, "9.9", "sv"), "");
}

TEST(Plan, NewActionIdsAreNeverReused) {
    ActionPlan p;
    p.actions.push_back(new_plan_action(p, "hf-01"));
    p.actions.push_back(new_plan_action(p, "hf-02"));
    p.actions.erase(p.actions.begin());
    PlanAction third = new_plan_action(p, "hf-03");
    EXPECT_EQ(third.id, "a3");
    EXPECT_EQ(third.status, ActionStatus::Planerad);
}

TEST(Plan, FollowUpOnTheSameVersionCarriesEveryActionWithALink) {
    Instrument in = current();
    Assessment earlier = with_plan(in);
    Diagnostics d;
    Assessment next = start_follow_up(earlier, in, d);
    EXPECT_TRUE(d.items.empty());
    EXPECT_TRUE(next.answers.empty());
    EXPECT_EQ(next.unit_name, earlier.unit_name);
    EXPECT_EQ(next.unit_kind, "vardcentral");
    ASSERT_TRUE(next.plan.follows.has_value());
    EXPECT_EQ(next.plan.follows->assessment, "round-1");
    EXPECT_EQ(next.plan.follows->date, "2026-03-15");
    ASSERT_EQ(next.plan.actions.size(), 2u);
    const PlanAction& two = next.plan.actions[1];
    EXPECT_EQ(two.items, std::vector<std::string>{"pv-07"});
    EXPECT_EQ(two.status, ActionStatus::Pagar);
    ASSERT_TRUE(two.carried_from.has_value());
    EXPECT_EQ(two.carried_from->action, "a2");
    EXPECT_EQ(two.carried_from->status, ActionStatus::Pagar);
    EXPECT_TRUE(two.unmapped_items.empty());
}

TEST(Plan, FollowUpOnANewerVersionMapsItemIds) {
    Instrument old_in = older(), new_in = current();
    Assessment earlier = new_assessment(old_in, Mode::SelfAssessment);
    PlanAction reworded = new_plan_action(earlier.plan, "pv-01");  // became lt-07
    reworded.own_action = "x";
    earlier.plan.actions.push_back(reworded);
    PlanAction split = new_plan_action(earlier.plan, "pv-07");  // split into pv-07 and pv-10
    split.own_action = "y";
    earlier.plan.actions.push_back(split);
    Diagnostics d;
    Assessment next = start_follow_up(earlier, new_in, d);
    EXPECT_TRUE(d.items.empty());
    EXPECT_EQ(next.instrument_version, "1.1.0");
    EXPECT_EQ(next.plan.actions[0].items, std::vector<std::string>{"lt-07"});
    EXPECT_EQ(next.plan.actions[0].carried_from->items, std::vector<std::string>{"pv-01"});
    EXPECT_EQ(next.plan.actions[1].items, (std::vector<std::string>{"pv-07", "pv-10"}));
    // The carried plan is valid against the new version, and survives a save.
    Diagnostics check;
    check_against_instrument(next, new_in, check);
    EXPECT_TRUE(check.items.empty());
    Diagnostics load;
    EXPECT_TRUE(load_assessment(assessment_to_json(next), load, &new_in).has_value());
}

TEST(Plan, ItemsTheMappingCannotCarryAreNamed) {
    Instrument old_in = older(), new_in = current();
    // Pretend 1.1.0 removed hf-01.
    for (auto& pv : new_in.previous_versions)
        for (auto& c : pv.items)
            if (c.from == std::vector<std::string>{"hf-01"}) c.change = ChangeKind::Removed;
    Assessment earlier = new_assessment(old_in, Mode::SelfAssessment);
    PlanAction act = new_plan_action(earlier.plan, "hf-01");
    act.items.push_back("hf-04");
    act.own_action = "x";
    earlier.plan.actions.push_back(act);
    Diagnostics d;
    Assessment next = start_follow_up(earlier, new_in, d);
    EXPECT_EQ(next.plan.actions[0].items, std::vector<std::string>{"hf-04"});
    EXPECT_EQ(next.plan.actions[0].unmapped_items, std::vector<std::string>{"hf-01"});
    ASSERT_EQ(codes(d), std::vector<std::string>{"diag.plan.items_not_mapped"});
    EXPECT_NE(testing_support::sv(d.items[0]).find("hf-01"), std::string::npos);

    // A version the instrument has no mapping from: nothing maps, and that is said once.
    earlier.instrument_version = "0.9.0";
    Diagnostics none;
    next = start_follow_up(earlier, new_in, none);
    EXPECT_TRUE(next.plan.actions[0].items.empty());
    EXPECT_EQ(next.plan.actions[0].unmapped_items, (std::vector<std::string>{"hf-01", "hf-04"}));
    EXPECT_EQ(none.items.front().code, "diag.plan.no_mapping");
    // Still a valid file: the action keeps its unmapped items.
    Diagnostics load;
    EXPECT_TRUE(load_assessment(assessment_to_json(next), load).has_value());
}

TEST(Plan, CsvFollowsSwedishExcelAndNeutralisesFormulas) {
    Instrument in = current();
    Assessment a = with_plan(in);
    a.plan.actions[1].responsible = "=HYPERLINK(\"x\")";
    std::string csv = plan_csv(in, a, language("sv"));
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_NE(csv.find("Åtgärd;Frågor;Svar nu;Insats (id);Vad vi gör;"), std::string::npos);
    EXPECT_NE(csv.find("a1;hf-01;hf-01: 1 – "), std::string::npos);
    EXPECT_NE(csv.find(";4.1.2;"), std::string::npos);
    EXPECT_NE(csv.find(";Planerad;"), std::string::npos);
    EXPECT_NE(csv.find(";Pågår;"), std::string::npos);
    EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos);
    std::string en = plan_csv(in, a, language("en"));
    EXPECT_NE(en.find("Action,Items,Answer now,"), std::string::npos);
    EXPECT_NE(en.find(",In progress,"), std::string::npos);
}

TEST(Plan, CarriedStatusShowsInTextJsonAndReport) {
    Instrument in = current();
    Assessment earlier = with_plan(in);
    Diagnostics d;
    Assessment next = start_follow_up(earlier, in, d);
    next.plan.actions[1].status = ActionStatus::Genomford;
    next.answers["pv-07"].status = AnswerStatus::Level;
    next.answers["pv-07"].level = 3;
    std::string text = plan_text(in, next, language("sv"));
    EXPECT_NE(text.find("Status: Genomförd  (förra omgången: Pågår)"), std::string::npos) << text;
    EXPECT_NE(text.find("Uppföljning av omgången 2026-03-15"), std::string::npos);

    ScoreReport r = score_assessment(in, next);
    json j = plan_document(in, next, r);
    EXPECT_EQ(j["actions"][1]["status"], "genomford");
    EXPECT_EQ(j["actions"][1]["carried_from"]["status"], "pagar");
    EXPECT_EQ(j["actions"][0]["insats"]["id"], "4.1.2");
    EXPECT_TRUE(j["actions"][1]["items"][0]["value"].is_number());

    std::string html = report_html(in, next, r, "sv");
    EXPECT_NE(html.find("<h2>Handlingsplan</h2>"), std::string::npos);
    EXPECT_NE(html.find("Genomförd<br><small>Status förra omgången: Pågår</small>"), std::string::npos);
    EXPECT_NE(html.find("Journalgranskning av 20 besök i september"), std::string::npos);
}

TEST(Plan, ReportEscapesPlanText) {
    Instrument in = current();
    Assessment a = with_plan(in);
    a.plan.actions[1].own_action = "<script>alert(1)</script>";
    std::string html = report_html(in, a, score_assessment(in, a), "sv");
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    Assessment none = new_assessment(in, Mode::SelfAssessment);
    EXPECT_NE(report_html(in, none, score_assessment(in, none), "sv").find("Ingen handlingsplan"), std::string::npos);
}
