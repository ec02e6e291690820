// The brukarrevision file (core/audit*): reading and validation with its
// diagnostics, the state machine and the lock, follow-up, migration from a
// brukarrevision assessment, and scoring with "inte undersökt".
#include <gtest/gtest.h>

#include <functional>

#include "audit.h"
#include "bundled.h"
#include "personal_data.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

// The version the example and these tests are written for (1.0.0): when a newer
// brukarrevision instrument is bundled, the older one stays readable (archive).
std::optional<Instrument> brukarrevision_1_0() {
    for (auto& in : bundled_instruments())
        if (in.id == "skane-2025-brukarrevision" && in.version == "1.0.0") return in;
    return std::nullopt;
}

std::string example_text() {
    FileRead f = read_file(std::string(SPEGELN_SOURCE_DIR) + "/docs/examples/brukarrevision-exempel.json");
    EXPECT_TRUE(f.ok());
    return f.bytes;
}

Instrument brukarrevision() {
    auto in = brukarrevision_1_0();
    EXPECT_TRUE(in.has_value());
    return in ? *in : Instrument{};
}

Audit example() {
    Diagnostics d;
    auto a = load_audit(example_text(), d);
    EXPECT_TRUE(a.has_value()) << all_messages(d);
    return a ? *a : Audit{};
}

// The example with `edit` applied to its JSON, loaded; the diagnostics in `d`.
std::optional<Audit> load_edited(const std::function<void(json&)>& edit, Diagnostics& d) {
    json j = json::parse(example_text());
    edit(j);
    return load_audit(dump_json(j), d);
}

bool has_code(const Diagnostics& d, const std::string& code, const std::string& path = "") {
    for (const auto& x : d.items)
        if (x.code == code && (path.empty() || x.path == path)) return true;
    return false;
}

// A small audit in utkast with one judged item and a period, ready to send.
Audit ready_draft() {
    Audit a = new_audit(brukarrevision());
    a.header.period_from = "2026-03-01";
    a.header.period_to = "2026-03-31";
    Diagnostics d;
    EXPECT_TRUE(set_judgement(a, "pv-01", {JudgementStatus::Level, 0}, d));
    EXPECT_TRUE(set_finding(a, "pv-01", "Långa telefonköer.", d));
    EXPECT_TRUE(put_recommendation(a, {"r1", "Inför återuppringning.", {"pv-01"}, Priority::Hog, std::nullopt, {}}, d));
    return a;
}

}  // namespace

TEST(Audit, TheDocumentedExampleIsValidAgainstItsInstrument) {
    Instrument in = brukarrevision();
    Diagnostics d;
    auto a = load_audit(example_text(), d, &in);
    ASSERT_TRUE(a.has_value()) << all_messages(d);
    EXPECT_FALSE(d.has_errors()) << all_messages(d);
    EXPECT_EQ(a->state, AuditState::SvarMottaget);
    EXPECT_EQ(a->method.size(), 7u);
    EXPECT_EQ(a->recommendations.size(), 4u);
    for (const auto& r : a->recommendations) EXPECT_TRUE(r.response.has_value()) << r.id;
    const AuditItem* pv01 = a->find_item("pv-01");
    ASSERT_NE(pv01, nullptr);
    EXPECT_EQ(pv01->tallies.at(InformantGroup::Patient).nej, 5);
    EXPECT_EQ(a->find_item("ss-02")->judgement.status, JudgementStatus::InteUndersokt);
}

TEST(Audit, TheDocumentedExampleHoldsNoPersonalData) {
    Diagnostics d;
    auto j = parse_json(example_text(), d);
    ASSERT_TRUE(j);
    auto found = find_personal_data_in_json(*j);
    EXPECT_TRUE(found.empty()) << found[0].path;
}

TEST(Audit, WritesBackWhatItReadIncludingUnknownFields) {
    Diagnostics d;
    auto a = load_edited(
        [](json& j) {
            j["future_field"] = {{"x", 1}};
            j["items"]["pv-01"]["photo_ref"] = "bild-3";
            j["recommendations"][0]["response"]["cost"] = 1200;
            j["header"]["verksamhet"]["hsa_id"] = "SE000";
        },
        d);
    ASSERT_TRUE(a) << all_messages(d);
    std::string once = audit_to_json(*a);
    Diagnostics d2;
    auto b = load_audit(once, d2);
    ASSERT_TRUE(b) << all_messages(d2);
    EXPECT_EQ(audit_to_json(*b), once);
    EXPECT_NE(once.find("\"future_field\""), std::string::npos);
    EXPECT_NE(once.find("\"photo_ref\": \"bild-3\""), std::string::npos);
    EXPECT_NE(once.find("\"cost\": 1200"), std::string::npos);
    EXPECT_NE(once.find("\"hsa_id\": \"SE000\""), std::string::npos);
}

TEST(Audit, ValidationNamesEachProblemWithItsPath) {
    struct Case {
        std::function<void(json&)> edit;
        std::string code, path;
    };
    std::vector<Case> cases = {
        {[](json& j) { j["format"] = "strategispegeln-assessment"; }, "diag.format.not_audit", "format"},
        {[](json& j) { j["format_version"] = 9; }, "diag.format.version_newer", "format_version"},
        {[](json& j) { j["state"] = "klar"; }, "diag.audit.state.unknown", "state"},
        {[](json& j) { j["header"]["period"]["from"] = "2026-02-30"; }, "diag.date.invalid", "header.period.from"},
        {[](json& j) { j["header"]["auditors"][0].erase("role"); }, "diag.missing", "header.auditors[0].role"},
        {[](json& j) { j["header"]["show_names"] = "ja"; }, "diag.wrong_type", "header.show_names"},
        {[](json& j) { j["method"][0]["source"] = "telefonintervju"; }, "diag.audit.source.unknown",
         "method[0].source"},
        {[](json& j) { j["method"][1]["source"] = "intervju-patient"; }, "diag.audit.source.twice", "method[1].source"},
        {[](json& j) { j["method"][0]["informants"] = -1; }, "diag.range", "method[0].informants"},
        {[](json& j) { j["method"][0]["dates"][0] = "9 mars"; }, "diag.date.invalid", "method[0].dates[0]"},
        {[](json& j) {
             j["items"]["pv-01"]["tallies"]["besokare"] = {{"ja", 1}};
         },
         "diag.audit.group.unknown", "items[\"pv-01\"].tallies.besokare"},
        {[](json& j) { j["items"]["pv-01"]["tallies"]["patient"]["ja"] = 2.5; }, "diag.not_integer",
         "items[\"pv-01\"].tallies.patient.ja"},
        {[](json& j) { j["items"]["ss-02"]["status"] = "ej-undersokt"; }, "diag.audit.judgement_status.unknown",
         "items[\"ss-02\"].status"},
        {[](json& j) { j["items"]["ss-02"]["level"] = 1; }, "diag.answer.level_and_status", "items[\"ss-02\"]"},
        {[](json& j) { j["items"]["pv-01"]["quotes"] = "en"; }, "diag.wrong_type", "items[\"pv-01\"].quotes"},
        {[](json& j) { j["recommendations"][0]["priority"] = "akut"; }, "diag.audit.priority.unknown",
         "recommendations[0].priority"},
        {[](json& j) { j["recommendations"][1]["id"] = "r1"; }, "diag.id.duplicate", "recommendations[1].id"},
        {[](json& j) { j["recommendations"][0]["items"] = json::array(); }, "diag.audit.recommendation.no_items",
         "recommendations[0].items"},
        {[](json& j) { j["recommendations"][0]["items"][0] = "pv-02"; }, "diag.audit.recommendation.unknown_item",
         "recommendations[0].items[0]"},
        {[](json& j) { j["recommendations"][0]["text"] = ""; }, "diag.empty", "recommendations[0].text"},
        {[](json& j) { j["items"]["pv-01"] = json::object(); }, "diag.audit.recommendation.unknown_item",
         "recommendations[0].items[0]"},
        {[](json& j) { j["recommendations"][3]["response"].erase("reason"); }, "diag.audit.response.reason_missing",
         "recommendations[3].response.reason"},
        {[](json& j) { j["recommendations"][0]["response"]["status"] = "klar"; }, "diag.audit.response_status.unknown",
         "recommendations[0].response.status"},
        {[](json& j) { j["state"] = "utkast"; }, "diag.audit.response_in_draft", "recommendations[0].response"},
    };
    for (const auto& c : cases) {
        Diagnostics d;
        auto a = load_edited(c.edit, d);
        EXPECT_FALSE(a.has_value()) << c.code;
        EXPECT_TRUE(has_code(d, c.code, c.path)) << c.code << " at " << c.path << all_messages(d);
        // Every code reads as a sentence in both languages (not the key itself).
        for (const auto& x : d.items) {
            EXPECT_NE(sv(x), x.code);
            EXPECT_NE(en(x), x.code);
        }
    }
}

TEST(Audit, CheckedAgainstTheInstrument) {
    Instrument in = brukarrevision();
    Diagnostics d;
    auto a = load_edited([](json& j) { j["items"]["pv-01"]["level"] = 3; }, d);
    ASSERT_TRUE(a);
    check_audit_against_instrument(*a, in, d);
    EXPECT_TRUE(has_code(d, "diag.out_of_scale", "items[\"pv-01\"].level")) << all_messages(d);

    Diagnostics other;
    Audit b = *a;
    b.instrument_id = "skane-2025-sjalvskattning";
    check_audit_against_instrument(b, in, other);
    EXPECT_TRUE(has_code(other, "diag.audit.instrument_other")) << all_messages(other);

    Diagnostics unknown;
    Audit c = example();
    c.items["zz-99"].finding = "okänd";
    c.recommendations[0].items.push_back("zz-99");
    check_audit_against_instrument(c, in, unknown);
    EXPECT_FALSE(unknown.has_errors()) << all_messages(unknown);
    EXPECT_TRUE(has_code(unknown, "diag.answer.unknown_item", "items[\"zz-99\"]")) << all_messages(unknown);
    EXPECT_TRUE(has_code(unknown, "diag.audit.recommendation.item_not_in_instrument")) << all_messages(unknown);
}

TEST(Audit, StateMovesOneStepAtATime) {
    Audit a = ready_draft();
    Diagnostics d;
    EXPECT_FALSE(advance_state(a, AuditState::SvarMottaget, "2026-04-01", d));
    EXPECT_TRUE(has_code(d, "diag.audit.state_step"));
    EXPECT_FALSE(advance_state(a, AuditState::Skickad, "1 april", d));
    EXPECT_TRUE(has_code(d, "diag.date.invalid"));
    ASSERT_TRUE(advance_state(a, AuditState::Skickad, "2026-04-01", d)) << all_messages(d);
    EXPECT_EQ(a.state, AuditState::Skickad);
    ASSERT_EQ(a.history.size(), 1u);
    EXPECT_EQ(a.history[0].date, "2026-04-01");
    Diagnostics back;
    EXPECT_FALSE(advance_state(a, AuditState::Utkast, "2026-04-02", back));
    EXPECT_TRUE(has_code(back, "diag.audit.state_step"));
}

// The app saves the period as it is typed: an audit saved with the end before the start opens
// again (with a warning naming both dates), so nothing entered is lost.
TEST(Audit, APeriodTheWrongWayRoundLoadsWithAWarning) {
    Diagnostics d;
    auto a = load_edited([](json& j) { j["header"]["period"]["to"] = "2026-02-01"; }, d);
    ASSERT_TRUE(a.has_value()) << all_messages(d);
    EXPECT_TRUE(has_code(d, "diag.audit.period_order", "header.period"));
    EXPECT_FALSE(d.has_errors());
    EXPECT_EQ(a->header.period_to, "2026-02-01");
}

TEST(Audit, SendingNeedsAJudgementAPeriodAndTiedRecommendations) {
    Audit empty = new_audit(brukarrevision());
    empty.header.period_from = empty.header.period_to = "2026-03-01";
    Diagnostics d;
    EXPECT_FALSE(advance_state(empty, AuditState::Skickad, "2026-04-01", d));
    EXPECT_TRUE(has_code(d, "diag.audit.nothing_judged"));

    Audit no_period = ready_draft();
    no_period.header.period_to.clear();
    Diagnostics d2;
    EXPECT_FALSE(advance_state(no_period, AuditState::Skickad, "2026-04-01", d2));
    EXPECT_TRUE(has_code(d2, "diag.audit.period_missing"));

    Audit reversed = ready_draft();
    reversed.header.period_from = "2026-03-10";
    reversed.header.period_to = "2026-03-01";
    Diagnostics d4;
    EXPECT_FALSE(advance_state(reversed, AuditState::Skickad, "2026-04-01", d4));
    EXPECT_TRUE(has_code(d4, "diag.audit.period_order", "header.period"));

    Audit untied = ready_draft();
    untied.recommendations[0].items = {"bm-04"};  // no finding for bm-04
    Diagnostics d3;
    EXPECT_FALSE(advance_state(untied, AuditState::Skickad, "2026-04-01", d3));
    EXPECT_TRUE(has_code(d3, "diag.audit.recommendation.not_ready", "recommendations[0]"));
    EXPECT_EQ(untied.state, AuditState::Utkast);
}

TEST(Audit, AQuoteIsRemovedByItsPositionUntilTheAuditIsSent) {
    Audit a = ready_draft();
    Diagnostics d;
    ASSERT_TRUE(add_quote(a, "pv-01", "första", d));
    ASSERT_TRUE(add_quote(a, "pv-01", "andra", d));
    const size_t before = a.items["pv-01"].quotes.size();
    EXPECT_TRUE(remove_quote(a, "pv-01", before - 2, d));
    ASSERT_EQ(a.items["pv-01"].quotes.size(), before - 1);
    EXPECT_EQ(a.items["pv-01"].quotes.back(), "andra");
    Diagnostics bad;
    EXPECT_FALSE(remove_quote(a, "pv-01", 99, bad));
    EXPECT_FALSE(remove_quote(a, "ss-01", 0, bad));
    EXPECT_EQ(bad.error_count(), 2u);
    ASSERT_TRUE(advance_state(a, AuditState::Skickad, "2026-04-01", d));
    Diagnostics locked;
    EXPECT_FALSE(remove_quote(a, "pv-01", 0, locked));
    EXPECT_TRUE(has_code(locked, "diag.audit.locked", "state"));
    EXPECT_EQ(a.items["pv-01"].quotes.size(), before - 1);
}

TEST(Audit, FindingsAreLockedOnceSent) {
    Audit a = ready_draft();
    Diagnostics d;
    ASSERT_TRUE(advance_state(a, AuditState::Skickad, "2026-04-01", d));
    Audit before = a;
    Diagnostics locked;
    EXPECT_FALSE(set_judgement(a, "pv-01", {JudgementStatus::Level, 2}, locked));
    EXPECT_FALSE(set_finding(a, "pv-01", "ändrad", locked));
    EXPECT_FALSE(add_quote(a, "pv-01", "citat", locked));
    EXPECT_FALSE(set_tally(a, "pv-01", InformantGroup::Patient, {1, 0, 0}, locked));
    EXPECT_FALSE(put_recommendation(a, {"r2", "Ny.", {"pv-01"}, Priority::Lag, std::nullopt, {}}, locked));
    EXPECT_FALSE(remove_recommendation(a, "r1", locked));
    EXPECT_FALSE(set_method(a, {}, locked));
    EXPECT_FALSE(set_header(a, {}, locked));
    EXPECT_EQ(locked.error_count(), 8u);
    for (const auto& x : locked.items) {
        EXPECT_EQ(x.code, "diag.audit.locked");
        EXPECT_NE(sv(x).find("skickad"), std::string::npos) << sv(x);
    }
    EXPECT_TRUE(findings_equal(before, a));
    // The unit's response is what may change now, and does not count as a change of findings.
    ASSERT_TRUE(set_response(a, "r1",
                             {"Återuppringning införs.", "Enhetschef", "2026-09-30", ResponseStatus::Pagar, "", {}}, d))
        << all_messages(d);
    EXPECT_TRUE(findings_equal(before, a));
    Audit tampered = a;
    tampered.items["pv-01"].finding = "ändrad i filen";
    EXPECT_FALSE(findings_equal(before, tampered));
}

TEST(Audit, ResponsesOnlyWhileTheUnitAnswers) {
    Audit a = ready_draft();
    Diagnostics d;
    Response r{"Åtgärd", "Enhetschef", "2026-09-30", ResponseStatus::Planerad, "", {}};
    EXPECT_FALSE(set_response(a, "r1", r, d));
    EXPECT_TRUE(has_code(d, "diag.audit.response_not_open"));
    ASSERT_TRUE(advance_state(a, AuditState::Skickad, "2026-04-01", d));
    Diagnostics no_response;
    EXPECT_FALSE(advance_state(a, AuditState::SvarMottaget, "2026-05-01", no_response));
    EXPECT_TRUE(has_code(no_response, "diag.audit.no_response", "recommendations[0]"));
    Diagnostics declined;
    EXPECT_FALSE(set_response(a, "r1", {"", "Enhetschef", "", ResponseStatus::Avbojd, "", {}}, declined));
    EXPECT_TRUE(has_code(declined, "diag.audit.response.reason_missing"));
    Diagnostics unknown;
    EXPECT_FALSE(set_response(a, "r9", r, unknown));
    EXPECT_TRUE(has_code(unknown, "diag.audit.unknown_recommendation"));
    ASSERT_TRUE(set_response(a, "r1", r, d));
    ASSERT_TRUE(advance_state(a, AuditState::SvarMottaget, "2026-05-01", d)) << all_messages(d);
    ASSERT_TRUE(advance_state(a, AuditState::Uppfoljd, "2027-03-01", d)) << all_messages(d);
    Diagnostics closed;
    EXPECT_FALSE(set_response(a, "r1", r, closed));
    EXPECT_EQ(a.history.size(), 3u);
    // The whole round trip through the file keeps state, history and response.
    Diagnostics rd;
    auto b = load_audit(audit_to_json(a), rd);
    ASSERT_TRUE(b) << all_messages(rd);
    EXPECT_EQ(b->state, AuditState::Uppfoljd);
    EXPECT_EQ(b->recommendations[0].response->responsible_role, "Enhetschef");
}

TEST(Audit, FollowUpCarriesTheEarlierRecommendationsAndJudgements) {
    Audit earlier = example();
    Audit next = start_follow_up(earlier, brukarrevision());
    EXPECT_EQ(next.state, AuditState::Utkast);
    EXPECT_TRUE(next.items.empty());
    EXPECT_TRUE(next.recommendations.empty());
    EXPECT_EQ(next.header.unit_name, earlier.header.unit_name);
    EXPECT_TRUE(next.header.period_from.empty());
    ASSERT_TRUE(next.previous.has_value());
    EXPECT_EQ(next.previous->audit_id, earlier.id);
    EXPECT_EQ(next.previous->period_to, "2026-04-17");
    ASSERT_EQ(next.previous->recommendations.size(), 4u);
    EXPECT_EQ(next.previous->recommendations[0].response->status, ResponseStatus::Pagar);
    EXPECT_EQ(next.previous->judgements.at("pv-01").level, 0);
    EXPECT_EQ(next.previous->judgements.at("ss-02").status, JudgementStatus::InteUndersokt);
    // It is a draft again: findings can be recorded, and it survives the file.
    Diagnostics d;
    EXPECT_TRUE(set_judgement(next, "pv-01", {JudgementStatus::Level, 1}, d));
    Diagnostics rd;
    auto back = load_audit(audit_to_json(next), rd);
    ASSERT_TRUE(back) << all_messages(rd);
    EXPECT_EQ(back->previous->recommendations[3].response->reason, earlier.recommendations[3].response->reason);
    EXPECT_EQ(back->previous->judgements.size(), earlier.items.size());
}

TEST(Audit, MigratesABrukarrevisionAssessmentLosingNothing) {
    json j = {{"format", "strategispegeln-assessment"},
              {"format_version", 1},
              {"id", "old-1"},
              {"instrument", {{"id", "skane-2025-brukarrevision"}, {"version", "1.0.0"}, {"custom", true}}},
              {"verksamhet", {{"name", "Vårdcentralen Norr"}, {"type", "vardcentral"}, {"region", "Skåne"}}},
              {"date", "2025-11-20"},
              {"respondent_role", "Brukarrevisor"},
              {"mode", "brukarrevision"},
              {"answers",
               {{"pv-01", {{"level", 0}, {"comment", "Lång telefonkö"}}},
                {"pv-03", {{"level", 2}}},
                {"bm-04", {{"status", "vet-ej"}, {"comment", "Inga närstående på plats"}}},
                {"bu-01", {{"status", "ej-aktuellt"}}},
                {"kl-03", {{"comment", "Fråga ledningen"}, {"flag", "x"}}}}},
              {"notes", "Besök 20 november"},
              {"created", "2025-11-20T08:00:00Z"},
              {"team_size", 3}};
    Diagnostics d;
    auto s = load_assessment(dump_json(j), d);
    ASSERT_TRUE(s) << all_messages(d);
    auto a = audit_from_assessment(*s, d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_EQ(a->id, "old-1");
    EXPECT_EQ(a->header.unit_name, "Vårdcentralen Norr");
    EXPECT_EQ(a->header.unit_kind, "vardcentral");
    EXPECT_EQ(a->header.period_from, "2025-11-20");
    EXPECT_EQ(a->header.period_to, "2025-11-20");
    ASSERT_EQ(a->header.auditors.size(), 1u);
    EXPECT_EQ(a->header.auditors[0].role, "Brukarrevisor");
    EXPECT_EQ(a->items.at("pv-01").judgement.status, JudgementStatus::Level);
    EXPECT_EQ(a->items.at("pv-01").finding, "Lång telefonkö");
    EXPECT_EQ(a->items.at("pv-03").judgement.level, 2);
    EXPECT_EQ(a->items.at("bm-04").judgement.status, JudgementStatus::VetEj);
    EXPECT_EQ(a->items.at("bu-01").judgement.status, JudgementStatus::EjAktuellt);
    EXPECT_EQ(a->items.at("kl-03").judgement.status, JudgementStatus::Unjudged);
    EXPECT_EQ(a->items.at("kl-03").finding, "Fråga ledningen");
    EXPECT_EQ(a->notes, "Besök 20 november");
    EXPECT_TRUE(has_code(d, "diag.audit.migrated_nej", "items")) << "one item answered Nej";
    // Everything survives a write and a read of the new file, unknown fields included.
    std::string out = audit_to_json(*a);
    Diagnostics rd;
    auto back = load_audit(out, rd);
    ASSERT_TRUE(back) << all_messages(rd) << out;
    for (const char* kept : {"\"custom\": true", "\"region\": \"Skåne\"", "\"flag\": \"x\"", "\"team_size\": 3",
                             "\"created\": \"2025-11-20T08:00:00Z\"", "\"migrated_from\""})
        EXPECT_NE(out.find(kept), std::string::npos) << kept << "\n" << out;
    // The scores are the same as the assessment's.
    Instrument in = brukarrevision();
    ScoreReport old_score = score_assessment(in, *s);
    AuditScore new_score = score_audit(in, *back);
    ASSERT_TRUE(old_score.overall && new_score.report.overall);
    EXPECT_DOUBLE_EQ(*old_score.overall, *new_score.report.overall);
}

TEST(Audit, OnlyBrukarrevisionAssessmentsMigrate) {
    Assessment s = blank(mini_instrument());
    Diagnostics d;
    EXPECT_FALSE(audit_from_assessment(s, d).has_value());
    EXPECT_TRUE(has_code(d, "diag.audit.not_brukarrevision", "mode"));
}

TEST(Audit, InteUndersoktIsMissingAndCountedPerPrinciple) {
    Instrument in = brukarrevision();
    Audit a = new_audit(in);
    Diagnostics d;
    // pv-01 maps to jamlikhet-tillganglighet only; pv-03 to personcentrering only.
    set_judgement(a, "pv-01", {JudgementStatus::Level, 2}, d);
    set_judgement(a, "lt-03", {JudgementStatus::InteUndersokt, 0}, d);
    set_judgement(a, "pv-03", {JudgementStatus::Level, 0}, d);
    AuditScore s = score_audit(in, a);
    EXPECT_EQ(s.not_investigated, 1);
    const AuditDimension* jt = nullptr;
    for (const auto& p : s.principles)
        if (p.score.id == "jamlikhet-tillganglighet") jt = &p;
    ASSERT_NE(jt, nullptr);
    EXPECT_EQ(jt->not_investigated, 1);
    // Not investigated is missing, not Nej: the score is pv-01 alone (100), coverage below 1.
    ASSERT_TRUE(jt->score.score.has_value());
    EXPECT_DOUBLE_EQ(*jt->score.score, 100.0);
    EXPECT_LT(jt->score.coverage, 1.0);
    // Had lt-03 been judged Nej, the score would drop.
    set_judgement(a, "lt-03", {JudgementStatus::Level, 0}, d);
    AuditScore nej = score_audit(in, a);
    for (const auto& p : nej.principles)
        if (p.score.id == "jamlikhet-tillganglighet") {
            EXPECT_LT(*p.score.score, 100.0);
            EXPECT_EQ(p.not_investigated, 0);
        }
}

TEST(Audit, UsersAndStaffDisagreement) {
    AuditItem item;
    item.tallies[InformantGroup::Patient] = {1, 2, 5};   // (1 + 1) / 8 = 0.25
    item.tallies[InformantGroup::Personal] = {4, 1, 0};  // 4.5 / 5 = 0.9
    auto d = item_disagreement("pv-01", item);
    ASSERT_TRUE(d.has_value());
    EXPECT_DOUBLE_EQ(d->users, 0.25);
    EXPECT_DOUBLE_EQ(d->staff, 0.9);
    // Exactly half the scale apart counts; less does not.
    AuditItem half;
    half.tallies[InformantGroup::Narstaende] = {0, 1, 0};  // 0.5
    half.tallies[InformantGroup::Ledning] = {1, 0, 0};     // 1
    EXPECT_TRUE(item_disagreement("x", half).has_value());
    half.tallies[InformantGroup::Narstaende] = {1, 1, 0};  // 0.75
    EXPECT_FALSE(item_disagreement("x", half).has_value());
    // One side alone is no disagreement.
    AuditItem users_only;
    users_only.tallies[InformantGroup::Patient] = {0, 0, 8};
    EXPECT_FALSE(item_disagreement("x", users_only).has_value());
}

TEST(Audit, TheExampleScoresWithDisagreementsFirstByGap) {
    AuditScore s = score_audit(brukarrevision(), example());
    EXPECT_EQ(s.not_investigated, 1);
    ASSERT_GE(s.disagreements.size(), 2u);
    EXPECT_EQ(s.disagreements[0].item_id, "pv-01");  // 0.227 vs 0.9
    for (size_t i = 1; i < s.disagreements.size(); ++i)
        EXPECT_GE(s.disagreements[i - 1].gap(), s.disagreements[i].gap());
    int per_principle = 0;
    for (const auto& p : s.principles) per_principle += p.disagreements;
    EXPECT_GE(per_principle, static_cast<int>(s.disagreements.size()));
}

TEST(Audit, WrongTypesAnywhereAreErrorsNotCrashes) {
    // Every value of the example replaced by a value of each other type: the
    // reader reports an error (or accepts a null) and never crashes.
    json base = json::parse(example_text());
    std::vector<json> others = {json(nullptr), json(7), json("x"), json::array({1}), json::object({{"a", 1}}),
                                json(true)};
    std::function<void(json&, const std::string&)> visit;
    int checked = 0;
    visit = [&](json& node, const std::string& where) {
        if (node.is_object()) {
            for (auto it = node.begin(); it != node.end(); ++it) visit(it.value(), where + "." + it.key());
        } else if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i) visit(node[i], where + "[" + std::to_string(i) + "]");
        }
        json saved = node;
        for (const auto& other : others) {
            if (other.type() == saved.type() || (other.is_number() && saved.is_number())) continue;
            node = other;
            Diagnostics d;
            auto a = load_audit(dump_json(base), d);
            // Every field of the example is one the format knows: another type
            // (null aside, which means "not given") is an error naming the place.
            if (!other.is_null()) {
                EXPECT_FALSE(a.has_value()) << where << " = " << other.dump();
                EXPECT_TRUE(d.has_errors()) << where;
            }
            ++checked;
        }
        node = saved;
    };
    visit(base, "");
    EXPECT_GT(checked, 500);
}

TEST(Audit, ListsAndItemsAreBounded) {
    json j = json::parse(example_text());
    j["items"]["pv-01"]["quotes"] = json::array();
    for (size_t i = 0; i <= kMaxAuditList; ++i) j["items"]["pv-01"]["quotes"].push_back("q");
    Diagnostics d;
    EXPECT_FALSE(load_audit(dump_json(j), d));
    EXPECT_TRUE(has_code(d, "diag.too_many", "items[\"pv-01\"].quotes")) << all_messages(d);

    Audit a = new_audit(brukarrevision());
    Diagnostics q;
    for (size_t i = 0; i < kMaxAuditList; ++i) ASSERT_TRUE(add_quote(a, "pv-01", "q", q));
    EXPECT_FALSE(add_quote(a, "pv-01", "one too many", q));
    EXPECT_TRUE(has_code(q, "diag.too_many"));
    Diagnostics t;
    EXPECT_FALSE(set_tally(a, "pv-01", InformantGroup::Patient, {-1, 0, 0}, t));
    EXPECT_TRUE(has_code(t, "diag.range"));
}

TEST(Audit, TallyLargerThanTheMethodsInformantsIsAWarning) {
    Diagnostics d;
    // Patients: 8 interviewed and 6 in the focus group; 15 answers is one too many.
    auto a = load_edited([](json& j) { j["items"]["pv-01"]["tallies"]["patient"] = {{"ja", 15}}; }, d);
    ASSERT_TRUE(a) << all_messages(d);
    EXPECT_TRUE(has_code(d, "diag.audit.tally_exceeds_informants", "items[\"pv-01\"].tallies.patient"))
        << all_messages(d);
    for (const auto& x : d.items)
        if (x.code == "diag.audit.tally_exceeds_informants") {
            EXPECT_NE(sv(x).find("15 svar"), std::string::npos) << sv(x);
            EXPECT_NE(sv(x).find("14 informanter"), std::string::npos) << sv(x);
            EXPECT_NE(sv(x).find("patienter/brukare"), std::string::npos) << sv(x);
        }
    Diagnostics ok;
    ASSERT_TRUE(load_edited([](json& j) { j["items"]["pv-01"]["tallies"]["patient"] = {{"ja", 14}}; }, ok));
    EXPECT_EQ(ok.warning_count(), 0u) << all_messages(ok);
    // Management was only talked with in samtal-ledning (2 people).
    Diagnostics lead;
    ASSERT_TRUE(load_edited([](json& j) { j["items"]["pv-01"]["tallies"]["ledning"] = {{"ja", 3}}; }, lead));
    EXPECT_TRUE(has_code(lead, "diag.audit.tally_exceeds_informants")) << all_messages(lead);
}
