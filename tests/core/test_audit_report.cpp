// The brukarrevisionsrapport (core/audit_report): what each form carries, in
// both languages, escaped, with the follow-up's changes.
#include <gtest/gtest.h>

#include "audit_report.h"
#include "bundled.h"
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

Audit example_audit() {
    FileRead f = read_file(std::string(SPEGELN_SOURCE_DIR) + "/docs/examples/brukarrevision-exempel.json");
    Diagnostics d;
    auto a = load_audit(f.bytes, d);
    EXPECT_TRUE(a) << all_messages(d);
    return a ? *a : Audit{};
}

Instrument instrument() {
    auto in = brukarrevision_1_0();
    EXPECT_TRUE(in);
    return in ? *in : Instrument{};
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

}  // namespace

TEST(AuditReport, DocumentCarriesScoresMethodFindingsAndRecommendationsByPriority) {
    Instrument in = instrument();
    Audit a = example_audit();
    json doc = audit_report_document(in, a, score_audit(in, a));
    EXPECT_EQ(doc["format"], "strategispegeln-brukarrevisionsrapport");
    EXPECT_EQ(doc["not_investigated"], 1);
    EXPECT_EQ(doc["principles"].size(), in.principles.size());
    EXPECT_EQ(doc["method"].size(), 7u);
    ASSERT_EQ(doc["recommendations"].size(), 4u);
    // hög, hög, medel, låg
    EXPECT_EQ(doc["recommendations"][0]["priority"], "hog");
    EXPECT_EQ(doc["recommendations"][2]["priority"], "medel");
    EXPECT_EQ(doc["recommendations"][3]["priority"], "lag");
    EXPECT_EQ(doc["recommendations"][3]["response"]["status"], "avbojd");
    // Items in the instrument's order, with judgement, tallies and the disagreement flag.
    EXPECT_EQ(doc["items"][0]["id"], "hf-01");
    bool pv01 = false;
    for (const auto& it : doc["items"])
        if (it["id"] == "pv-01") {
            pv01 = true;
            EXPECT_EQ(it["judgement"], 0);
            EXPECT_TRUE(it["disagreement"].get<bool>());
            EXPECT_EQ(it["tallies"]["patient"]["nej"], 5);
        } else if (it["id"] == "ss-02") {
            EXPECT_EQ(it["judgement"], "inte-undersokt");
        }
    EXPECT_TRUE(pv01);
    EXPECT_TRUE(doc["previous"].is_null());
}

TEST(AuditReport, AuditorsNamesOnlyWhenChosen) {
    Instrument in = instrument();
    Audit a = example_audit();
    a.header.auditors[0].name = "Revisor Exempelsson";
    EXPECT_FALSE(contains(audit_report_json(in, a, score_audit(in, a)), "Exempelsson"));
    EXPECT_FALSE(contains(audit_report_html(in, a, score_audit(in, a), language("sv")), "Exempelsson"));
    a.header.show_names = true;
    EXPECT_TRUE(contains(audit_report_json(in, a, score_audit(in, a)), "Exempelsson"));
    EXPECT_TRUE(contains(audit_report_html(in, a, score_audit(in, a), language("sv")), "Exempelsson"));
}

TEST(AuditReport, HtmlInBothLanguagesWithEveryPart) {
    Instrument in = instrument();
    Audit a = example_audit();
    AuditScore s = score_audit(in, a);
    std::string sv = audit_report_html(in, a, s, language("sv"));
    EXPECT_TRUE(contains(sv, "<html lang=\"sv\">"));
    EXPECT_TRUE(contains(sv, "Content-Security-Policy"));
    for (const char* part :
         {"Brukarrevisionsrapport – Psykiatrisk öppenvårdsmottagning Exempelstad", "Intervju med närstående",
          "Inte undersökt", "Brukare och personal ser olika på detta", "Man ringer klockan åtta", "Verksamhetens svar",
          "Avböjd", "Webbplatsen förvaltas av regionen centralt", "Frågor som inte undersökts: 1."})
        EXPECT_TRUE(contains(sv, part)) << part;
    EXPECT_FALSE(contains(sv, "{{")) << "an unfilled tag";
    std::string en = audit_report_html(in, a, s, language("en"));
    EXPECT_TRUE(contains(en, "<html lang=\"en\">"));
    for (const char* part : {"Brukarrevision report", "Interview with relative", "Not investigated",
                             "Users and staff see this differently", "The unit&#39;s response", "Declined"})
        EXPECT_TRUE(contains(en, part)) << part;
}

TEST(AuditReport, UserTextIsEscaped) {
    Instrument in = instrument();
    Audit a = example_audit();
    a.items["pv-01"].quotes.push_back("<script>alert(1)</script>");
    a.recommendations[0].text = "<b>fet</b>";
    std::string html = audit_report_html(in, a, score_audit(in, a), language("sv"));
    EXPECT_FALSE(contains(html, "<script>alert"));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(contains(html, "&lt;b&gt;fet&lt;/b&gt;"));
}

TEST(AuditReport, FollowUpShowsEarlierRecommendationsAndWhatChanged) {
    Instrument in = instrument();
    Audit earlier = example_audit();
    Audit next = start_follow_up(earlier, in);
    Diagnostics d;
    set_judgement(next, "pv-01", {JudgementStatus::Level, 2}, d);  // was Nej
    set_judgement(next, "bm-01", {JudgementStatus::Level, 1}, d);  // was Delvis
    json doc = audit_report_document(in, next, score_audit(in, next));
    ASSERT_TRUE(doc["previous"].is_object());
    EXPECT_EQ(doc["previous"]["recommendations"].size(), 4u);
    ASSERT_EQ(doc["previous"]["changes"].size(), 2u);
    for (const auto& c : doc["previous"]["changes"]) {
        if (c["item"] == "pv-01") {
            EXPECT_EQ(c["change"], "battre");
        } else {
            EXPECT_EQ(c["item"], "bm-01");
            EXPECT_EQ(c["change"], "oforandrad");
        }
    }
    std::string html = audit_report_html(in, next, score_audit(in, next), language("sv"));
    EXPECT_TRUE(contains(html, "Uppföljning av den tidigare revisionen"));
    EXPECT_TRUE(contains(html, "bättre"));
    EXPECT_TRUE(contains(html, "Pågår"));
}

TEST(AuditReport, CsvForSwedishAndEnglishExcel) {
    Instrument in = instrument();
    Audit a = example_audit();
    AuditScore s = score_audit(in, a);
    std::string sv = audit_report_csv(in, a, s, language("sv"));
    EXPECT_EQ(sv.rfind("\xEF\xBB\xBFTyp;Id;", 0), 0u) << sv.substr(0, 80);
    EXPECT_TRUE(contains(sv, "Fråga;pv-01;")) << sv;
    EXPECT_TRUE(contains(sv, ";Nej;1/2/5;0/1/2;4/1/0;;ja;"));
    EXPECT_TRUE(contains(sv, "Rekommendation;r4;hf-01;"));
    std::string en = audit_report_csv(in, a, s, language("en"));
    EXPECT_EQ(en.rfind("\xEF\xBB\xBFType,Id,", 0), 0u) << en.substr(0, 80);
    EXPECT_TRUE(contains(en, ",No,1/2/5,0/1/2,4/1/0,,yes,"));
}
