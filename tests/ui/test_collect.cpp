// test_collect.cpp — collecting a workshop on the group screen
// (web/app/group/collect_actions.cpp): many files at once, duplicates by content
// and by assessment id, a file of another instrument and a broken file reported
// by name without stopping the rest, removing a participant and adding a late
// one, all recounted by the core; files given on the group screen never land in
// the saved list. Also the group's HTML and JSON downloads.
#include <gtest/gtest.h>

#include "actions.h"
#include "app.h"
#include "app_fixture.h"
#include "code.h"
#include "fake_platform.h"
#include "group/codes_actions.h"
#include "group_report.h"
#include "output.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";
constexpr const char* kAudit = "skane-2025-brukarrevision";

std::string participant(const App& app, const std::string& id, int level, const std::string& instrument = kSelf) {
    const Instrument& in = *find_instrument(app, instrument);
    Assessment a = new_assessment(in, in.modes.front());
    a.id = id;
    a.unit_name = "Fallet";
    a.date = "2026-03-15";
    int k = 0;
    for (const auto& item : in.items)
        if (in.scale_of(item).top() == 4 && k++ < 6) {
            a.answers[item.id].status = AnswerStatus::Level;
            a.answers[item.id].level = level;
        }
    return assessment_to_json(a);
}

FileRead bytes(const std::string& s) {
    FileRead f;
    f.bytes = s;
    return f;
}

// A participant's code, as `spegeln code` would print it.
std::string code_of(const App& app, const std::string& json) {
    Diagnostics diag;
    auto a = load_assessment(json, diag);
    const Instrument& in = *find_instrument(app, a->instrument_id);
    return encode_code(*a, in, diag);
}

class Collect : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

}  // namespace

TEST_F(Collect, TheSavedListOpensAnEmptyGroupAndAsksForSeveralFiles) {
    auto app = make_app();
    act_open_collect(*app);
    EXPECT_EQ(app->screen, Screen::Group);
    EXPECT_TRUE(is_collecting(*app));
    EXPECT_TRUE(app->group.members.empty());
    act_request_collect_files(*app);
    ASSERT_EQ(fake::platform().open_file_requests.size(), 1u);
    EXPECT_EQ(fake::platform().open_file_requests[0].rfind("multiple:", 0), 0u);
}

TEST_F(Collect, ABatchWithADuplicateAndABrokenFileAddsTheRest) {
    auto app = make_app();
    act_open_collect(*app);
    const std::string p1 = participant(*app, "p1", 1), p2 = participant(*app, "p2", 2), p3 = participant(*app, "p3", 4);
    // As the browser delivers a multi-file pick or a drop: one app_file_opened per file.
    app_file_opened(*app, "anna.json", bytes(p1));
    app_file_opened(*app, "bertil.json", bytes(p2));
    app_file_opened(*app, "anna-igen.json", bytes(p1));  // the same bytes again
    app_file_opened(*app, "trasig.json", bytes("{\"format\": \"strategispegeln-assessment\", "));
    app_file_opened(*app, "cecilia.json", bytes(p3));
    EXPECT_EQ(app->messages.modal, Modal::None);  // no dialog stops the batch
    ASSERT_EQ(app->group.members.size(), 3u);
    EXPECT_EQ(app->group.member_labels, (std::vector<std::string>{"anna.json", "bertil.json", "cecilia.json"}));
    ASSERT_EQ(app->group.collect_notes.size(), 5u);
    EXPECT_EQ(app->group.collect_notes[2].outcome, CollectOutcome::Duplicate);
    EXPECT_EQ(collect_note_text(*app, app->group.collect_notes[2]),
              "Dubblett, inte tillagd: anna-igen.json – samma innehåll som anna.json");
    EXPECT_EQ(app->group.collect_notes[3].outcome, CollectOutcome::Broken);
    EXPECT_NE(collect_note_text(*app, app->group.collect_notes[3]).find("trasig.json"), std::string::npos);
    EXPECT_FALSE(app->group.collect_notes[3].detail.empty());  // the core's sentence on what is wrong
    // The group's numbers are the core's for exactly these three.
    const Instrument& in = app->instruments[static_cast<size_t>(app->group.instrument)];
    EXPECT_EQ(aggregate_json(in, app->group.aggregate), aggregate_json(in, aggregate(in, app->group.members)));
    EXPECT_EQ(app->group.aggregate.respondents, 3);
    EXPECT_FALSE(app->group.aggregate.below_anonymity_threshold);
    // Nothing was saved in this browser.
    EXPECT_TRUE(app->library.saved.empty());
    EXPECT_TRUE(fake::platform().storage.empty() ||
                fake::platform().storage.find("assessment-p1.json") == fake::platform().storage.end());
}

TEST_F(Collect, TheSameAssessmentIdWithOtherAnswersIsADuplicate) {
    auto app = make_app();
    act_open_collect(*app);
    app_file_opened(*app, "forsta.json", bytes(participant(*app, "p1", 1)));
    EXPECT_EQ(act_collect_file(*app, "andra.json", bytes(participant(*app, "p1", 3))), CollectOutcome::Duplicate);
    EXPECT_EQ(app->group.collect_notes.back().detail, "samma bedömning som forsta.json");
    EXPECT_EQ(app->group.members.size(), 1u);
}

TEST_F(Collect, AnotherInstrumentAndAnUnreadableFileAreNamed) {
    auto app = make_app();
    act_open_collect(*app);
    app_file_opened(*app, "a.json", bytes(participant(*app, "p1", 1)));
    app_file_opened(*app, "revision.json", bytes(participant(*app, "r1", 1, kAudit)));
    app_file_opened(*app, "stor.json", file_too_large(20ull * 1024 * 1024));
    ASSERT_EQ(app->group.collect_notes.size(), 3u);
    EXPECT_EQ(app->group.collect_notes[1].outcome, CollectOutcome::OtherInstrument);
    EXPECT_NE(app->group.collect_notes[1].detail.find(kAudit), std::string::npos);
    EXPECT_EQ(app->group.collect_notes[2].outcome, CollectOutcome::Broken);
    EXPECT_EQ(app->group.collect_notes[2].file, "stor.json");
    EXPECT_EQ(app->group.members.size(), 1u);
    EXPECT_EQ(app->messages.modal, Modal::None);
}

TEST_F(Collect, RemovingAParticipantAndAddingALateOneRecounts) {
    auto app = make_app();
    act_open_collect(*app);
    for (int k = 0; k < 4; ++k)
        app_file_opened(*app, "d" + std::to_string(k) + ".json", bytes(participant(*app, "p" + std::to_string(k), k)));
    ASSERT_EQ(app->group.aggregate.respondents, 4);
    ASSERT_TRUE(act_remove_member(*app, 1));
    EXPECT_EQ(app->group.aggregate.respondents, 3);
    EXPECT_EQ(app->group.member_labels, (std::vector<std::string>{"d0.json", "d2.json", "d3.json"}));
    ASSERT_TRUE(act_remove_member(*app, 0));
    EXPECT_TRUE(app->group.aggregate.below_anonymity_threshold);
    EXPECT_FALSE(act_remove_member(*app, 5));
    // A late participant; the one removed may come back, it is no longer a duplicate.
    EXPECT_EQ(act_collect_file(*app, "d1.json", bytes(participant(*app, "p1", 1))), CollectOutcome::Added);
    EXPECT_EQ(app->group.aggregate.respondents, 3);
    EXPECT_FALSE(app->group.aggregate.below_anonymity_threshold);
    const Instrument& in = app->instruments[static_cast<size_t>(app->group.instrument)];
    EXPECT_EQ(aggregate_json(in, app->group.aggregate), aggregate_json(in, aggregate(in, app->group.members)));
}

// A workshop where some participants send files and others codes: whichever comes first, the
// group on screen keeps everyone; a code already in the group, or of another instrument, is
// reported on its line and left out.
TEST_F(Collect, CodesPastedAfterFilesJoinTheGroupOnScreen) {
    auto app = make_app();
    act_open_collect(*app);
    for (int k = 0; k < 3; ++k)
        app_file_opened(*app, "fil" + std::to_string(k) + ".json",
                        bytes(participant(*app, "f" + std::to_string(k), k)));
    ASSERT_EQ(app->group.aggregate.respondents, 3);
    const std::string c1 = code_of(*app, participant(*app, "c1", 3));
    const std::string c2 = code_of(*app, participant(*app, "c2", 4));
    const std::string audit = code_of(*app, participant(*app, "w1", 1, "skane-2025-workshop"));
    ASSERT_FALSE(c1.empty());
    ASSERT_FALSE(audit.empty());
    EXPECT_EQ(act_paste_codes(*app, c1 + "\n" + c2 + "\n" + audit + "\n"), 2);
    EXPECT_EQ(app->group.aggregate.respondents, 5);
    ASSERT_EQ(app->group.members.size(), 5u);
    EXPECT_EQ(app->group.member_labels[0], "fil0.json");
    EXPECT_EQ(app->group.codes.other, 1);
    EXPECT_NE(codes_summary(*app).find("1 för ett annat instrument"), std::string::npos) << codes_summary(*app);
    ASSERT_EQ(app->group.codes.report.size(), 3u);
    EXPECT_FALSE(app->group.codes.report[2].added);
    EXPECT_NE(app->group.codes.report[2].message.find("skane-2025-workshop"), std::string::npos);
    // The same code again, in a later paste: already a participant.
    EXPECT_EQ(act_paste_codes(*app, c2), 0);
    EXPECT_EQ(app->group.codes.duplicates, 1);
    EXPECT_EQ(app->group.aggregate.respondents, 5);
    const Instrument& in = app->instruments[static_cast<size_t>(app->group.instrument)];
    EXPECT_EQ(aggregate_json(in, app->group.aggregate), aggregate_json(in, aggregate(in, app->group.members)));
}

TEST_F(Collect, FilesCollectedAfterCodesJoinTheGroup) {
    auto app = make_app();
    act_open_collect(*app);
    std::string codes;
    for (int k = 0; k < 3; ++k) codes += code_of(*app, participant(*app, "c" + std::to_string(k), k)) + "\n";
    EXPECT_EQ(act_paste_codes(*app, codes), 3);
    ASSERT_EQ(app->group.aggregate.respondents, 3);
    EXPECT_EQ(act_collect_file(*app, "sen.json", bytes(participant(*app, "late", 4))), CollectOutcome::Added);
    EXPECT_EQ(app->group.aggregate.respondents, 4);
}

TEST_F(Collect, OutsideTheGroupScreenAFileIsImportedAsBefore) {
    auto app = make_app();
    app->screen = Screen::Start;
    app_file_opened(*app, "p1.json", bytes(participant(*app, "p1", 1)));
    EXPECT_TRUE(app->group.members.empty());
    EXPECT_EQ(app->library.saved.size(), 1u);
}

TEST_F(Collect, TheGroupDownloadsAsReportAndJson) {
    auto app = make_app();
    act_open_collect(*app);
    for (int k = 0; k < 3; ++k)
        app_file_opened(*app, "d" + std::to_string(k) + ".json", bytes(participant(*app, "p" + std::to_string(k), k)));
    ASSERT_TRUE(act_export_group_html(*app));
    ASSERT_TRUE(act_export_group_json(*app));
    const auto& d = fake::platform().downloads;
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].filename, "grupprapport-3-deltagare.html");
    EXPECT_EQ(d[0].mime, "text/html;charset=utf-8");
    EXPECT_NE(d[0].data.find("Gruppens resultat"), std::string::npos);
    const Instrument& in = app->instruments[static_cast<size_t>(app->group.instrument)];
    EXPECT_EQ(d[1].filename, "sammanstallning-3-bedomningar.json");
    EXPECT_EQ(d[1].data, aggregate_json(in, app->group.aggregate));
    EXPECT_EQ(d[0].data, group_report_html(in, app->group.members, "sv"));
}
