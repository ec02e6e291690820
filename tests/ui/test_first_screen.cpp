// test_first_screen.cpp — the hand-over from the page's static first screen
// (scripts/first_screen.py, web/shell/first-screen.js) to the app as it is
// created: app_take_first_screen() reads platform::first_screen_form() once,
// when the window is open (main_loop::open_window; library_actions.h, act_take_first_screen).
#include <gtest/gtest.h>

#include <memory>

#include "actions.h"
#include "app.h"
#include "fake_platform.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";
constexpr const char* kAudit = "skane-2025-brukarrevision";
constexpr const char* kWorkshop = "skane-2025-workshop";

std::unique_ptr<App> created(const std::string& form, bool storage_ready = true) {
    fake::platform().first_screen = form;
    fake::platform().ready = storage_ready;
    auto app = std::unique_ptr<App>(app_create());
    app_take_first_screen(*app);
    return app;
}

const Instrument& chosen(const App& app) {
    return app.instruments.at(static_cast<size_t>(app.library.form.instrument));
}

class FirstScreen : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

TEST_F(FirstScreen, NothingTouchedLeavesTheAppsOwnForm) {
    auto app = created("");
    EXPECT_EQ(chosen(*app).id, kSelf);
    EXPECT_EQ(app->library.form.mode, Mode::SelfAssessment);
    EXPECT_EQ(app->library.form.unit_kind, "vardcentral");
    EXPECT_EQ(app->library.form.date, "2026-03-15");
    EXPECT_TRUE(app->library.form.unit_name.empty());
    EXPECT_EQ(app->screen, Screen::Start);
}

TEST_F(FirstScreen, ChoicesAndTextsAreTakenOverAsTyped) {
    auto app = created(R"({"instrument":"skane-2025-sjalvskattning","mode":"workshop","unit_kind":"psykiatri-oppenvard",
        "core_path":true,"unit_name":"Mottagningen Väst ","date":"2026-03-1","role":"hela teamet","begin":false,
        "focus":"start.date"})");
    const StartForm& f = app->library.form;
    EXPECT_EQ(chosen(*app).id, kSelf);
    EXPECT_EQ(f.mode, Mode::Workshop);
    EXPECT_EQ(f.unit_kind, "psykiatri-oppenvard");
    EXPECT_TRUE(f.core_path);
    EXPECT_EQ(f.unit_name, "Mottagningen Väst ") << "kept as typed: the person may be half-way through a word";
    EXPECT_EQ(f.date, "2026-03-1") << "a half-typed date is the person's to finish";
    EXPECT_EQ(f.respondent_role, "hela teamet");
    EXPECT_EQ(app->screen, Screen::Start);
    EXPECT_FALSE(app->doc.current) << "Start was not pressed";
}

TEST_F(FirstScreen, ChoosingAnInstrumentFollowsTheFormsRules) {
    // The workshop instrument has no unit kinds and no core items: the path falls back to all items.
    auto app = created(R"({"instrument":"skane-2025-workshop","mode":"workshop","core_path":true,"unit_name":"Ek"})");
    EXPECT_EQ(chosen(*app).id, kWorkshop);
    EXPECT_EQ(app->library.form.mode, Mode::Workshop);
    EXPECT_FALSE(app->library.form.core_path);
    // The audit instrument only has the brukarrevision mode, whatever the screen sent.
    app = created(R"({"instrument":"skane-2025-brukarrevision","mode":"self-assessment","unit_name":"Ek"})");
    EXPECT_EQ(chosen(*app).id, kAudit);
    EXPECT_EQ(app->library.form.mode, Mode::Brukarrevision);
}

TEST_F(FirstScreen, StartPressedBeforeTheAppLoadedStartsOnceStorageIsRead) {
    auto app = created(R"({"instrument":"skane-2025-sjalvskattning","mode":"self-assessment",
        "unit_kind":"kommunal","core_path":true,"unit_name":"  Boendet Solrosen ","date":"2026-03-15",
        "role":"enhetschef","begin":true,"focus":""})",
                       false);
    EXPECT_FALSE(app->doc.current) << "nothing is saved before storage is read";
    EXPECT_EQ(app->screen, Screen::Start);
    fake::platform().ready = true;
    app_storage_ready(*app);
    ASSERT_TRUE(app->doc.current);
    EXPECT_EQ(app->screen, Screen::Answer);
    EXPECT_EQ(app->doc.current->unit_name, "Boendet Solrosen");
    EXPECT_EQ(app->doc.current->unit_kind, "kommunal");
    EXPECT_TRUE(app->doc.current->core_path);
    EXPECT_EQ(app->doc.current->respondent_role, "enhetschef");
    EXPECT_EQ(app->library.saved.size(), 1u) << "saved at once, like a start in the app";
    EXPECT_FALSE(app->library.start_when_ready);
}

TEST_F(FirstScreen, StartWithoutANameStaysOnTheFormAndSaysWhy) {
    auto app = created(R"({"instrument":"skane-2025-sjalvskattning","unit_name":"   ","begin":true})");
    EXPECT_FALSE(app->doc.current);
    EXPECT_EQ(app->screen, Screen::Start);
    ASSERT_EQ(app->library.form.errors.size(), 1u);
    EXPECT_EQ(app->library.form.errors[0], tr(*app, "start.error.unit_name"));
    ASSERT_FALSE(fake::platform().announcements.empty());
    EXPECT_EQ(fake::platform().announcements.back(), tr(*app, "start.error.unit_name"));
}

TEST_F(FirstScreen, ABrukarrevisionStartedThereOpensItsSetUp) {
    auto app = created(R"({"instrument":"skane-2025-brukarrevision","mode":"brukarrevision","unit_kind":"vardcentral",
        "unit_name":"Vårdcentralen Eken","date":"2026-03-02","begin":true})");
    ASSERT_TRUE(app->audit.current);
    EXPECT_EQ(app->audit.current->header.unit_name, "Vårdcentralen Eken");
    EXPECT_EQ(app->audit.current->header.period_from, "2026-03-02");
    EXPECT_EQ(app->screen, Screen::AuditSetup);
}

TEST_F(FirstScreen, WhatTheAppDoesNotKnowIsLeftAsItWas) {
    auto app = created(R"({"instrument":"no-such-instrument","mode":"dance","unit_kind":"moon-base","core_path":"yes",
        "unit_name":42,"date":null,"begin":"true"})");
    const StartForm& f = app->library.form;
    EXPECT_EQ(chosen(*app).id, kSelf);
    EXPECT_EQ(f.mode, Mode::SelfAssessment);
    EXPECT_EQ(f.unit_kind, "vardcentral");
    EXPECT_FALSE(f.core_path);
    EXPECT_TRUE(f.unit_name.empty());
    EXPECT_EQ(f.date, "2026-03-15") << "a missing date keeps today's";
    EXPECT_FALSE(app->doc.current) << "begin must be the boolean true";
}

TEST_F(FirstScreen, ABrokenOrHostileHandOverIsIgnored) {
    for (const char* text : {"{", "[]", "\"begin\"", "null", "{\"unit_name\":\"\\ud800\"}", "{\"a\":1}garbage"}) {
        auto app = created(text);
        EXPECT_EQ(chosen(*app).id, kSelf) << text;
        EXPECT_TRUE(app->library.form.unit_name.empty()) << text;
        EXPECT_EQ(app->screen, Screen::Start) << text;
        EXPECT_TRUE(app->messages.errors.empty()) << text;
    }
    // Markup is text like any other: kept, never interpreted (the form shows it as typed).
    auto app = created(R"({"unit_name":"<img src=x onerror=alert(1)>"})");
    EXPECT_EQ(app->library.form.unit_name, "<img src=x onerror=alert(1)>");
}

}  // namespace
