// test_actions.cpp — the app's named state changes (web/app/actions.h), with
// the bundled instruments and an in-memory platform (fake_platform.cpp). No
// window, no ImGui: what a screen would do is one call here.
#include <gtest/gtest.h>

#include <algorithm>

#include "actions.h"
#include "app_fixture.h"
#include "bundled.h"
#include "fake_platform.h"
#include "json_read.h"
#include "scoring.h"

using namespace spegeln;

namespace {

constexpr const char* kSelf = "skane-2025-sjalvskattning";

// The newest bundled version, the one new assessments use.
int index_of(const App& app, const std::string& id) {
    return instrument_index(app, id);
}

// Starts a self-assessment of "Vårdcentralen Eken".
std::unique_ptr<App> started(const std::string& unit = "Vårdcentralen Eken") {
    auto app = make_app();
    app->library.form.instrument = index_of(*app, kSelf);
    app->library.form.mode = Mode::SelfAssessment;
    app->library.form.unit_name = unit;
    app->library.form.date = "2026-03-15";
    EXPECT_TRUE(act_start(*app));
    return app;
}

std::optional<Assessment> stored(const App& app) {
    auto text = fake::platform().storage.find(std::string(kAssessmentPrefix) + app.doc.current->id + ".json");
    if (text == fake::platform().storage.end()) return std::nullopt;
    Diagnostics d;
    return load_assessment(text->second, d);
}

class Actions : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

TEST_F(Actions, BundledInstrumentsAndStringsLoad) {
    auto app = make_app();
    ASSERT_GE(app->instruments.size(), 1u);
    EXPECT_TRUE(app->instruments.front().supports(Mode::SelfAssessment)) << "self-assessment instruments come first";
    EXPECT_TRUE(app->messages.errors.empty());
    EXPECT_EQ(tr(*app, "start.begin"), "Starta bedömningen");
    EXPECT_EQ(app->library.form.date, "2026-03-15") << "the date defaults to today";
}

TEST_F(Actions, StartRefusesAnIncompleteForm) {
    auto app = make_app();
    app->library.form.unit_name = "   ";
    app->library.form.date = "2026-02-30";
    EXPECT_FALSE(act_start(*app));
    EXPECT_EQ(app->library.form.errors.size(), 2u);
    EXPECT_FALSE(app->doc.current);
    EXPECT_TRUE(fake::platform().storage.empty());
    EXPECT_EQ(app->screen, Screen::Start);
}

TEST_F(Actions, StartSavesAtOnceAndOpensTheAnswerScreen) {
    auto app = started();
    ASSERT_TRUE(app->doc.current);
    EXPECT_EQ(app->screen, Screen::Answer);
    auto a = stored(*app);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->unit_name, "Vårdcentralen Eken");
    EXPECT_EQ(a->instrument_id, kSelf);
    ASSERT_EQ(app->library.saved.size(), 1u);
    EXPECT_TRUE(app->library.saved[0].unexported);
    EXPECT_FALSE(app->answer.item.empty()) << "the first item is current";
    EXPECT_TRUE(app->library.form.unit_name.empty()) << "a next start is for another unit";
}

TEST_F(Actions, StartRefusesAModeTheInstrumentDoesNotSupport) {
    auto app = make_app();
    app->library.form.instrument = index_of(*app, kSelf);
    app->library.form.mode = Mode::Brukarrevision;
    app->library.form.unit_name = "X";
    EXPECT_FALSE(act_start(*app));
}

TEST_F(Actions, EveryAnswerIsSavedImmediatelyAndSurvivesARestart) {
    auto app = started();
    const Instrument& in = *current_instrument(*app);
    const std::string first = in.items[0].id, second = in.items[1].id, third = in.items[2].id;
    act_answer(*app, first, AnswerStatus::Level, 3);
    act_answer(*app, second, AnswerStatus::VetEj);
    act_answer(*app, third, AnswerStatus::EjAktuellt);
    act_set_comment(*app, first, "<script>alert(1)</script>");
    act_set_notes(*app, "Följ upp i maj");
    std::string id = app->doc.current->id;

    auto restarted = make_app();  // a reload: a new app on the same storage
    ASSERT_TRUE(act_resume(*restarted, id));
    const Assessment& a = *restarted->doc.current;
    EXPECT_EQ(a.find_answer(first)->level, 3);
    EXPECT_EQ(a.find_answer(first)->comment, "<script>alert(1)</script>");
    EXPECT_EQ(a.find_answer(second)->status, AnswerStatus::VetEj);
    EXPECT_EQ(a.find_answer(third)->status, AnswerStatus::EjAktuellt);
    EXPECT_EQ(a.notes, "Följ upp i maj");
}

TEST_F(Actions, ALevelOutsideTheScaleChangesNothing) {
    auto app = started();
    const Item& item = current_instrument(*app)->items[0];
    int top = current_instrument(*app)->scale_of(item).top();
    std::string before = fake::platform().storage.begin()->second;
    act_answer(*app, item.id, AnswerStatus::Level, top + 1);
    act_answer(*app, item.id, AnswerStatus::Level, -1);
    act_answer(*app, "no-such-item", AnswerStatus::Level, 1);
    EXPECT_EQ(fake::platform().storage.begin()->second, before);
}

TEST_F(Actions, ClearingAnAnswerMakesItUnansweredAgain) {
    auto app = started();
    const std::string id = current_instrument(*app)->items[0].id;
    act_answer(*app, id, AnswerStatus::Level, 2);
    act_answer(*app, id, AnswerStatus::Unanswered);
    auto a = stored(*app);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->find_answer(id), nullptr) << "an empty answer is not written";
}

TEST_F(Actions, ScoresShownAreTheCoresScores) {
    auto app = started();
    const Instrument& in = *current_instrument(*app);
    for (size_t i = 0; i < in.items.size(); i += 2)
        act_answer(*app, in.items[i].id, AnswerStatus::Level, static_cast<int>(i % 3));
    ScoreReport expected = score_assessment(in, *app->doc.current);
    ASSERT_TRUE(expected.overall);
    EXPECT_EQ(app->doc.report.overall, expected.overall);
    ASSERT_EQ(app->doc.report.principles.size(), expected.principles.size());
    for (size_t i = 0; i < expected.principles.size(); ++i)
        EXPECT_EQ(app->doc.report.principles[i].score, expected.principles[i].score);
    for (size_t i = 0; i < expected.areas.size(); ++i)
        EXPECT_EQ(app->doc.report.areas[i].score, expected.areas[i].score);
}

TEST_F(Actions, ExportJsonMarksTheAssessmentExportedUntilTheNextChange) {
    auto app = started("Vårdcentralen Eken / Hus B");
    act_answer(*app, current_instrument(*app)->items[0].id, AnswerStatus::Level, 4);
    EXPECT_TRUE(has_unexported_changes(*app->doc.current));
    ASSERT_TRUE(act_export_json(*app));
    ASSERT_EQ(fake::platform().downloads.size(), 1u);
    const auto& d = fake::platform().downloads[0];
    EXPECT_EQ(d.filename, "Vårdcentralen-Eken-Hus-B-2026-03-15.json");
    EXPECT_FALSE(has_unexported_changes(*app->doc.current));
    EXPECT_FALSE(app->library.saved[0].unexported);
    Diagnostics diag;
    auto file = load_assessment(d.data, diag, current_instrument(*app));
    ASSERT_TRUE(file) << (diag.items.empty() ? "" : format_diagnostic(diag.items[0], app->strings));
    EXPECT_FALSE(has_unexported_changes(*file)) << "the file knows it is a saved copy";

    act_answer(*app, current_instrument(*app)->items[1].id, AnswerStatus::Level, 1);
    EXPECT_TRUE(has_unexported_changes(*app->doc.current));
    EXPECT_TRUE(app->library.saved[0].unexported);
    EXPECT_FALSE(exported_at(*app->doc.current).empty());
}

TEST_F(Actions, CsvAndHtmlComeFromTheCore) {
    auto app = started();
    act_set_comment(*app, current_instrument(*app)->items[0].id, "<script>alert(1)</script>");
    ASSERT_TRUE(act_export_csv(*app));
    EXPECT_EQ(fake::platform().downloads.back().filename, "Vårdcentralen-Eken-2026-03-15.csv");
    ASSERT_TRUE(act_export_html(*app));
    const std::string& html = fake::platform().opened_html.back().second;
    EXPECT_EQ(html.find("<script>alert(1)</script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    EXPECT_TRUE(has_unexported_changes(*app->doc.current)) << "only the JSON file can be read back in";
}

TEST_F(Actions, ExportFileNamesAreSafe) {
    Assessment a;
    a.date = "2026-03-15";
    a.unit_name = "../../etc/passwd";
    EXPECT_EQ(export_file_name(a, "json"), "etc-passwd-2026-03-15.json");
    a.unit_name = "";
    EXPECT_EQ(export_file_name(a, "csv"), "bedomning-2026-03-15.csv");
    a.unit_name = "Åsa: \"vårdcentral\"?*<>|";
    EXPECT_EQ(export_file_name(a, "json"), "Åsa-vårdcentral-2026-03-15.json");
    a.unit_name = std::string(100, 'x') + "ö";
    EXPECT_LE(export_file_name(a, "json").size(), 80u + 16u);
    EXPECT_TRUE(is_valid_utf8(export_file_name(a, "json")));
    a.date = "";
    EXPECT_EQ(export_file_name(a, "json").substr(80), "-utan-datum.json");
}

TEST_F(Actions, ImportOfAnExportedFileAddsItBack) {
    auto app = started();
    const std::string item = current_instrument(*app)->items[0].id;
    act_answer(*app, item, AnswerStatus::Level, 2);
    act_export_json(*app);
    std::string file = fake::platform().downloads.back().data;
    std::string id = app->doc.current->id;
    ASSERT_TRUE(act_delete(*app, id));
    EXPECT_TRUE(app->library.saved.empty());
    EXPECT_FALSE(app->doc.current);

    ASSERT_TRUE(act_import(*app, "eken.json", file));
    ASSERT_EQ(app->library.saved.size(), 1u);
    EXPECT_EQ(app->library.saved[0].id, id) << "a free id is kept";
    EXPECT_FALSE(app->library.saved[0].unexported);
    EXPECT_EQ(app->messages.modal, Modal::None);
    ASSERT_TRUE(act_resume(*app, id));
    EXPECT_EQ(app->doc.current->find_answer(item)->level, 2);
}

TEST_F(Actions, ImportOfTheSameFileTwiceAddsNothing) {
    auto app = started();
    act_export_json(*app);
    std::string file = fake::platform().downloads.back().data;
    ASSERT_TRUE(act_import(*app, "eken.json", file));
    EXPECT_EQ(app->library.saved.size(), 1u);
}

TEST_F(Actions, ImportNeverOverwritesADifferentAssessmentWithTheSameId) {
    auto app = started();
    act_export_json(*app);
    std::string file = fake::platform().downloads.back().data;
    act_answer(*app, current_instrument(*app)->items[0].id, AnswerStatus::Level, 1);  // local copy moves on
    std::string local = fake::platform().storage[std::string(kAssessmentPrefix) + app->doc.current->id + ".json"];
    ASSERT_TRUE(act_import(*app, "eken.json", file));
    EXPECT_EQ(app->library.saved.size(), 2u);
    EXPECT_EQ(fake::platform().storage[std::string(kAssessmentPrefix) + app->doc.current->id + ".json"], local);
    EXPECT_EQ(app->messages.modal, Modal::Message) << "the user is told it became a copy";
}

TEST_F(Actions, AMalformedImportShowsWhereAndChangesNothing) {
    auto app = started();
    auto before = fake::platform().storage;
    EXPECT_FALSE(act_import(*app, "trasig.json", "{\"format\": \"strategispegeln-assessment\", "));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    ASSERT_FALSE(app->messages.lines.empty());
    EXPECT_NE(app->messages.lines[0].find("fel:"), std::string::npos);
    EXPECT_EQ(fake::platform().storage, before);
    EXPECT_EQ(app->library.saved.size(), 1u);
}

TEST_F(Actions, AnImportWithALevelOutsideTheScaleNamesThePath) {
    auto app = started();
    const Item& item = current_instrument(*app)->items[0];
    act_answer(*app, item.id, AnswerStatus::Level, 1);
    std::string text = assessment_to_json(*app->doc.current);
    Diagnostics d;
    auto j = parse_json(text, d);
    (*j)["answers"][item.id]["level"] = 9;
    (*j)["id"] = "other";
    auto before = fake::platform().storage;
    EXPECT_FALSE(act_import(*app, "fel.json", dump_json(*j)));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    bool named = false;
    for (const auto& l : app->messages.lines)
        named = named || l.find("answers[\"" + item.id + "\"].level") != std::string::npos;
    EXPECT_TRUE(named);
    EXPECT_EQ(fake::platform().storage, before);
}

TEST_F(Actions, AnImportOfAnUnknownInstrumentIsRefused) {
    auto app = make_app();
    Assessment a;
    a.id = "x";
    a.instrument_id = "okand";
    a.instrument_version = "1";
    EXPECT_FALSE(act_import(*app, "x.json", assessment_to_json(a)));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_TRUE(fake::platform().storage.empty());
}

TEST_F(Actions, DuplicateMakesAFollowUpWithOrWithoutAnswers) {
    auto app = started();
    const std::string item = current_instrument(*app)->items[0].id;
    act_answer(*app, item, AnswerStatus::Level, 3);
    act_set_notes(*app, "anteckning");
    const std::string original = app->doc.current->id;
    fake::platform().today = "2026-09-01";

    ASSERT_TRUE(act_duplicate(*app, original, true));
    EXPECT_NE(app->doc.current->id, original);
    EXPECT_EQ(app->doc.current->date, "2026-09-01");
    EXPECT_EQ(app->doc.current->unit_name, "Vårdcentralen Eken");
    EXPECT_EQ(app->doc.current->find_answer(item)->level, 3);
    EXPECT_EQ(app->doc.current->notes, "anteckning");
    EXPECT_TRUE(has_unexported_changes(*app->doc.current));

    ASSERT_TRUE(act_duplicate(*app, original, false));
    EXPECT_EQ(app->doc.current->find_answer(item), nullptr);
    EXPECT_TRUE(app->doc.current->notes.empty());
    EXPECT_EQ(app->library.saved.size(), 3u);
}

TEST_F(Actions, DeleteRemovesOnlyThatAssessment) {
    auto app = started("A");
    std::string a = app->doc.current->id;
    app->library.form.unit_name = "B";
    ASSERT_TRUE(act_start(*app));
    std::string b = app->doc.current->id;
    ASSERT_TRUE(act_delete(*app, a));
    ASSERT_EQ(app->library.saved.size(), 1u);
    EXPECT_EQ(app->library.saved[0].id, b);
    EXPECT_TRUE(app->doc.current) << "deleting another assessment keeps the open one";
}

TEST_F(Actions, AnUnreadableStoredFileIsListedNotOpened) {
    fake::platform().storage["assessment-bad.json"] = "{not json";
    auto app = make_app();
    ASSERT_EQ(app->library.saved.size(), 1u);
    EXPECT_FALSE(app->library.saved[0].readable);
    EXPECT_FALSE(act_resume(*app, "bad"));
    EXPECT_EQ(app->messages.modal, Modal::Error);
}

TEST_F(Actions, StepItemWalksThroughAreasInOrder) {
    auto app = started();
    const Instrument& in = *current_instrument(*app);
    auto first_area = area_items(*app, 0);
    act_select_item(*app, first_area.back()->id);
    act_step_item(*app, 1);
    EXPECT_EQ(app->answer.area, 1);
    EXPECT_EQ(app->answer.item, area_items(*app, 1).front()->id);
    act_step_item(*app, -1);
    EXPECT_EQ(app->answer.area, 0);
    EXPECT_EQ(app->answer.item, first_area.back()->id);
    act_go_area(*app, 99);
    EXPECT_EQ(app->answer.area, static_cast<int>(in.areas.size()) - 1);
}

TEST_F(Actions, ResumeOpensTheFirstUnansweredItem) {
    auto app = started();
    const Instrument& in = *current_instrument(*app);
    for (const Item* it : area_items(*app, 0)) act_answer(*app, it->id, AnswerStatus::Level, 1);
    std::string id = app->doc.current->id;
    auto again = make_app();
    ASSERT_TRUE(act_resume(*again, id));
    EXPECT_EQ(again->answer.area, 1);
    EXPECT_EQ(again->answer.item, area_items(*again, 1).front()->id);
    EXPECT_EQ(in.areas.size(), current_instrument(*again)->areas.size());
}

TEST_F(Actions, TextSizeIsRememberedAndSnappedToASupportedStep) {
    auto app = make_app();
    act_set_text_scale(*app, 1.4f);
    EXPECT_FLOAT_EQ(app->settings.text_scale, 1.5f);
    act_set_help_open(*app, true);
    auto again = make_app();
    EXPECT_FLOAT_EQ(again->settings.text_scale, 1.5f);
    EXPECT_TRUE(again->settings.help_open);
}

TEST_F(Actions, ScreensThatNeedAnAssessmentFallBackToStart) {
    auto app = make_app();
    act_go(*app, Screen::Results);
    EXPECT_EQ(app->screen, Screen::Start);
    act_go(*app, Screen::Settings);
    EXPECT_EQ(app->screen, Screen::Settings);
}

TEST_F(Actions, AFailedSaveIsShownNotHidden) {
    auto app = started();
    fake::platform().fail_writes = true;
    act_answer(*app, current_instrument(*app)->items[0].id, AnswerStatus::Level, 1);
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_FALSE(app->messages.errors.empty());
    EXPECT_EQ(app->doc.current->find_answer(current_instrument(*app)->items[0].id)->level, 1)
        << "the answer stays on screen";
}

TEST_F(Actions, AFailedDownloadLeavesTheAssessmentUnexportedAndSaysSo) {
    auto app = started();
    act_answer(*app, current_instrument(*app)->items[0].id, AnswerStatus::Level, 2);
    const auto stored_before = fake::platform().storage;
    fake::platform().fail_downloads = true;
    EXPECT_FALSE(act_export_json(*app));
    EXPECT_TRUE(has_unexported_changes(*app->doc.current));
    EXPECT_TRUE(exported_at(*app->doc.current).empty());
    EXPECT_TRUE(app->library.saved[0].unexported);
    EXPECT_EQ(fake::platform().storage, stored_before) << "nothing marked exported was saved";
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_FALSE(app->messages.errors.empty());
    EXPECT_NE(app->messages.toast, tr(*app, "export.json_done"));

    close_modal(*app);
    app->messages.errors.clear();
    EXPECT_FALSE(act_export_csv(*app));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_FALSE(app->messages.errors.empty());
    EXPECT_NE(app->messages.toast, tr(*app, "export.csv_done"));

    close_modal(*app);
    fake::platform().fail_downloads = false;
    EXPECT_TRUE(act_export_json(*app));
    EXPECT_FALSE(has_unexported_changes(*app->doc.current));
    EXPECT_EQ(app->messages.toast, tr(*app, "export.json_done"));
}

TEST_F(Actions, WithoutAFilePickerImportSaysToDropTheFile) {
    auto app = started();
    fake::platform().no_file_picker = true;
    act_request_import(*app);
    EXPECT_EQ(app->messages.modal, Modal::Message);
    EXPECT_EQ(app->messages.title, tr(*app, "import.no_picker_title"));
    fake::reset();
    auto app2 = started();
    act_request_import(*app2);
    EXPECT_EQ(app2->messages.modal, Modal::None);
    EXPECT_EQ(fake::platform().open_file_requests.size(), 1u);
}

TEST_F(Actions, DatesAreRealCalendarDates) {
    EXPECT_TRUE(is_valid_date("2026-03-15"));
    EXPECT_TRUE(is_valid_date("2024-02-29"));
    EXPECT_FALSE(is_valid_date("2025-02-29"));
    EXPECT_FALSE(is_valid_date("2026-13-01"));
    EXPECT_FALSE(is_valid_date("2026-3-15"));
    EXPECT_FALSE(is_valid_date("15/03/2026"));
    EXPECT_FALSE(is_valid_date(""));
}

}  // namespace

// The unit kind and the core path decide what the answer screen shows: a kommunal verksamhet
// on the core path gets exactly the core items that apply to it, and the file says so.
TEST_F(Actions, UnitKindAndCorePathDecideTheItemsShown) {
    auto app = make_app();
    app->library.form.instrument = index_of(*app, kSelf);
    act_choose_instrument(*app, app->library.form.instrument);
    EXPECT_EQ(app->library.form.unit_kind, "vardcentral");  // the default
    app->library.form.unit_name = "Boendestödet Norr";
    app->library.form.date = "2026-03-15";
    app->library.form.unit_kind = "kommunal";
    app->library.form.core_path = true;
    ASSERT_TRUE(act_start(*app));
    const Instrument& in = *current_instrument(*app);
    EXPECT_EQ(app->doc.current->unit_kind, "kommunal");
    EXPECT_TRUE(app->doc.current->core_path);
    size_t shown = 0, expected = 0;
    for (const auto& item : in.items) expected += item.core && item.applies_to("kommunal");
    for (size_t a = 0; a < in.areas.size(); ++a)
        for (const Item* item : area_items(*app, static_cast<int>(a))) {
            EXPECT_TRUE(item->core) << item->id;
            EXPECT_TRUE(item->applies_to("kommunal")) << item->id;
            ++shown;
        }
    EXPECT_GT(expected, 0u);
    EXPECT_EQ(shown, expected);
    EXPECT_EQ(progress(in, *app->doc.current).total, static_cast<int>(expected));
    auto a = stored(*app);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->unit_kind, "kommunal");
    EXPECT_TRUE(a->core_path);
    // Some items are for other kinds only, so the kind really narrows the list.
    EXPECT_TRUE(std::any_of(in.items.begin(), in.items.end(), [](const Item& i) { return !i.applies_to("kommunal"); }));
}

// An assessment made on 1.0.0 opens and scores on 1.0.0, not on the newest version.
TEST_F(Actions, AnAssessmentOnAnEarlierVersionOpensOnThatVersion) {
    auto app = make_app();
    auto older = bundled_instrument(kSelf, "1.0.0");
    ASSERT_TRUE(older);
    Assessment a = new_assessment(*older, Mode::SelfAssessment);
    a.id = "gammal";
    a.unit_name = "Vårdcentralen Eken";
    a.date = "2026-03-15";
    a.answers[older->items[0].id].status = AnswerStatus::Level;
    a.answers[older->items[0].id].level = 3;
    ASSERT_TRUE(act_import(*app, "gammal.json", assessment_to_json(a)));
    close_modal(*app);
    ASSERT_TRUE(act_resume(*app, "gammal"));
    ASSERT_TRUE(current_instrument(*app));
    EXPECT_EQ(current_instrument(*app)->version, "1.0.0");
    EXPECT_EQ(app->doc.report.overall, score_assessment(*older, a).overall);
    // A follow-up is made on the newest version.
    ASSERT_TRUE(act_duplicate(*app, "gammal", false));
    EXPECT_NE(current_instrument(*app)->version, "1.0.0");
    EXPECT_EQ(app->doc.current->instrument_version, current_instrument(*app)->version);
}
