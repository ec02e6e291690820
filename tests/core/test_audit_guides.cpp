// The brukarrevision's paper guides (core/audit_guides): which items each guide
// asks, in which order, with what read-out text and tally space, in both
// languages, escaped.
#include <gtest/gtest.h>

#include <algorithm>

#include "audit_guides.h"
#include "bundled.h"
#include "report_html.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

Instrument audit_instrument() {
    auto in = bundled_instrument("skane-2025-brukarrevision");
    EXPECT_TRUE(in);
    return in ? *in : Instrument{};
}

std::vector<std::string> ids_of(const std::vector<GuideQuestion>& qs) {
    std::vector<std::string> out;
    for (const auto& q : qs) out.push_back(q.item->id);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

size_t count_of(const std::string& s, const std::string& part) {
    size_t n = 0;
    for (size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + part.size())) ++n;
    return n;
}

bool has_question_to(const Item& item, const std::string& role) {
    for (const auto& [r, t] : item.audit.question)
        if (r == role && !t.empty()) return true;
    return false;
}

}  // namespace

TEST(AuditGuides, KindIdsRoundTrip) {
    for (GuideKind k : kAllGuideKinds) EXPECT_EQ(guide_kind_from_id(guide_kind_id(k)), k);
    EXPECT_FALSE(guide_kind_from_id("personal"));
    EXPECT_FALSE(guide_kind_from_id(""));
}

TEST(AuditGuides, InterviewGuidesAskEveryItemThatHasAQuestionToThatInformant) {
    Instrument in = audit_instrument();
    for (const char* role : {"patient", "narstaende"}) {
        auto kind = *guide_kind_from_id(role);
        auto qs = guide_questions(in, kind);
        size_t expected = 0;
        for (const auto& item : in.items) expected += has_question_to(item, role);
        EXPECT_EQ(qs.size(), expected) << role;
        // The version 2.0 instrument asks most of its items of patients (docs/brukarrevision-instrument.md).
        EXPECT_GE(qs.size(), 8u) << role;
        for (const auto& q : qs) EXPECT_TRUE(has_question_to(*q.item, role)) << q.item->id;
    }
    auto patient = ids_of(guide_questions(in, GuideKind::Patient));
    EXPECT_TRUE(has(patient, "hf-01"));
    EXPECT_FALSE(has(patient, "pv-04")) << "a question only staff can answer";
    EXPECT_FALSE(has(patient, "bm-07")) << "asked of närstående only";
    auto narstaende = ids_of(guide_questions(in, GuideKind::Narstaende));
    EXPECT_TRUE(has(narstaende, "bm-07"));
    EXPECT_FALSE(has(narstaende, "hf-01"));
}

TEST(AuditGuides, QuestionsFollowTheAreasThenTheItems) {
    Instrument in = audit_instrument();
    auto qs = guide_questions(in, GuideKind::Patient);
    auto area_index = [&](const std::string& id) {
        for (size_t i = 0; i < in.areas.size(); ++i)
            if (in.areas[i].id == id) return i;
        return in.areas.size();
    };
    for (size_t i = 1; i < qs.size(); ++i)
        EXPECT_LE(area_index(qs[i - 1].item->area), area_index(qs[i].item->area))
            << qs[i - 1].item->id << " before " << qs[i].item->id;
}

TEST(AuditGuides, FocusGroupUsesThePatientsQuestionElseTheNarstaendes) {
    Instrument in = audit_instrument();
    auto qs = guide_questions(in, GuideKind::Fokusgrupp);
    auto ids = ids_of(qs);
    EXPECT_FALSE(has(ids, "lt-02")) << "its methods do not include fokusgrupp";
    ASSERT_TRUE(has(ids, "bm-07"));
    for (const auto& q : qs) {
        const auto& m = q.item->audit.methods;
        EXPECT_NE(std::find(m.begin(), m.end(), "fokusgrupp"), m.end()) << q.item->id;
        if (q.item->id == "bm-07") {
            EXPECT_EQ(q.prompt->sv, q.item->audit.question[0].second.sv);
            EXPECT_EQ(q.item->audit.question[0].first, "narstaende");
        }
        if (q.item->id == "hf-01") {
            EXPECT_EQ(q.prompt->sv.rfind("Har personalen här pratat med dig", 0), 0u);
        }
    }
}

TEST(AuditGuides, ObservationChecklistIsTheItemsWithSomethingToObserve) {
    Instrument in = audit_instrument();
    auto qs = guide_questions(in, GuideKind::Observation);
    size_t expected = 0;
    for (const auto& item : in.items) expected += !item.audit.observe.empty();
    EXPECT_EQ(qs.size(), expected);
    EXPECT_GE(qs.size(), 5u);
    for (const auto& q : qs) EXPECT_EQ(q.prompt, &q.item->audit.observe);
}

TEST(AuditGuides, AUnitKindLeavesOutItemsThatDoNotApplyToIt) {
    Instrument in = audit_instrument();
    auto all = ids_of(guide_questions(in, GuideKind::Patient));
    auto kommunal = ids_of(guide_questions(in, GuideKind::Patient, "kommunal"));
    EXPECT_TRUE(has(all, "pv-02"));
    EXPECT_FALSE(has(kommunal, "pv-02")) << "samtalsbehandling is not asked at a kommunal verksamhet";
    EXPECT_LT(kommunal.size(), all.size());
    std::string html = audit_guide_html(in, GuideKind::Patient, "sv", "kommunal");
    EXPECT_NE(html.find("Kommunal"), std::string::npos) << "the page names the unit kind";
}

TEST(AuditGuides, InterviewPageHasConsentTallyBoxesNotesAndACountSheet) {
    Instrument in = audit_instrument();
    auto qs = guide_questions(in, GuideKind::Patient);
    std::string html = audit_guide_html(in, GuideKind::Patient, "sv");
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<html lang=\"sv\">"), std::string::npos);
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
    EXPECT_NE(html.find("<h1>Intervjuguide: patienter och brukare</h1>"), std::string::npos);
    // The instrument's own information text is read out.
    EXPECT_NE(html.find(html_escape(in.consent_text.sv.substr(0, 60))), std::string::npos);
    EXPECT_NE(html.find("Det är frivilligt att vara med."), std::string::npos);
    // One section, one tally row of four boxes and lines for notes per question.
    EXPECT_EQ(count_of(html, "<section class=\"q\">"), qs.size());
    EXPECT_EQ(count_of(html, "<span class=\"box\"></span>"), 4 * qs.size());
    EXPECT_EQ(count_of(html, "<div class=\"lines\""), qs.size());
    for (const auto& q : qs) EXPECT_NE(html.find(html_escape(q.prompt->sv)), std::string::npos) << q.item->id;
    for (const char* word : {">Ja<", ">Delvis<", ">Nej<", ">Vet ej<"}) EXPECT_NE(html.find(word), std::string::npos);
    // The count sheet: one row per question, for the group the numbers are typed in for.
    EXPECT_NE(html.find("class=\"sheet\""), std::string::npos);
    EXPECT_NE(html.find("för gruppen patienter"), std::string::npos);
    EXPECT_EQ(count_of(html, "<tr><td class=\"n\">"), qs.size());
    EXPECT_NE(html.find("(pv-03, kärnfråga)"), std::string::npos) << "core questions are marked";
}

TEST(AuditGuides, FocusGroupHasGroupRulesAndCountCells) {
    Instrument in = audit_instrument();
    std::string html = audit_guide_html(in, GuideKind::Fokusgrupp, "sv");
    EXPECT_EQ(count_of(html, "<h3>Gruppens regler</h3>"), 1u) << "one heading over all the rules";
    EXPECT_NE(html.find("Det som sägs här stannar här."), std::string::npos);
    EXPECT_NE(html.find("class=\"tally count\""), std::string::npos);
    EXPECT_EQ(html.find("<span class=\"box\">"), std::string::npos) << "counts are written, not ticked";
    EXPECT_EQ(html.find("class=\"sheet\""), std::string::npos);
}

TEST(AuditGuides, ObservationSaysWhichItemEachPointBelongsTo) {
    Instrument in = audit_instrument();
    std::string html = audit_guide_html(in, GuideKind::Observation, "sv");
    EXPECT_NE(html.find("Checklista för observation"), std::string::npos);
    EXPECT_NE(html.find("Kunde inte se"), std::string::npos);
    const Item* hf01 = in.find_item("hf-01");
    ASSERT_TRUE(hf01);
    EXPECT_NE(html.find(html_escape("Hör till hf-01: " + hf01->text.sv)), std::string::npos);
    // Nobody is interviewed on a walk: no informant consent, a word to the people there instead.
    EXPECT_EQ(html.find(html_escape(in.consent_text.sv.substr(0, 60))), std::string::npos);
    EXPECT_NE(html.find("Säg till personalen"), std::string::npos);
}

TEST(AuditGuides, EveryKindRendersInEveryLanguage) {
    Instrument in = audit_instrument();
    for (const char* lang : {"sv", "en"})
        for (GuideKind k : kAllGuideKinds) {
            std::string html = audit_guide_html(in, k, language(lang));
            EXPECT_NE(html.find(std::string("<html lang=\"") + lang + "\">"), std::string::npos) << lang;
            EXPECT_EQ(html.find("audit-guide.html.mustache"), std::string::npos) << "template error";
            EXPECT_EQ(html.find("{{"), std::string::npos);
            EXPECT_NE(html.find("</html>"), std::string::npos);
        }
    std::string en = audit_guide_html(in, GuideKind::Narstaende, "en");
    EXPECT_NE(en.find("Interview guide: families and friends"), std::string::npos);
    EXPECT_NE(en.find(html_escape(in.consent_text.en.substr(0, 50))), std::string::npos);
    EXPECT_NE(en.find(">Don&#39;t know<"), std::string::npos);
}

TEST(AuditGuides, InstrumentTextIsEscapedAndAMissingConsentHasAFallback) {
    Instrument in = audit_instrument();
    in.consent_text = {};
    for (auto& item : in.items)
        for (auto& [role, q] : item.audit.question)
            if (role == "patient") q.sv = "Fick du <script>alert(1)</script> & svar?";
    std::string html = audit_guide_html(in, GuideKind::Patient, "sv");
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("Fick du &lt;script&gt;alert(1)&lt;/script&gt; &amp; svar?"), std::string::npos);
    EXPECT_NE(html.find("Vi är brukarrevisorer från en brukarförening"), std::string::npos);
}

TEST(AuditGuides, AnInstrumentWithoutAuditFieldsGivesAnEmptyGuideThatSaysSo) {
    Instrument in = mini_instrument();
    EXPECT_TRUE(guide_questions(in, GuideKind::Patient).empty());
    std::string html = audit_guide_html(in, GuideKind::Patient, "sv");
    EXPECT_NE(html.find("Instrumentet har inga frågor för den här guiden."), std::string::npos);
    EXPECT_EQ(html.find("class=\"sheet\""), std::string::npos);
}
