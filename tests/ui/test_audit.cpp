// test_audit.cpp — the brukarrevision mode's actions (web/app/audit/) and the
// personal-data guard, on the fake platform: start from the start form, set up,
// method, findings, recommendations, send (the findings lock), the unit's
// response, the report export, the follow-up, storage, migration and import.
#include <gtest/gtest.h>

#include <algorithm>

#include "actions.h"
#include "app_fixture.h"
#include "audit_report.h"
#include "bundled.h"
#include "fake_platform.h"
#include "file_io.h"
#include "json_read.h"
#include "widgets/personal_data_scan.h"

using namespace spegeln;

namespace {

constexpr const char* kAuditInstrument = "skane-2025-brukarrevision";
// A valid personnummer (check digit correct), as used in the core's detector tests.
constexpr const char* kPersonnummer = "19811218-9876";

// The documented example audit (docs/examples), instrument version 1.0.0 with a response.
std::string read_example() {
    FileRead f = read_file(std::string(SPEGELN_SOURCE_DIR) + "/docs/examples/brukarrevision-exempel.json");
    return f.ok() ? f.bytes : std::string();
}

class AuditActions : public ::testing::Test {
protected:
    void SetUp() override { fake::reset(); }
};

std::unique_ptr<App> started() {
    auto app = make_app();
    app->library.form.instrument = instrument_index(*app, kAuditInstrument);
    app->library.form.mode = Mode::Brukarrevision;
    app->library.form.unit_name = "Mottagningen Eken";
    app->library.form.unit_kind = "psykiatri-oppenvard";
    app->library.form.date = "2026-03-02";
    EXPECT_TRUE(act_start(*app));
    return app;
}

std::optional<Audit> stored(const App& /*app*/, const std::string& id) {
    auto it = fake::platform().storage.find(std::string(kAuditPrefix) + id + ".json");
    if (it == fake::platform().storage.end()) return std::nullopt;
    Diagnostics d;
    return load_audit(it->second, d);
}

// An audit ready to send: period, one judged item with a finding, a recommendation on it.
void fill(App& app) {
    AuditHeader h = app.audit.current->header;
    h.period_to = "2026-04-17";
    h.association = "Brukarföreningen Exempel";
    ASSERT_TRUE(act_audit_set_header(app, h));
    MethodEntry m;
    m.source = AuditSource::IntervjuPatient;
    m.informants = 8;
    m.occasions = 8;
    m.dates = {"2026-03-09"};
    ASSERT_TRUE(act_audit_set_method(app, {m}));
    ASSERT_TRUE(act_audit_set_tally(app, "hf-01", InformantGroup::Patient, {1, 2, 5}));
    ASSERT_TRUE(act_audit_set_tally(app, "hf-01", InformantGroup::Personal, {4, 1, 0}));
    ASSERT_TRUE(act_audit_set_judgement(app, "hf-01", {JudgementStatus::Level, 0}));
    ASSERT_TRUE(act_audit_set_finding(app, "hf-01", "Få patienter har fått samtal om levnadsvanor."));
    app.audit.quote_drafts["hf-01"] = "  Ingen har frågat mig om sömnen.  ";
    ASSERT_TRUE(act_audit_add_quote(app, "hf-01"));
    std::string rid = act_audit_add_recommendation(app);
    ASSERT_EQ(rid, "r1");
    Recommendation r = *app.audit.current->find_recommendation(rid);
    r.text = "Inför samtal om levnadsvanor vid nybesök.";
    r.items = {"hf-01"};
    r.priority = Priority::Hog;
    ASSERT_TRUE(act_audit_put_recommendation(app, r));
}

}  // namespace

TEST_F(AuditActions, TheBrukarrevisionModeStartsAnAuditNotAnAssessment) {
    auto app = started();
    EXPECT_EQ(app->screen, Screen::AuditSetup);
    EXPECT_FALSE(app->doc.current.has_value());
    ASSERT_TRUE(app->audit.current.has_value());
    const Audit& a = *app->audit.current;
    EXPECT_EQ(a.header.unit_name, "Mottagningen Eken");
    EXPECT_EQ(a.header.unit_kind, "psykiatri-oppenvard");
    EXPECT_EQ(a.header.period_from, "2026-03-02");
    EXPECT_FALSE(a.header.show_names) << "names are off by default";
    auto s = stored(*app, a.id);
    ASSERT_TRUE(s.has_value()) << "saved at once under the audit prefix";
    EXPECT_EQ(s->header.unit_name, "Mottagningen Eken");
    ASSERT_EQ(app->audit.saved.size(), 1u);
    EXPECT_EQ(app->audit.saved[0].state, AuditState::Utkast);
    EXPECT_TRUE(app->library.saved.empty()) << "no assessment was made";
}

TEST_F(AuditActions, FindingsAreRecordedSavedAndScoredWithDisagreement) {
    auto app = started();
    fill(*app);
    auto s = stored(*app, app->audit.current->id);
    ASSERT_TRUE(s.has_value());
    const AuditItem* item = s->find_item("hf-01");
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->tallies.at(InformantGroup::Patient).nej, 5);
    EXPECT_EQ(item->quotes, std::vector<std::string>{"Ingen har frågat mig om sömnen."}) << "trimmed";
    EXPECT_TRUE(app->audit.quote_drafts["hf-01"].empty()) << "the draft is emptied once added";
    EXPECT_EQ(s->method.size(), 1u);
    ASSERT_EQ(app->audit.score.disagreements.size(), 1u) << "patients 25 %, staff 90 %";
    EXPECT_EQ(app->audit.score.disagreements[0].item_id, "hf-01");
    ASSERT_TRUE(act_audit_set_judgement(*app, "hf-02", {JudgementStatus::InteUndersokt, 0}));
    EXPECT_EQ(app->audit.score.not_investigated, 1);
    ASSERT_TRUE(act_audit_remove_quote(*app, "hf-01", 0));
    EXPECT_TRUE(app->audit.current->find_item("hf-01")->quotes.empty());
}

TEST_F(AuditActions, SendingAsksFirstThenLocksTheFindings) {
    auto app = started();
    fill(*app);
    act_audit_ask_send(*app);
    EXPECT_EQ(app->messages.modal, Modal::AuditSend);
    EXPECT_EQ(app->audit.current->state, AuditState::Utkast) << "nothing happens before the confirmation";
    close_modal(*app);
    ASSERT_TRUE(act_audit_advance(*app, AuditState::Skickad));
    EXPECT_EQ(app->audit.current->state, AuditState::Skickad);
    EXPECT_EQ(stored(*app, app->audit.current->id)->state, AuditState::Skickad);
    // The core refuses a change of a finding; the app says why and saves nothing new.
    EXPECT_FALSE(act_audit_set_finding(*app, "hf-01", "ändrad"));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    EXPECT_EQ(stored(*app, app->audit.current->id)->find_item("hf-01")->finding,
              "Få patienter har fått samtal om levnadsvanor.");
}

TEST_F(AuditActions, TheResponseNeedsAReasonToDeclineThenTheStatesMoveOn) {
    auto app = started();
    fill(*app);
    ASSERT_TRUE(act_audit_advance(*app, AuditState::Skickad));
    EXPECT_FALSE(act_audit_advance(*app, AuditState::SvarMottaget)) << "r1 has no response yet";
    close_modal(*app);
    Response& draft = app->audit.response_drafts["r1"];
    draft.action = "Samtalsmall vid nybesök";
    draft.responsible_role = "Enhetschef";
    draft.date = "2026-09-30";
    draft.status = ResponseStatus::Avbojd;
    std::string problem;
    EXPECT_FALSE(act_audit_set_response(*app, "r1", &problem));
    EXPECT_FALSE(problem.empty()) << "avböjd needs a reason";
    EXPECT_FALSE(app->audit.current->recommendations[0].response.has_value());
    app->audit.response_drafts["r1"].status = ResponseStatus::Pagar;
    EXPECT_TRUE(act_audit_set_response(*app, "r1", &problem));
    EXPECT_TRUE(problem.empty());
    ASSERT_TRUE(act_audit_advance(*app, AuditState::SvarMottaget));
    ASSERT_TRUE(act_audit_advance(*app, AuditState::Uppfoljd));
    auto s = stored(*app, app->audit.current->id);
    ASSERT_TRUE(s->recommendations[0].response.has_value());
    EXPECT_EQ(s->recommendations[0].response->status, ResponseStatus::Pagar);
    EXPECT_EQ(s->state, AuditState::Uppfoljd);
}

TEST_F(AuditActions, TheReportIsTheCoresAndHoldsFindingRecommendationAndResponse) {
    auto app = started();
    fill(*app);
    ASSERT_TRUE(act_audit_advance(*app, AuditState::Skickad));
    app->audit.response_drafts["r1"] = {"Samtalsmall vid nybesök", "Enhetschef", "2026-09-30",
                                        ResponseStatus::Planerad,  "",           json::object()};
    ASSERT_TRUE(act_audit_set_response(*app, "r1"));
    ASSERT_TRUE(act_export_audit_html(*app));
    ASSERT_TRUE(act_export_audit_csv(*app));
    ASSERT_TRUE(act_export_audit_report_json(*app));
    ASSERT_TRUE(act_export_audit_file(*app));
    const auto& d = fake::platform().downloads;
    ASSERT_EQ(d.size(), 4u);
    EXPECT_EQ(d[0].filename, "Mottagningen-Eken-2026-03-02-brukarrevision-rapport.html");
    for (const char* s : {"Få patienter har fått samtal om levnadsvanor.", "Inför samtal om levnadsvanor vid nybesök.",
                          "Samtalsmall vid nybesök"})
        EXPECT_NE(d[0].data.find(s), std::string::npos) << s;
    const Instrument* in = audit_instrument(*app);
    EXPECT_EQ(d[0].data, audit_report_html(*in, *app->audit.current, app->audit.score, app->strings))
        << "the same as `spegeln report`";
    EXPECT_NE(d[1].data.find("Inför samtal om levnadsvanor vid nybesök."), std::string::npos)
        << "the CSV has a row per recommendation";
    Diagnostics diag;
    EXPECT_TRUE(parse_json(d[2].data, diag).has_value());
    EXPECT_TRUE(load_audit(d[3].data, diag).has_value()) << "the audit file reads back";
}

TEST_F(AuditActions, AFollowUpCarriesTheEarlierRecommendationsAndKeepsTheOld) {
    auto app = started();
    fill(*app);
    EXPECT_FALSE(act_start_follow_up(*app)) << "only from a sent audit";
    ASSERT_TRUE(act_audit_advance(*app, AuditState::Skickad));
    const std::string first = app->audit.current->id;
    ASSERT_TRUE(act_start_follow_up(*app));
    const Audit& f = *app->audit.current;
    EXPECT_NE(f.id, first);
    EXPECT_EQ(f.state, AuditState::Utkast);
    ASSERT_TRUE(f.previous.has_value());
    ASSERT_EQ(f.previous->recommendations.size(), 1u);
    EXPECT_EQ(f.previous->recommendations[0].text, "Inför samtal om levnadsvanor vid nybesök.");
    EXPECT_EQ(app->screen, Screen::AuditSetup);
    EXPECT_EQ(app->audit.saved.size(), 2u);
    EXPECT_EQ(stored(*app, first)->state, AuditState::Skickad) << "the earlier audit is kept";
}

TEST_F(AuditActions, SavedAuditsReopenAndDelete) {
    auto app = started();
    fill(*app);
    const std::string id = app->audit.current->id;
    auto again = make_app();  // a reload
    ASSERT_EQ(again->audit.saved.size(), 1u);
    EXPECT_EQ(again->audit.saved[0].unit_name, "Mottagningen Eken");
    ASSERT_TRUE(act_open_audit(*again, id));
    EXPECT_EQ(again->audit.current->find_item("hf-01")->judgement.level, 0);
    ASSERT_TRUE(act_delete_audit(*again, id));
    EXPECT_TRUE(again->audit.saved.empty());
    EXPECT_FALSE(again->audit.current.has_value());
}

// A period typed the wrong way round is saved as typed; after a reload the audit opens again
// with both dates, and only sending it is refused.
TEST_F(AuditActions, AnAuditWithItsPeriodTheWrongWayRoundReopens) {
    auto app = started();
    fill(*app);
    AuditHeader h = app->audit.current->header;
    h.period_from = "2026-03-20";
    h.period_to = "2026-03-02";
    ASSERT_TRUE(act_audit_set_header(*app, h));
    const std::string id = app->audit.current->id;
    auto again = make_app();
    ASSERT_TRUE(act_open_audit(*again, id));
    EXPECT_EQ(again->audit.current->header.period_to, "2026-03-02");
    EXPECT_FALSE(act_audit_advance(*again, AuditState::Skickad));
    EXPECT_EQ(again->audit.current->state, AuditState::Utkast);
}

TEST_F(AuditActions, AnOldBrukarrevisionAssessmentOpensAsAnAuditAndIsKept) {
    auto app = make_app();
    const Instrument* in = find_instrument(*app, kAuditInstrument);
    ASSERT_NE(in, nullptr);
    Assessment old = new_assessment(*in, Mode::Brukarrevision);
    old.id = "old-brukarrevision";
    old.unit_name = "Gamla mottagningen";
    old.date = "2025-11-01";
    old.answers["hf-01"] = {AnswerStatus::Level, 1, "Några fick samtal.", json::object()};
    const std::string text = assessment_to_json(old);
    fake::platform().storage[std::string(kAssessmentPrefix) + old.id + ".json"] = text;
    act_refresh_saved(*app);
    ASSERT_TRUE(act_resume(*app, old.id));
    ASSERT_TRUE(app->audit.current.has_value());
    EXPECT_EQ(app->audit.current->find_item("hf-01")->finding, "Några fick samtal.");
    EXPECT_EQ(app->messages.modal, Modal::Message) << "says the original is kept";
    EXPECT_EQ(fake::platform().storage[std::string(kAssessmentPrefix) + old.id + ".json"], text)
        << "the original is unchanged";
    EXPECT_EQ(app->audit.saved.size(), 1u);
}

TEST_F(AuditActions, ImportingAnAuditFileUsesTheCoresDiagnostics) {
    auto app = make_app();
    auto example = read_example();
    ASSERT_FALSE(example.empty());
    ASSERT_TRUE(act_import(*app, "exempel.json", example));
    ASSERT_EQ(app->audit.saved.size(), 1u);
    EXPECT_EQ(app->audit.saved[0].state, AuditState::SvarMottaget);
    EXPECT_EQ(app->screen, Screen::Saved);
    close_modal(*app);
    std::string broken = example;
    broken.replace(broken.find("\"svar-mottaget\""), 15, "\"halvklar\"");
    EXPECT_FALSE(act_import(*app, "trasig.json", broken));
    EXPECT_EQ(app->messages.modal, Modal::Error);
    bool names_state = std::any_of(app->messages.lines.begin(), app->messages.lines.end(),
                                   [](const std::string& l) { return l.find("state") != std::string::npos; });
    EXPECT_TRUE(names_state) << "the core's diagnostic names the field";
    EXPECT_EQ(app->audit.saved.size(), 1u) << "nothing added";
}

TEST_F(AuditActions, EveryExportAsksFirstWhenAFieldHoldsPersonalData) {
    auto app = started();
    fill(*app);
    ASSERT_TRUE(act_audit_set_finding(*app, "hf-01", std::string("Patienten ") + kPersonnummer + " sa nej."));
    fake::platform().downloads.clear();
    EXPECT_FALSE(act_export_audit_html(*app));
    EXPECT_TRUE(fake::platform().downloads.empty()) << "nothing leaves before the user chooses";
    EXPECT_EQ(app->messages.modal, Modal::PersonalData);
    ASSERT_EQ(app->messages.lines.size(), 1u);
    EXPECT_NE(app->messages.lines[0].find("hf-01"), std::string::npos) << "says where";
    EXPECT_NE(app->messages.lines[0].find("19811218-****"), std::string::npos) << "masked";
    EXPECT_EQ(app->messages.lines[0].find(kPersonnummer), std::string::npos) << "never in the clear";
    // "Exportera ändå" (screen_modals.cpp): the same export again, confirmed once.
    std::string id = app->messages.pending_export;
    close_modal(*app);
    app->messages.pending_export = id;
    app->messages.personal_data_confirmed = true;
    EXPECT_TRUE(act_export_audit_html(*app));
    EXPECT_EQ(fake::platform().downloads.size(), 1u);
    EXPECT_FALSE(app->messages.personal_data_confirmed) << "the choice is for that one export";
    EXPECT_FALSE(act_export_audit_csv(*app)) << "the next export asks again";
    EXPECT_EQ(app->audit.current->find_item("hf-01")->finding.find(kPersonnummer) != std::string::npos, true)
        << "nothing was changed";
}

TEST_F(AuditActions, SelfAssessmentExportsAskToo) {
    auto app = make_app();
    app->library.form.instrument = instrument_index(*app, "skane-2025-sjalvskattning");
    app->library.form.mode = Mode::SelfAssessment;
    app->library.form.unit_name = "Vårdcentralen Eken";
    ASSERT_TRUE(act_start(*app));
    act_set_comment(*app, "pc-01", "Ring 070-123 45 67 eller skriv till anna@exempel.se");
    for (auto* f : {&act_export_json, &act_export_csv, &act_export_html}) {
        close_modal(*app);
        EXPECT_FALSE(f(*app));
        EXPECT_EQ(app->messages.modal, Modal::PersonalData);
        EXPECT_EQ(app->messages.lines.size(), 2u) << "a phone number and an e-mail address";
    }
    auto hits = personal_data_in_assessment(*app, *app->doc.current);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].where, "Kommentar, fråga pc-01");
    close_modal(*app);
    act_set_comment(*app, "pc-01", "Dnr 2024-000123, 12 500 kr, 2026-03-01");
    EXPECT_TRUE(act_export_json(*app)) << "look-alikes are not flagged";
}

// Two views of one unit (panel_two_views.cpp): a saved self-assessment beside the open audit,
// through the core's comparison; opening another audit clears it; an unknown id changes nothing.
TEST_F(AuditActions, ASavedSelfAssessmentIsComparedWithTheOpenAudit) {
    auto app = started();
    ASSERT_TRUE(act_audit_set_judgement(*app, "pv-03", Judgement{JudgementStatus::Level, 0}));
    const Instrument* self_in = find_instrument(*app, "skane-2025-sjalvskattning");
    ASSERT_NE(self_in, nullptr);
    Assessment self = new_assessment(*self_in, Mode::SelfAssessment);
    self.id = "sjalvskattning-eken";
    self.unit_name = "Mottagningen Eken";
    self.date = "2026-02-01";
    self.answers["pv-05"].status = AnswerStatus::Level;
    self.answers["pv-05"].level = self_in->scale_of(*self_in->find_item("pv-05")).top();
    fake::platform().storage[std::string(kAssessmentPrefix) + self.id + ".json"] = assessment_to_json(self);
    act_refresh_saved(*app);
    ASSERT_TRUE(app->audit.current);
    ASSERT_NE(audit_instrument(*app), nullptr);
    ASSERT_FALSE(act_audit_two_views(*app, "finns-inte"));
    EXPECT_FALSE(app->audit.two_views);
    ASSERT_TRUE(act_audit_two_views(*app, self.id));
    ASSERT_TRUE(app->audit.two_views);
    EXPECT_EQ(app->audit.two_views_self, self.id);
    const AuditComparison& c = *app->audit.two_views;
    EXPECT_EQ(c.principles.size(), self_in->principles.size());
    auto pv03 =
        std::find_if(c.items.begin(), c.items.end(), [](const ItemSides& s) { return s.audit_item == "pv-03"; });
    ASSERT_NE(pv03, c.items.end());
    ASSERT_TRUE(pv03->difference);
    EXPECT_DOUBLE_EQ(*pv03->difference, -100.0);     // the users' Nej against the staff's top level
    EXPECT_EQ(c.items.front().audit_item, "pv-03");  // the largest difference first
    // Another audit opened: the comparison belonged to the first.
    auto other = started();
    EXPECT_FALSE(other->audit.two_views);
    ASSERT_TRUE(act_audit_two_views(*app, ""));
    EXPECT_FALSE(app->audit.two_views);
}
