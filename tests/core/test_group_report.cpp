// The group report (core/group_report.cpp): the anonymity threshold keeps every
// result out, one dot per participant with a score and no names, items with the
// largest disagreement first, Swedish number style, and every string from an
// instrument or an assessment escaped.
#include <algorithm>

#include "aggregate.h"
#include "group_report.h"
#include "number_format.h"
#include "report_html.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

size_t count(const std::string& s, const std::string& part) {
    size_t n = 0;
    for (size_t pos = s.find(part); pos != std::string::npos; pos = s.find(part, pos + part.size())) ++n;
    return n;
}

// Four participants; i5 splits them (0, 4, 0, 4), i1 they agree on (3 each).
std::vector<Assessment> four_participants(const Instrument& in) {
    std::vector<Assessment> out;
    const int i5[] = {0, 4, 0, 4};
    const int i2[] = {1, 2, 2, 3};
    for (int k = 0; k < 4; ++k) {
        Assessment a = blank(in);
        a.unit_name = "Deltagare Hemlig" + std::to_string(k);
        a.respondent_role = "Rollen Hemlig" + std::to_string(k);
        a.date = k < 2 ? "2026-03-14" : "2026-03-15";
        set_level(a, "i1", 3);
        set_level(a, "i2", i2[k]);
        set_level(a, "i5", i5[k]);
        if (k == 0) a.answers["i3"].status = AnswerStatus::VetEj;
        out.push_back(a);
    }
    return out;
}

}  // namespace

TEST(GroupReport, BelowTheAnonymityThresholdOnlyANoteAndNoResults) {
    Instrument in = mini_instrument();
    auto members = four_participants(in);
    members.resize(kAnonymityThreshold - 1);
    std::string html = group_report_html(in, members, "sv");
    EXPECT_NE(html.find("Resultat visas först när minst 3 deltagare är med"), std::string::npos);
    EXPECT_EQ(count(html, "<svg"), 0u);
    EXPECT_EQ(count(html, "class=\"dot\""), 0u);
    EXPECT_EQ(html.find("Medelvärde"), std::string::npos);
    EXPECT_EQ(html.find("Fråga fem"), std::string::npos);
    json data = group_report_data(in, members, language("sv"));
    EXPECT_FALSE(data["report"].contains("sections"));
    EXPECT_FALSE(data["report"].contains("item_tables"));
    EXPECT_EQ(data["report"]["participants"], "2");
}

TEST(GroupReport, OneDotPerParticipantWithAScoreAndNoNames) {
    Instrument in = mini_instrument();
    auto members = four_participants(in);
    AggregateReport r = aggregate(in, members);
    size_t expected = static_cast<size_t>(r.overall.n);
    for (const auto& d : r.principles) expected += static_cast<size_t>(d.n);
    for (const auto& d : r.areas) expected += static_cast<size_t>(d.n);
    // p3 (items i4 and i6) has no score for anyone, so fewer dots than participants × plots.
    EXPECT_LT(expected, 4u * (1 + r.principles.size() + r.areas.size()));
    std::string html = group_report_html(in, members, "sv");
    EXPECT_EQ(count(html, "class=\"dot\""), expected);
    EXPECT_EQ(count(html, "role=\"img\""), 1 + r.principles.size() + r.areas.size());
    EXPECT_NE(html.find("inget resultat, ingen deltagare har poäng här"), std::string::npos);  // p3
    EXPECT_EQ(html.find("Hemlig"), std::string::npos);
    EXPECT_NE(html.find("<td>4</td>"), std::string::npos);               // participants
    EXPECT_NE(html.find("2026-03-14 – 2026-03-15"), std::string::npos);  // the date range
}

TEST(GroupReport, DotsAreDrawnInScoreOrderNotFileOrder) {
    Instrument in = mini_instrument();
    auto members = four_participants(in);
    std::reverse(members.begin(), members.end());
    const std::string a = group_report_html(in, members, "sv");
    std::reverse(members.begin(), members.end());
    EXPECT_EQ(a, group_report_html(in, members, "sv"));
}

TEST(GroupReport, ItemsWithTheLargestDisagreementComeFirst) {
    Instrument in = mini_instrument();
    auto members = four_participants(in);
    AggregateReport r = aggregate(in, members);
    for (const auto& d : r.items) {
        if (d.item_id == "i5") {
            EXPECT_DOUBLE_EQ(item_spread(d).spread.value_or(-1.0), 1.0);  // the core's measure: 2 × population sd
        } else if (d.item_id == "i1") {
            EXPECT_DOUBLE_EQ(item_spread(d).spread.value_or(-1.0), 0.0);
        }
    }
    std::string html = group_report_html(in, members, "sv");
    const size_t i5 = html.find("i5 Fråga fem"), i2 = html.find("i2 Fråga två"), i1 = html.find("i1 Fråga ett"),
                 i6 = html.find("i6 Fråga sex");
    ASSERT_NE(i5, std::string::npos);
    EXPECT_LT(i5, i2);  // spread 1 before ≈ 0,35
    EXPECT_LT(i2, i1);  // then full agreement
    EXPECT_LT(i1, i6);  // and last what fewer than two answered with a level
    // Two scales in the mini instrument: two tables, each with its levels as columns.
    EXPECT_EQ(count(html, "<table class=\"items\">"), 2u);
    EXPECT_NE(html.find("<th scope=\"col\">4 Genomfört och följs upp</th>"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"num\">1,00</td>"), std::string::npos);
}

TEST(GroupReport, NumbersInSwedishAndEnglishStyle) {
    Instrument in = mini_instrument();
    auto members = four_participants(in);
    // i2 (weight 2) and i1 give p1: per participant (3/4 + 2·L/4)/3 × 100.
    std::string sv_html = group_report_html(in, members, "sv");
    std::string en_html = group_report_html(in, members, "en");
    EXPECT_NE(sv_html.find("<html lang=\"sv\">"), std::string::npos);
    EXPECT_NE(en_html.find("<html lang=\"en\">"), std::string::npos);
    AggregateReport r = aggregate(in, members);
    const auto& p1 = r.principles.front();
    ASSERT_TRUE(p1.mean);
    std::string sv_mean = format_decimal(*p1.mean, 1, ','), en_mean = format_decimal(*p1.mean, 1, '.');
    ASSERT_NE(sv_mean, en_mean);  // a mean with a decimal part, so the test can tell the styles apart
    EXPECT_NE(sv_html.find("<td class=\"num\">" + sv_mean + "</td>"), std::string::npos);
    EXPECT_NE(en_html.find("<td class=\"num\">" + en_mean + "</td>"), std::string::npos);
    EXPECT_EQ(sv_html.find("templates/group-report"), std::string::npos);
    EXPECT_EQ(en_html.find("templates/group-report"), std::string::npos);
}

TEST(GroupReport, HostileStringsAreEscapedAndTheCspComesFirst) {
    const std::vector<std::string> hostile = {"<script>window.__x=1</script>", "<img src=x onerror=alert(1)>",
                                              "</style><script>alert(2)</script>", "\"'><svg onload=alert(3)>",
                                              "{{#report.sections}}x{{/report.sections}}"};
    for (const auto& markup : hostile) {
        Instrument in = mini_instrument();
        in.title.sv = ("Instrument " + markup);
        in.version = "2.0 " + markup;
        in.principles[0].title.sv = ("Princip " + markup);
        in.areas[0].title.sv = ("Område " + markup);
        in.items[0].text.sv = ("Fråga " + markup);
        in.scales[0].levels[0].label.sv = ("Nivå " + markup);
        auto members = four_participants(in);
        members[0].date = "2026-01-01 " + markup;
        std::string html = group_report_html(in, members, "sv");
        SCOPED_TRACE(markup);
        EXPECT_EQ(html.find("<script"), std::string::npos);
        EXPECT_EQ(html.find("<img"), std::string::npos);
        EXPECT_EQ(html.find("<svg onload"), std::string::npos);
        EXPECT_EQ(count(html, "</style>"), 1u);
        EXPECT_NE(html.find(html_escape(markup)), std::string::npos);
        EXPECT_LT(html.find("Content-Security-Policy"), html.find("Instrument "));
        EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
    }
}
