// Assessments: reading (errors and warnings with their JSON paths, as
// docs/assessment-format.md lists them), keeping everything a user entered
// through a round trip, and progress().
#include <functional>

#include "json_read.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

json fixture_json() {
    return json::parse(read_fixture("mini-assessment.json"));
}

// The mini assessment changed by `edit`, loaded against the mini instrument.
std::optional<Assessment> load_edited(const std::function<void(json&)>& edit, Diagnostics& d,
                                      bool with_instrument = true) {
    static const Instrument in = mini_instrument();
    json j = fixture_json();
    edit(j);
    auto a = load_assessment(dump_json(j), d, with_instrument ? &in : nullptr);
    EXPECT_EQ(a.has_value(), !d.has_errors()) << "an assessment with errors must not load";
    return a;
}

// `text` is a code ("diag.out_of_scale") to match exactly, or a part of the Swedish sentence.
::testing::AssertionResult has(const Diagnostics& d, Severity sev, const std::string& path,
                               const std::string& text = "") {
    bool code = text.rfind("diag.", 0) == 0;
    for (const auto& x : d.items)
        if (x.severity == sev && x.path == path && (code ? x.code == text : sv(x).find(text) != std::string::npos))
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "nothing at " << path << " containing \"" << text
                                         << "\"; got:" << all_messages(d);
}

::testing::AssertionResult error_at(const std::function<void(json&)>& edit, const std::string& path,
                                    const std::string& text = "") {
    Diagnostics d;
    load_edited(edit, d);
    return has(d, Severity::Error, path, text);
}

}  // namespace

TEST(Assessment, FixtureLoadsWithEveryField) {
    Diagnostics d;
    auto a = load_edited([](json&) {}, d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_TRUE(d.items.empty()) << all_messages(d);
    EXPECT_EQ(a->id, "a-0001");
    EXPECT_EQ(a->instrument_id, "mini");
    EXPECT_EQ(a->instrument_version, "2.0");
    EXPECT_EQ(a->unit_name, "Vårdcentralen Test");
    // The old "verksamhet.type" is kept; the mini instrument has no unit kinds, so it selects none.
    EXPECT_EQ(a->old_unit_type, "vardcentral");
    EXPECT_TRUE(a->unit_kind.empty());
    EXPECT_EQ(a->date, "2026-03-15");
    EXPECT_EQ(a->respondent_role, "Verksamhetschef");
    EXPECT_EQ(a->mode, Mode::SelfAssessment);
    EXPECT_EQ(a->notes, "Teamets anteckning");
    ASSERT_EQ(a->answers.size(), 6u);
    EXPECT_EQ(a->find_answer("i1")->level, 3);
    EXPECT_EQ(a->find_answer("i1")->comment, "Rutin finns");
    EXPECT_EQ(a->find_answer("i3")->status, AnswerStatus::VetEj);
    EXPECT_EQ(a->find_answer("i5")->status, AnswerStatus::EjAktuellt);
    EXPECT_EQ(a->find_answer("i6")->level, 0);
    EXPECT_EQ(a->find_answer("i6")->status, AnswerStatus::Level) << "level 0 is an answer";
}

TEST(AssessmentRead, LevelOutsideTheItemsScaleIsAnErrorNamingPathAndScale) {
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"]["level"] = 7; }, "answers[\"i1\"].level",
                         "7 ligger utanför skalan 0–4"));
    EXPECT_TRUE(error_at(
        [](json& j) {
            j["answers"]["i3"] = {{"level", 3}};
        },
        "answers[\"i3\"].level", "3 ligger utanför skalan 0–2"));
    EXPECT_TRUE(
        error_at([](json& j) { j["answers"]["i1"]["level"] = -1; }, "answers[\"i1\"].level", "diag.level.negative"));
    // Without an instrument only the plausibility check applies.
    Diagnostics d;
    EXPECT_TRUE(load_edited([](json& j) { j["answers"]["i1"]["level"] = 7; }, d, false)) << all_messages(d);
}

TEST(AssessmentRead, TheTopOfTheScaleIsInsideIt) {
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["answers"]["i1"]["level"] = 4;
            j["answers"]["i3"] = {{"level", 2}};
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
}

TEST(AssessmentRead, UnknownAnswerIdsAreKeptAndWarnedAbout) {
    Diagnostics d;
    auto a = load_edited([](json& j) { j["answers"]["zz-99"] = {{"level", 2}, {"comment", "gammal fråga"}}; }, d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_TRUE(has(d, Severity::Warning, "answers[\"zz-99\"]", "diag.answer.unknown_item"));
    ASSERT_NE(a->find_answer("zz-99"), nullptr);
    // Written back and read again, the answer is still there, word for word.
    Diagnostics d2;
    auto again = load_assessment(assessment_to_json(*a), d2);
    ASSERT_TRUE(again) << all_messages(d2);
    ASSERT_NE(again->find_answer("zz-99"), nullptr);
    EXPECT_EQ(again->find_answer("zz-99")->level, 2);
    EXPECT_EQ(again->find_answer("zz-99")->comment, "gammal fråga");
}

TEST(AssessmentRead, UnknownTopLevelAndAnswerFieldsRoundTripUnchanged) {
    const json future = {{"rev", 3}, {"tags", {"a", "b"}}, {"nested", {{"x", nullptr}, {"y", 1.25}}}};
    Diagnostics d;
    auto a = load_edited(
        [&](json& j) {
            j["x_future"] = future;
            j["answers"]["i1"]["confidence"] = 0.8;
            j["answers"]["i3"]["evidence"] = {"protokoll", "rutin"};
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
    json out = json::parse(assessment_to_json(*a));
    EXPECT_EQ(out["x_future"], future);
    EXPECT_EQ(out["answers"]["i1"]["confidence"], json(0.8));
    EXPECT_EQ(out["answers"]["i1"]["level"], json(3));
    EXPECT_EQ(out["answers"]["i3"]["evidence"], json({"protokoll", "rutin"}));
    EXPECT_EQ(out["answers"]["i3"]["status"], json("vet-ej"));
}

TEST(AssessmentRead, UnknownFieldsInsideVerksamhetAndInstrumentRoundTripUnchanged) {
    // Nothing a user (or a newer version) wrote is dropped, nested objects included.
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["verksamhet"]["hsa_id"] = "SE2321000081-1234";
            j["instrument"]["checksum"] = {{"sha256", "abc"}};
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
    json out = json::parse(assessment_to_json(*a));
    EXPECT_EQ(out["verksamhet"]["hsa_id"], "SE2321000081-1234");
    EXPECT_EQ(out["verksamhet"]["name"], "Vårdcentralen Test");
    EXPECT_EQ(out["instrument"]["checksum"], json({{"sha256", "abc"}}));
    EXPECT_EQ(out["instrument"]["id"], "mini");
}

TEST(AssessmentRead, RoundTripKeepsEveryKnownField) {
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["created"] = "2026-03-15T09:12:00Z";
            j["instrument"]["item_ids"] = {"i1", "i2"};
            j["verksamhet"]["type"] = "kommunal-verksamhet";
            j["mode"] = "workshop";
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
    Diagnostics d2;
    auto b = load_assessment(assessment_to_json(*a), d2);
    ASSERT_TRUE(b) << all_messages(d2);
    EXPECT_EQ(assessment_to_json(*b), assessment_to_json(*a));
    EXPECT_EQ(b->created, "2026-03-15T09:12:00Z");
    EXPECT_EQ(b->instrument_item_ids, (std::vector<std::string>{"i1", "i2"}));
    EXPECT_EQ(b->old_unit_type, "kommunal-verksamhet");
    EXPECT_EQ(json::parse(assessment_to_json(*b))["verksamhet"]["type"], "kommunal-verksamhet");
    EXPECT_FALSE(json::parse(assessment_to_json(*b)).contains("unit_kind"));
    EXPECT_EQ(b->mode, Mode::Workshop);
    EXPECT_EQ(b->answers.size(), 6u);
}

TEST(AssessmentRead, AnotherInstrumentVersionWarnsWithAddedAndRemovedItems) {
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["instrument"]["version"] = "1.0";
            j["instrument"]["item_ids"] = {"i1", "i2", "i3", "gammal-7"};
        },
        d);
    ASSERT_TRUE(a) << "another version still loads" << all_messages(d);
    EXPECT_TRUE(has(d, Severity::Warning, "instrument.version", "nya frågor (obesvarade): \"i4\", \"i5\", \"i6\""));
    EXPECT_TRUE(has(d, Severity::Warning, "instrument.version", "borttagna frågor: \"gammal-7\""));
    EXPECT_TRUE(has(d, Severity::Warning, "instrument.version", "\"1.0\""));
    EXPECT_TRUE(has(d, Severity::Warning, "instrument.version", "diag.instrument.version_added_removed"));
}

TEST(AssessmentRead, AnotherInstrumentIsAnError) {
    EXPECT_TRUE(error_at([](json& j) { j["instrument"]["id"] = "annat"; }, "instrument.id", "\"annat\""));
}

TEST(AssessmentRead, ModeTheInstrumentIsNotWrittenForIsAWarning) {
    Diagnostics d;
    EXPECT_TRUE(load_edited([](json& j) { j["mode"] = "brukarrevision"; }, d));
    EXPECT_TRUE(has(d, Severity::Warning, "mode", "brukarrevision"));
}

TEST(AssessmentRead, LevelAndStatusInOneAnswerIsAnError) {
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"]["status"] = "vet-ej"; }, "answers[\"i1\"]",
                         "diag.answer.level_and_status"));
    EXPECT_TRUE(
        error_at([](json& j) { j["answers"]["i2"]["status"] = "ej-aktuellt"; }, "answers[\"i2\"]", "både en nivå"));
}

TEST(AssessmentRead, NullLevelMeansUnanswered) {
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["answers"]["i1"] = {{"level", nullptr}};
            j["answers"]["i2"] = {{"level", nullptr}, {"status", "vet-ej"}};
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_EQ(a->find_answer("i1")->status, AnswerStatus::Unanswered);
    EXPECT_EQ(a->find_answer("i2")->status, AnswerStatus::VetEj);
}

TEST(AssessmentRead, InvalidDatesAreErrors) {
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "15/03/2026", "2026-3-15",
                            "2026-03-15T10:00", "1899-12-31", "abcd-ef-gh"}) {
        std::string date = bad;
        EXPECT_TRUE(error_at([&](json& j) { j["date"] = date; }, "date", "diag.date.invalid")) << bad;
    }
    for (const char* good : {"2024-02-29", "2000-02-29", "2026-12-31", ""}) {
        std::string date = good;
        Diagnostics d;
        EXPECT_TRUE(load_edited([&](json& j) { j["date"] = date; }, d)) << good << all_messages(d);
    }
    EXPECT_TRUE(error_at([](json& j) { j["date"] = "1900-02-29"; }, "date")) << "1900 is not a leap year";
}

TEST(AssessmentRead, WrongTypesAreErrorsWithTheirPath) {
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"]["level"] = "3"; }, "answers[\"i1\"].level", "heltal"));
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"]["level"] = 2.5; }, "answers[\"i1\"].level", "heltal"));
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"]["comment"] = 5; }, "answers[\"i1\"].comment"));
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i1"] = 3; }, "answers[\"i1\"]", "ett objekt"));
    EXPECT_TRUE(error_at([](json& j) { j["answers"] = json::array(); }, "answers", "ett objekt"));
    EXPECT_TRUE(error_at([](json& j) { j["verksamhet"] = "VC Test"; }, "verksamhet", "ett objekt"));
    EXPECT_TRUE(error_at([](json& j) { j["verksamhet"]["name"] = 1; }, "verksamhet.name"));
    EXPECT_TRUE(error_at([](json& j) { j["instrument"] = "mini"; }, "instrument", "ett objekt"));
    EXPECT_TRUE(error_at([](json& j) { j["instrument"]["item_ids"] = {"i1", 2}; }, "instrument.item_ids[1]"));
    EXPECT_TRUE(error_at([](json& j) { j["notes"] = {"a"}; }, "notes", "en lista"));
    EXPECT_TRUE(error_at([](json& j) { j["format_version"] = "1"; }, "format_version"));
}

TEST(AssessmentRead, UnknownModeStatusAndUnitTypeAreErrors) {
    EXPECT_TRUE(error_at([](json& j) { j["mode"] = "solo"; }, "mode", "\"solo\" är inget känt läge"));
    EXPECT_TRUE(error_at([](json& j) { j["answers"]["i3"]["status"] = "kanske"; }, "answers[\"i3\"].status",
                         "ingen känd status"));
    EXPECT_TRUE(
        error_at([](json& j) { j["verksamhet"]["type"] = "sjukhus"; }, "verksamhet.type", "diag.unit_type.unknown"));
}

TEST(AssessmentRead, MissingRequiredFieldsAreErrors) {
    for (const char* field : {"format", "format_version", "instrument", "mode"}) {
        std::string f = field;
        EXPECT_TRUE(error_at([&](json& j) { j.erase(f); }, f, "saknas")) << f;
    }
    EXPECT_TRUE(error_at([](json& j) { j["instrument"].erase("version"); }, "instrument.version", "saknas"));
}

TEST(AssessmentRead, NewerFormatVersionAndAnInstrumentFileAreRefused) {
    EXPECT_TRUE(error_at([](json& j) { j["format_version"] = 2; }, "format_version", "diag.format.version_newer"));
    Diagnostics d;
    EXPECT_FALSE(load_assessment(read_fixture("mini-instrument.json"), d));
    EXPECT_TRUE(has(d, Severity::Error, "format", "diag.format.instrument_not_assessment"));
}

TEST(AssessmentRead, CommentWithoutLevelIsKeptAndCountsAsUnanswered) {
    Diagnostics d;
    auto a = load_edited([](json& j) { j["answers"]["i2"] = {{"comment", "Diskutera på APT"}}; }, d);
    ASSERT_TRUE(a) << all_messages(d);
    const Answer* ans = a->find_answer("i2");
    ASSERT_NE(ans, nullptr);
    EXPECT_EQ(ans->status, AnswerStatus::Unanswered);
    EXPECT_EQ(ans->comment, "Diskutera på APT");
    json out = json::parse(assessment_to_json(*a));
    EXPECT_EQ(out["answers"]["i2"], json({{"comment", "Diskutera på APT"}}));
}

TEST(AssessmentRead, DuplicateAnswerKeyIsRejectedWithItsPath) {
    std::string text = read_fixture("mini-assessment.json");
    auto at = text.find("\"i2\": {\"level\": 1}");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"i1\": {\"level\": 0}, ");  // i1 now appears twice
    Diagnostics d;
    EXPECT_FALSE(load_assessment(text, d));
    EXPECT_TRUE(has(d, Severity::Error, "answers[\"i1\"]", "mer än en gång"));
}

TEST(AssessmentWrite, EmptyAnswersAreLeftOutAndStatusesUseTheirIds) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    a.answers["i1"];  // touched but empty
    set_status(a, "i2", AnswerStatus::VetEj);
    set_status(a, "i3", AnswerStatus::EjAktuellt);
    json out = json::parse(assessment_to_json(a));
    EXPECT_FALSE(out["answers"].contains("i1"));
    EXPECT_EQ(out["answers"]["i2"], json({{"status", "vet-ej"}}));
    EXPECT_EQ(out["answers"]["i3"], json({{"status", "ej-aktuellt"}}));
    EXPECT_EQ(out["instrument"]["item_ids"].size(), 6u) << "new_assessment records the instrument's items";
}

TEST(Progress, CountsDecidedItemsOfTheInstrumentOrOneArea) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    EXPECT_EQ(progress(in, a).total, 6);
    EXPECT_EQ(progress(in, a).decided, 0);
    set_level(a, "i1", 0);                          // a1
    set_status(a, "i3", AnswerStatus::VetEj);       // a1
    set_status(a, "i5", AnswerStatus::EjAktuellt);  // a2
    a.answers["i2"].comment = "bara en kommentar";  // not decided
    set_level(a, "okand", 2);                       // not in the instrument: not counted
    Progress all = progress(in, a);
    EXPECT_EQ(all.total, 6);
    EXPECT_EQ(all.decided, 3);
    Progress a1 = progress(in, a, "a1");
    EXPECT_EQ(a1.total, 3);
    EXPECT_EQ(a1.decided, 2);
    Progress a2 = progress(in, a, "a2");
    EXPECT_EQ(a2.total, 3);
    EXPECT_EQ(a2.decided, 1);
}

// The core reports what is wrong as a code and its parameters; the sentence is
// the reader's language's (assets/ui/<lang>/diagnostics.json).
TEST(AssessmentRead, OutOfScaleIsACodeWithTheLevelAndTheScalesTop) {
    Diagnostics d;
    load_edited([](json& j) { j["answers"]["i1"]["level"] = 7; }, d);
    ASSERT_EQ(d.error_count(), 1u) << all_messages(d);
    const Diagnostic& x = d.items[0];
    EXPECT_EQ(x.code, "diag.out_of_scale");
    EXPECT_EQ(x.args, (std::vector<std::string>{"7", "4"}));
    EXPECT_EQ(sv(x), "7 ligger utanför skalan 0–4");
    EXPECT_EQ(en(x), "7 is outside the scale 0–4");
}

TEST(AssessmentRead, WrongTypeNamesBothTypesAsTranslatedParameters) {
    Diagnostics d;
    load_edited([](json& j) { j["answers"] = json::array(); }, d);
    ASSERT_FALSE(d.items.empty());
    EXPECT_EQ(d.items[0].code, "diag.assessment.answers_not_object");
    EXPECT_EQ(d.items[0].args, (std::vector<std::string>{"diag.type.array"}));
    EXPECT_EQ(en(d.items[0]), "should be an object with one answer per item id, but is a list");
}

// An old file's "verksamhet.type" reads as the nearest of the instrument's unit kinds
// (docs/assessment-format.md); an explicit "unit_kind" wins; "annan" selects no kind.
TEST(Assessment, OldUnitTypeReadsAsTheNearestUnitKind) {
    EXPECT_EQ(unit_kind_for_old_type("vardcentral"), "vardcentral");
    EXPECT_EQ(unit_kind_for_old_type("psykiatrisk-mottagning"), "psykiatri-oppenvard");
    EXPECT_EQ(unit_kind_for_old_type("kommunal-verksamhet"), "kommunal");
    EXPECT_EQ(unit_kind_for_old_type("annan"), "");
    EXPECT_FALSE(unit_kind_for_old_type("sjukhus"));

    Diagnostics d;
    const Instrument in = *load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    json j = json::parse(read_fixture("mini-assessment-2.1.json"));
    j.erase("unit_kind");
    j["verksamhet"]["type"] = "kommunal-verksamhet";
    auto a = load_assessment(dump_json(j), d, &in);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_EQ(a->unit_kind, "kommunal");
    EXPECT_TRUE(a->unit_kind_from_type);
    EXPECT_TRUE(in.find_item("i3b")->applies_to(a->unit_kind));
    EXPECT_FALSE(in.find_item("i3a")->applies_to(a->unit_kind));
    // Written back as it was read: the old type, no unit_kind of its own.
    json out = json::parse(assessment_to_json(*a));
    EXPECT_EQ(out["verksamhet"]["type"], "kommunal-verksamhet");
    EXPECT_FALSE(out.contains("unit_kind"));

    // A kind the instrument lacks (psykiatri-oppenvard) selects nothing and is no error.
    j["verksamhet"]["type"] = "psykiatrisk-mottagning";
    Diagnostics d2;
    auto b = load_assessment(dump_json(j), d2, &in);
    ASSERT_TRUE(b) << all_messages(d2);
    EXPECT_FALSE(d2.has_errors());
    EXPECT_TRUE(b->unit_kind.empty());

    // An explicit unit_kind wins over the old type.
    j["unit_kind"] = "vardcentral";
    j["verksamhet"]["type"] = "kommunal-verksamhet";
    Diagnostics d3;
    auto c = load_assessment(dump_json(j), d3, &in);
    ASSERT_TRUE(c) << all_messages(d3);
    EXPECT_EQ(c->unit_kind, "vardcentral");
    EXPECT_FALSE(c->unit_kind_from_type);
    EXPECT_EQ(json::parse(assessment_to_json(*c))["unit_kind"], "vardcentral");
}

// The core path is kept through a save; anything but "core" or "full" is an error naming it.
TEST(Assessment, CorePathIsKeptAndCheckedByCode) {
    Diagnostics d;
    auto a = load_edited([](json& j) { j["path"] = "core"; }, d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_TRUE(a->core_path);
    EXPECT_EQ(json::parse(assessment_to_json(*a))["path"], "core");
    Diagnostics d2;
    auto full = load_edited([](json& j) { j["path"] = "full"; }, d2);
    ASSERT_TRUE(full);
    EXPECT_FALSE(full->core_path);
    EXPECT_FALSE(json::parse(assessment_to_json(*full)).contains("path"));
    EXPECT_TRUE(error_at([](json& j) { j["path"] = "kort"; }, "path", "diag.assessment.path_unknown"));
}
