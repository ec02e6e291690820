// test_plan_actions.cpp — the handlingsplan's actions in the app (web/app/assessment/plan_actions.h)
// and "Starta uppföljning" (library_actions.h): every change is saved at once, a half-typed due
// date never reaches the file, and a follow-up round carries the plan with a link back.
#include <gtest/gtest.h>

#include "actions.h"
#include "app_fixture.h"
#include "bundled.h"
#include "fake_platform.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";

std::unique_ptr<App> started() {
    auto app = make_app();
    app->library.form.instrument = instrument_index(*app, kSelf);
    app->library.form.mode = Mode::SelfAssessment;
    app->library.form.unit_name = "Vårdcentralen Eken";
    app->library.form.date = "2026-03-15";
    EXPECT_TRUE(act_start(*app));
    return app;
}

std::optional<Assessment> stored(const std::string& id) {
    auto text = fake::platform().storage.find(std::string(kAssessmentPrefix) + id + ".json");
    if (text == fake::platform().storage.end()) return std::nullopt;
    Diagnostics d;
    return load_assessment(text->second, d);
}

class PlanActions : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

}  // namespace

TEST_F(PlanActions, AddingAnActionSuggestsTheItemsInsatsAndSavesAtOnce) {
    auto app = started();
    std::string id = act_plan_add(*app, "hf-01");
    EXPECT_EQ(id, "a1");
    auto saved = stored(app->doc.current->id);
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->plan.actions.size(), 1u);
    EXPECT_EQ(saved->plan.actions[0].insats, "4.1.2") << "the insats hf-01 itself serves";
    EXPECT_EQ(plan_action_for_item(*app, "hf-01")->id, "a1");
    EXPECT_EQ(act_plan_add(*app, "zz-99"), "") << "an unknown item gets no action";
}

TEST_F(PlanActions, FieldsAndStatusAreSavedAndABadDateIsRefused) {
    auto app = started();
    act_plan_add(*app, "hf-01");
    EXPECT_TRUE(act_plan_set_text(*app, "a1", PlanField::Responsible, "Verksamhetschef"));
    EXPECT_TRUE(act_plan_set_text(*app, "a1", PlanField::Due, "2026-09-30"));
    EXPECT_FALSE(act_plan_set_text(*app, "a1", PlanField::Due, "2026-09-3"));
    act_plan_set_insats(*app, "a1", "");
    EXPECT_TRUE(act_plan_set_text(*app, "a1", PlanField::OwnAction, "Egen rutin"));
    act_plan_set_status(*app, "a1", ActionStatus::Genomford);
    auto saved = stored(app->doc.current->id);
    ASSERT_TRUE(saved);
    const PlanAction& a = saved->plan.actions[0];
    EXPECT_EQ(a.responsible, "Verksamhetschef");
    EXPECT_EQ(a.due, "2026-09-30");
    EXPECT_EQ(a.insats, "");
    EXPECT_EQ(a.own_action, "Egen rutin");
    EXPECT_EQ(a.status, ActionStatus::Genomford);
    act_plan_remove(*app, "a1");
    EXPECT_TRUE(stored(app->doc.current->id)->plan.actions.empty());
}

TEST_F(PlanActions, FollowUpCarriesThePlanWithALinkBack) {
    auto app = started();
    act_plan_add(*app, "hf-01");
    act_plan_set_status(*app, "a1", ActionStatus::Pagar);
    const std::string first = app->doc.current->id;
    fake::platform().today = "2027-03-15";
    ASSERT_TRUE(act_start_follow_up(*app, first));
    EXPECT_NE(app->doc.current->id, first);
    EXPECT_EQ(app->doc.current->date, "2027-03-15");
    EXPECT_EQ(app->screen, Screen::Answer);
    auto saved = stored(app->doc.current->id);
    ASSERT_TRUE(saved);
    ASSERT_TRUE(saved->plan.follows);
    EXPECT_EQ(saved->plan.follows->assessment, first);
    ASSERT_EQ(saved->plan.actions.size(), 1u);
    EXPECT_EQ(saved->plan.actions[0].status, ActionStatus::Pagar);
    EXPECT_EQ(saved->plan.actions[0].carried_from->status, ActionStatus::Pagar);
    EXPECT_EQ(app->library.saved.size(), 2u);
}

// A round on 1.0.0 carried to the newest version: item ids go through the mapping.
TEST_F(PlanActions, FollowUpFromAnEarlierVersionMapsItems) {
    auto app = make_app();
    auto older = bundled_instrument(kSelf, "1.0.0");
    ASSERT_TRUE(older);
    Assessment a = new_assessment(*older, Mode::SelfAssessment);
    a.id = "gammal";
    a.date = "2026-03-15";
    PlanAction act = new_plan_action(a.plan, "pv-01");
    act.own_action = "x";
    a.plan.actions.push_back(act);
    ASSERT_TRUE(act_import(*app, "gammal.json", assessment_to_json(a)));
    close_modal(*app);
    ASSERT_TRUE(act_start_follow_up(*app, "gammal"));
    EXPECT_NE(app->doc.current->instrument_version, "1.0.0");
    EXPECT_EQ(app->doc.current->plan.actions[0].items, std::vector<std::string>{"lt-07"});
}
