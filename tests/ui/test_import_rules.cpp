// test_import_rules.cpp — what the app does with files whose contents do not
// match how it stores them: odd ids, a file copied under another name, many
// problems at once, and several files dropped together.
#include <gtest/gtest.h>

#include "actions.h"
#include "app_fixture.h"
#include "bundled.h"
#include "fake_platform.h"
#include "json_read.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";

// A valid assessment of the Skåne instrument with `id` and one answer.
std::string assessment_file(const std::string& id, const std::string& unit = "Vårdcentralen Ek") {
    auto in = bundled_instrument(kSelf);
    EXPECT_TRUE(in);
    Assessment a = new_assessment(*in, Mode::SelfAssessment);
    a.id = id;
    a.unit_name = unit;
    a.date = "2026-03-10";
    a.answers[in->items[0].id].status = AnswerStatus::Level;
    a.answers[in->items[0].id].level = 3;
    return assessment_to_json(a);
}

class ImportRules : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

TEST_F(ImportRules, AnIdThatCannotNameAStoredFileIsReplacedNotRefused) {
    auto app = make_app();
    ASSERT_TRUE(act_import(*app, "norr.json", assessment_file("norr/2026")));
    ASSERT_EQ(app->library.saved.size(), 1u);
    EXPECT_NE(app->library.saved[0].id, "norr/2026");
    EXPECT_NE(app->messages.modal, Modal::Error);
    ASSERT_TRUE(act_resume(*app, app->library.saved[0].id));
    EXPECT_EQ(app->doc.current->unit_name, "Vårdcentralen Ek");
}

TEST_F(ImportRules, EditsGoToTheFileThatWasOpenedNotTheIdWrittenInsideIt) {
    auto app = make_app();
    // A file copied into storage under another name (the desktop data folder is visible).
    fake::platform().storage[std::string(kAssessmentPrefix) + "kopia.json"] = assessment_file("original");
    act_refresh_saved(*app);
    ASSERT_TRUE(act_resume(*app, "kopia"));
    const std::string item = current_instrument(*app)->items[1].id;
    act_answer(*app, item, AnswerStatus::Level, 2);
    EXPECT_EQ(fake::platform().storage.count(std::string(kAssessmentPrefix) + "original.json"), 0u);
    Diagnostics d;
    auto saved = load_assessment(fake::platform().storage[std::string(kAssessmentPrefix) + "kopia.json"], d);
    ASSERT_TRUE(saved);
    ASSERT_NE(saved->find_answer(item), nullptr);
    EXPECT_EQ(saved->find_answer(item)->level, 2);
}

TEST_F(ImportRules, AFileWithThousandsOfProblemsShowsAShortListAndACount) {
    auto app = make_app();
    std::string text = assessment_file("manga");
    std::string bad;
    auto in = bundled_instrument(kSelf);
    for (size_t i = 1; i < in->items.size(); ++i) bad += "\"" + in->items[i].id + "\": {\"level\": 99}, ";
    for (int i = 0; i < 3000; ++i) bad += "\"x" + std::to_string(i) + "\": {\"comment\": 1}, ";
    text.insert(text.find("\"answers\": {") + 12, bad);
    EXPECT_FALSE(act_import(*app, "manga.json", text));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    ASSERT_LE(app->messages.lines.size(), 51u);
    EXPECT_NE(app->messages.lines.back().find("problem till"), std::string::npos) << app->messages.lines.back();
    EXPECT_TRUE(app->messages.file_rejected);
    EXPECT_TRUE(app->library.saved.empty());
}

TEST_F(ImportRules, FilesDroppedTogetherAllReportTheirResultsInOneDialog) {
    auto app = make_app();
    EXPECT_FALSE(act_import(*app, "trasig.json", "{\"format\": "));
    std::string newer = assessment_file("b");
    // A version that is not bundled: read against the newest, with a warning naming the version.
    const std::string version = "\"version\": \"" + bundled_instrument(kSelf)->version + "\"";
    ASSERT_NE(newer.find(version), std::string::npos);
    newer.replace(newer.find(version), version.size(), "\"version\": \"0.9\"");
    ASSERT_TRUE(act_import(*app, "b.json", newer));
    EXPECT_EQ(app->messages.modal, Modal::Error) << "the first file's error stays visible";
    bool first = false, second = false;
    for (const auto& l : app->messages.lines) {
        first = first || l.find("fel:") != std::string::npos;
        second = second || l.find("version") != std::string::npos;
    }
    EXPECT_TRUE(first);
    EXPECT_TRUE(second);
    EXPECT_FALSE(app->messages.file_rejected) << "one of the files was read in, so 'nothing changed' would be false";
}

TEST_F(ImportRules, AFailedSaveIsNotDescribedAsARejectedFile) {
    auto app = make_app();
    fake::platform().fail_writes = true;
    EXPECT_FALSE(act_import(*app, "a.json", assessment_file("a")));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_FALSE(app->messages.file_rejected);
}

}  // namespace
