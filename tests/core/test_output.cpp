// Output for people and programs: Swedish number formatting, CSV for Swedish
// Excel (and against formula injection), the JSON format of docs/output-json.md,
// and the HTML report and terminal text, where user text must never run.
#include <cmath>

#include "aggregate.h"
#include "compare.h"
#include "csv.h"
#include "json_read.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "report_html.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

const std::string kMinus = "\u2212";

Assessment fixture_assessment(const Instrument& in) {
    Diagnostics d;
    auto a = load_assessment(read_fixture("mini-assessment.json"), d, &in);
    EXPECT_TRUE(a);
    return a ? *a : Assessment{};
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

// diagnostics_json as a JSON value, whether the core returns the value or its text.
json as_json(const json& j) {
    return j;
}
[[maybe_unused]] json as_json(const std::string& s) {
    return json::parse(s);
}

}  // namespace

TEST(NumberFormat, DecimalCommaAndHalfAwayFromZero) {
    EXPECT_EQ(format_decimal(62.25, 1), "62,3");  // printf alone would give 62,2 (ties to even)
    EXPECT_EQ(format_decimal(-62.25, 1), "-62,3");
    EXPECT_EQ(format_decimal(43.75, 1), "43,8");
    EXPECT_EQ(format_decimal(72.5, 0), "73");
    EXPECT_EQ(format_decimal(100.0 / 3.0, 1), "33,3");
    EXPECT_EQ(format_decimal(200.0 / 3.0, 1), "66,7");
    EXPECT_EQ(format_decimal(62.25, 1, '.'), "62.3");
    EXPECT_EQ(format_decimal(0.75, 2), "0,75");
}

// Found by tests/fuzz/fuzz_csv.cpp (tests/fuzz/regressions/fuzz_csv/): a 64-byte
// buffer cut 1e300 to 63 digits, and scaling 1e308 by 10^3 printed "inf".
TEST(NumberFormat, HugeValuesArePrintedWholeNotCutOrInfinite) {
    std::string e300 = format_decimal(1e300, 1);
    EXPECT_EQ(e300.size(), 301u + 2u) << e300;  // 301 digits, ",0"
    EXPECT_EQ(e300.substr(0, 2), "10");
    EXPECT_EQ(e300.substr(e300.size() - 2), ",0");
    std::string e308 = format_decimal(-1e308, 3);
    EXPECT_EQ(e308.substr(0, 3), "-10");
    EXPECT_EQ(e308.substr(e308.size() - 4), ",000");
    EXPECT_EQ(format_decimal(1e15 + 0.5, 1), "1000000000000000,5");
}

TEST(NumberFormat, NeverNegativeZero) {
    EXPECT_EQ(format_decimal(-0.0, 1), "0,0");
    EXPECT_EQ(format_decimal(-0.04, 1), "0,0");
    EXPECT_EQ(format_decimal(-0.4, 0), "0");
}

TEST(NumberFormat, MissingScoreIsADashNeverZero) {
    EXPECT_EQ(format_score(std::nullopt), "–");
    EXPECT_EQ(format_score(0.0), "0,0");
    EXPECT_EQ(format_score(100.0), "100,0");
    EXPECT_EQ(format_decimal(std::nan(""), 1), "–");
}

TEST(NumberFormat, PercentIsWholeNumbers) {
    EXPECT_EQ(format_percent(0.6), "60 %");
    EXPECT_EQ(format_percent(2.0 / 3.0), "67 %");
    EXPECT_EQ(format_percent(0.0), "0 %");
}

TEST(NumberFormat, ChangeHasASignAndUsesTheRealMinus) {
    EXPECT_EQ(format_change(4.5), "+4,5");
    EXPECT_EQ(format_change(-2.0), kMinus + "2,0");
    EXPECT_EQ(format_change(-0.05), kMinus + "0,1");
    EXPECT_EQ(format_change(0.0), "±0,0");
    EXPECT_EQ(format_change(-0.04), "±0,0") << "rounds to zero: no sign";
    EXPECT_EQ(format_change(0.04), "±0,0");
    EXPECT_EQ(format_change(std::nullopt), "–");
    EXPECT_FALSE(contains(format_change(-16.7), "-")) << "hyphen-minus is not the minus sign";
}

TEST(Csv, CellsStartingWithFormulaCharactersArePrefixed) {
    EXPECT_EQ(csv_cell("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    EXPECT_EQ(csv_cell("+46 70"), "'+46 70");
    EXPECT_EQ(csv_cell("-1+2"), "'-1+2");
    EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csv_cell("\t=1"), "'\t=1");
    EXPECT_EQ(csv_cell("-"), "'-");
    EXPECT_EQ(csv_cell("-4,5x"), "'-4,5x");
}

TEST(Csv, PlainNumbersIncludingNegativeOnesAreNotPrefixed) {
    EXPECT_EQ(csv_cell("-4,5"), "-4,5");
    EXPECT_EQ(csv_cell("-16"), "-16");
    EXPECT_EQ(csv_cell("72,5"), "72,5");
    EXPECT_EQ(csv_cell(""), "");
    EXPECT_EQ(csv_cell("Vårdcentral"), "Vårdcentral");
}

TEST(Csv, SeparatorsQuotesAndLineBreaksAreQuotedWithQuotesDoubled) {
    EXPECT_EQ(csv_cell("a;b"), "\"a;b\"");
    EXPECT_EQ(csv_cell("säg \"hej\""), "\"säg \"\"hej\"\"\"");
    EXPECT_EQ(csv_cell("rad 1\nrad 2"), "\"rad 1\nrad 2\"");
    EXPECT_EQ(csv_cell("=a;b"), "\"'=a;b\"");
}

TEST(Csv, WriterStartsWithBomAndEndsRecordsWithCrlf) {
    CsvWriter w;
    w.row({"a", "b"});
    w.row({"-4,5", "=x"});
    EXPECT_EQ(w.str(),
              "\xEF\xBB\xBF"
              "a;b\r\n-4,5;'=x\r\n");
}

TEST(ScoreCsv, SwedishExcelLayoutWithHandComputedScores) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    std::string csv = score_csv(in, a, score_assessment(in, a), language("sv"));
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "starts with the UTF-8 BOM";
    for (size_t i = csv.find('\n'); i != std::string::npos; i = csv.find('\n', i + 1))
        ASSERT_EQ(csv[i - 1], '\r') << "record " << i << " does not end with CRLF";
    EXPECT_TRUE(contains(csv, "\xEF\xBB\xBFVerksamhet;Vårdcentralen Test;Datum;2026-03-15;"));
    // p1 = (0,75 + 2·0,25 + 0,5·1)/3,5 = 50; p2 = 0,75 with i3 "vet ej": coverage 0,5/1,5.
    EXPECT_TRUE(contains(csv, "\r\nPrincip;p1;Princip 1;50,0;100,0;3;0;0;0;nej\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\r\nPrincip;p2;Princip 2;75,0;33,3;1;1;0;0;ja\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\r\nSammanvägt;overall;Sammanvägt resultat;43,8;")) << csv;
    EXPECT_TRUE(contains(csv, "\r\ni1;a1;Fråga ett;3 – Genomfört;3;0,75;Rutin finns\r\n")) << csv;
}

TEST(ScoreCsv, UserTextCannotInjectFormulasOrBreakRecords) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    a.unit_name = "=HYPERLINK(\"http://x\")";
    a.answers["i1"].comment = "@SUM(1)";
    a.answers["i2"].comment = "rad 1\r\nrad 2; \"citat\"";
    std::string csv = score_csv(in, a, score_assessment(in, a), language("sv"));
    EXPECT_TRUE(contains(csv, ";\"'=HYPERLINK(\"\"http://x\"\")\";")) << csv;
    EXPECT_TRUE(contains(csv, ";'@SUM(1)\r\n")) << csv;
    EXPECT_TRUE(contains(csv, ";\"rad 1\r\nrad 2; \"\"citat\"\"\"\r\n")) << csv;
}

TEST(CompareCsv, NegativeChangeIsAPlainNumber) {
    Instrument in = mini_instrument();
    Assessment base = blank(in), follow = blank(in);
    set_level(base, "i5", 4);
    set_level(base, "i6", 2);  // p4 = (1 + 2·0,5)/3
    set_level(follow, "i5", 2);
    set_level(follow, "i6", 2);  // p4 = (0,5 + 2·0,5)/3
    Diagnostics d;
    Comparison c = compare(in, base, follow, d);
    std::string csv = compare_csv(in, base, follow, c, language("sv"));
    EXPECT_TRUE(contains(csv, "\r\nPrincip;p4;Princip 4;66,7;50,0;-16,7\r\n")) << csv;
    EXPECT_FALSE(contains(csv, "'-16,7"));
    std::string text = compare_text(in, base, follow, c, language("sv"));
    EXPECT_TRUE(contains(text, kMinus + "16,7")) << text;
}

TEST(ScoreJson, DocumentedFieldsWithFullPrecision) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    std::string text = score_json(in, a, score_assessment(in, a));
    json j = json::parse(text);
    EXPECT_EQ(j["format"], "strategispegeln-score");
    EXPECT_EQ(j["format_version"], 1);
    EXPECT_EQ(j["instrument"]["id"], "mini");
    EXPECT_EQ(j["instrument"]["version"], "2.0");
    EXPECT_EQ(j["assessment"]["verksamhet"]["name"], "Vårdcentralen Test");
    EXPECT_FALSE(j["assessment"]["verksamhet"].contains("type"));  // the kind is unit_kind now
    EXPECT_EQ(j["assessment"]["date"], "2026-03-15");
    EXPECT_EQ(j["assessment"]["mode"], "self-assessment");
    EXPECT_DOUBLE_EQ(j["overall"]["score"].get<double>(), (50.0 + 75.0 + 50.0 + 0.0) / 4);
    EXPECT_EQ(j["overall"]["incomplete"], false);
    ASSERT_EQ(j["principles"].size(), 4u);
    const json& p2 = j["principles"][1];
    EXPECT_EQ(p2["id"], "p2");
    EXPECT_EQ(p2["title"], "Princip 2");
    EXPECT_DOUBLE_EQ(p2["score"].get<double>(), 75.0);
    EXPECT_EQ(p2["coverage"].get<double>(), 0.5 / 1.5) << "full precision, not rounded for display";
    EXPECT_TRUE(contains(text, "0.333333333333")) << text;
    EXPECT_EQ(p2["uncertain"], true);
    EXPECT_EQ(p2["counts"], json({{"answered", 1}, {"vet_ej", 1}, {"ej_aktuellt", 0}, {"unanswered", 0}}));
    EXPECT_EQ(j["areas"][0]["title"], "1 Område 1");
    ASSERT_EQ(j["items"].size(), 6u);
    EXPECT_EQ(
        j["items"][0],
        json({{"id", "i1"}, {"area", "a1"}, {"status", "level"}, {"level", 3}, {"value", 0.75}, {"applies", true}}));
    EXPECT_EQ(j["items"][2]["status"], "vet-ej");
    EXPECT_TRUE(j["items"][2]["level"].is_null());
    EXPECT_TRUE(j["items"][2]["value"].is_null());
    EXPECT_EQ(j["items"][4]["status"], "ej-aktuellt");
    EXPECT_EQ(j["items"][5]["value"], json(0.0)) << "level 0 is the value 0, not null";
}

TEST(ScoreJson, MissingScoresAreNullNeverZero) {
    Instrument in = mini_instrument();
    Assessment a = blank(in);
    json j = json::parse(score_json(in, a, score_assessment(in, a)));
    EXPECT_TRUE(j["overall"]["score"].is_null());
    EXPECT_EQ(j["overall"]["incomplete"], true);
    for (const auto& p : j["principles"]) EXPECT_TRUE(p["score"].is_null()) << p["id"];
    for (const auto& it : j["items"]) EXPECT_EQ(it["status"], "unanswered");
}

TEST(AggregateJson, SdIsNullForOneRespondentAndThresholdIsReported) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    json j = json::parse(aggregate_json(in, aggregate(in, {a})));
    EXPECT_EQ(j["respondents"], 1);
    EXPECT_EQ(j["below_anonymity_threshold"], true);
    EXPECT_EQ(j["anonymity_threshold"], 3);
    EXPECT_TRUE(j["overall"]["sd"].is_null());
    EXPECT_DOUBLE_EQ(j["principles"][0]["mean"].get<double>(), 50.0);
    EXPECT_EQ(j["items"][0]["levels"], json({0, 0, 0, 1, 0}));
}

TEST(Html, EscapeCoversMarkupQuotesAndControlCharacters) {
    EXPECT_EQ(html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
    EXPECT_EQ(html_escape("\"&<>'"), "&quot;&amp;&lt;&gt;&#39;");
    EXPECT_EQ(html_escape("a\x1b"
                          "b\nc"),
              "a b\nc");
    EXPECT_EQ(html_escape("åäö"), "åäö");
}

TEST(Html, ReportNeverContainsUserTextRaw) {
    Instrument in = mini_instrument();
    in.items[0].actions[0].sv = "<i>Gör</i> & följ upp";
    Assessment a = fixture_assessment(in);
    a.unit_name = "VC \"&<>";
    a.respondent_role = "<b>chef</b>";
    a.notes = "<img src=x onerror=alert(1)>";
    a.answers["i1"].comment = "<script>alert(1)</script>";
    set_level(a, "<svg onload=alert(1)>", 1);  // an unknown item id is shown too
    std::string h = report_html(in, a, score_assessment(in, a));
    EXPECT_FALSE(contains(h, "<script")) << "the report has no scripts at all";
    EXPECT_FALSE(contains(h, "<img"));
    EXPECT_FALSE(contains(h, "<svg onload"));
    EXPECT_FALSE(contains(h, "<b>chef"));
    EXPECT_FALSE(contains(h, "\"&<>"));
    EXPECT_TRUE(contains(h, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(contains(h, "VC &quot;&amp;&lt;&gt;"));
    EXPECT_TRUE(contains(h, "&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_TRUE(contains(h, "&lt;svg onload=alert(1)&gt;"));
    EXPECT_TRUE(contains(h, "&lt;i&gt;Gör&lt;/i&gt; &amp; följ upp")) << "actions of the lowest items";
}

TEST(Html, ReportIsAccessibleSwedishHtml) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    std::string h = report_html(in, a, score_assessment(in, a));
    EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(h, "<html lang=\"sv\">"));
    EXPECT_TRUE(contains(h, "<meta charset=\"utf-8\">"));
    EXPECT_TRUE(contains(h, "<h1>"));
    EXPECT_TRUE(contains(h, "<caption>"));
    EXPECT_TRUE(contains(h, "<th scope=\"col\">"));
    EXPECT_TRUE(contains(h, "<th scope=\"row\">Princip 1</th><td class=\"num\">50,0</td>")) << "decimal comma";
    EXPECT_FALSE(contains(h, "http://")) << "self-contained: nothing fetched";
    EXPECT_TRUE(contains(h, "</html>"));
}

TEST(Terminal, SafeTextHasNoEscapeSequencesOrCarriageReturns) {
    std::string s = terminal_safe(
        "a\x1b[31mröd\x1b[0m\r\x07\x7f"
        "b\xC2\x9B"
        "2J");
    EXPECT_EQ(s.find('\x1b'), std::string::npos);
    EXPECT_EQ(s.find('\r'), std::string::npos);
    EXPECT_EQ(s.find('\x07'), std::string::npos);
    EXPECT_EQ(s.find("\xC2\x9B"), std::string::npos) << "C1 CSI";
    EXPECT_TRUE(contains(s, "röd"));
    EXPECT_EQ(terminal_safe("Vårdcentralen Öst"), "Vårdcentralen Öst");
}

TEST(Terminal, ScoreTextIsSwedishWithDecimalCommaAndSafeNames) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    a.unit_name = "VC\x1b]0;hacked\x07 Test";
    std::string t = score_text(in, a, score_assessment(in, a), language("sv"));
    EXPECT_TRUE(contains(t, "Sammanvägt resultat: 43,8 av 100")) << t;
    EXPECT_TRUE(contains(t, "\nPrinciper\n"));
    EXPECT_TRUE(contains(t, "\nInsatsområden\n"));
    EXPECT_TRUE(contains(t, "osäkert*")) << "p2 has coverage 1/3";
    EXPECT_TRUE(contains(t, "67 %")) << "a1 coverage 2/3";
    EXPECT_EQ(t.find('\x1b'), std::string::npos);
    EXPECT_EQ(t.find('\x07'), std::string::npos);
}

TEST(Terminal, AggregateTextWarnsBelowTheAnonymityThreshold) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    EXPECT_TRUE(contains(aggregate_text(in, aggregate(in, {a, a}), language("sv")), "under anonymitetsgränsen"));
    EXPECT_FALSE(contains(aggregate_text(in, aggregate(in, {a, a, a}), language("sv")), "anonymitetsgränsen"));
}

TEST(Terminal, PaddingCountsCharactersNotBytes) {
    EXPECT_EQ(display_width("åäö"), 3u);
    EXPECT_EQ(pad_right("åäö", 5), "åäö  ");
    EXPECT_EQ(pad_right("abcdef", 4), "abc…");
    EXPECT_EQ(display_width(pad_right("ååååååå", 4)), 4u);
    EXPECT_EQ(pad_left("5", 3), "  5");
}

TEST(Labels, AnswerLabelsAndDimensionTitles) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    EXPECT_EQ(answer_label(in, in.items[0], a.find_answer("i1")), "3 – Genomfört");
    EXPECT_EQ(answer_label(in, in.items[2], a.find_answer("i3")), "Vet ej");
    EXPECT_EQ(answer_label(in, in.items[4], a.find_answer("i5")), "Ej aktuellt");
    EXPECT_EQ(answer_label(in, in.items[0], nullptr), "");
    EXPECT_EQ(dimension_title(in, DimensionKind::Area, "a2"), "2 Område 2");
    EXPECT_EQ(dimension_title(in, DimensionKind::Principle, "p3"), "Princip 3");
    EXPECT_EQ(dimension_title(in, DimensionKind::Principle, "okand"), "okand");
    EXPECT_STREQ(status_id(AnswerStatus::Unanswered), "unanswered");
}

TEST(DiagnosticsJson, EachProblemHasSeverityPathCodeArgsAndMessage) {
    Diagnostics d;
    d.error("answers[\"i1\"].level", "diag.out_of_scale", {"7", "4"});
    d.warning("mode", "diag.mode.not_supported", {"workshop"});
    json j = as_json(diagnostics_json(d, language("sv")));
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(j[0], json({{"severity", "error"},
                          {"path", "answers[\"i1\"].level"},
                          {"code", "diag.out_of_scale"},
                          {"args", {"7", "4"}},
                          {"message", "7 ligger utanför skalan 0–4"}}));
    EXPECT_EQ(j[1]["severity"], "warning");
    EXPECT_EQ(as_json(diagnostics_json(d, language("en")))[0]["message"], "7 is outside the scale 0–4");
    EXPECT_EQ(format_diagnostic(d.items[0], language("sv")), "fel: answers[\"i1\"].level: 7 ligger utanför skalan 0–4");
}

// English output: its own words, a decimal point, and CSV with ',' between cells.
TEST(English, ScoreTextAndCsvUseEnglishWordsAndDecimalPoint) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    std::string t = score_text(in, a, score_assessment(in, a), language("en"));
    EXPECT_TRUE(contains(t, "Overall result: 43.8 of 100")) << t;
    EXPECT_TRUE(contains(t, "\nPrinciples\n")) << t;
    EXPECT_TRUE(contains(t, "67%")) << t;
    EXPECT_FALSE(contains(t, "Sammanvägt")) << t;
    std::string csv = score_csv(in, a, score_assessment(in, a), language("en"));
    EXPECT_TRUE(contains(csv, "\xEF\xBB\xBFUnit,Vårdcentralen Test,Date,2026-03-15,")) << csv;
    EXPECT_TRUE(contains(csv, "\r\nPrinciple,p1,Princip 1,50.0,100.0,3,0,0,0,no\r\n")) << csv;
    EXPECT_TRUE(contains(csv, "\r\nOverall,overall,Overall result,43.8,")) << csv;
}

TEST(English, CompareCsvNegativeChangeIsAPlainNumberWithAPoint) {
    Instrument in = mini_instrument();
    Assessment base = blank(in), follow = blank(in);
    set_level(base, "i5", 4);
    set_level(base, "i6", 2);
    set_level(follow, "i5", 2);
    set_level(follow, "i6", 2);
    Diagnostics d;
    Comparison c = compare(in, base, follow, d);
    std::string csv = compare_csv(in, base, follow, c, language("en"));
    EXPECT_TRUE(contains(csv, "\r\nPrinciple,p4,Princip 4,66.7,50.0,-16.7\r\n")) << csv;
    EXPECT_TRUE(contains(compare_text(in, base, follow, c, language("en")), kMinus + "16.7"));
}

TEST(Csv, ACellWithTheSeparatorIsQuotedForEitherSeparator) {
    EXPECT_EQ(csv_cell("a,b", ','), "\"a,b\"");
    EXPECT_EQ(csv_cell("a,b", ';'), "a,b");
    EXPECT_EQ(csv_cell("-4.5", ','), "-4.5") << "a number with a point is not a formula";
    CsvWriter w(',');
    w.row({"a", "b;c"});
    EXPECT_EQ(w.str(),
              "\xEF\xBB\xBF"
              "a,b;c\r\n");
}

// 43.75 is an exact half but the overall mean computes as 43.74999999999999;
// what is shown must follow the rounding rule for the true value.
TEST(NumberFormat, ExactHalvesReachedThroughFloatingPointSumsRoundAwayFromZero) {
    double overall = (75.0 + 100.0 / 12.0 + 75.0 + 100.0 / 6.0) / 4.0;
    EXPECT_EQ(spegeln::format_decimal(overall, 1), "43,8");
    EXPECT_EQ(spegeln::format_decimal(-0.05, 1), "-0,1");
    EXPECT_EQ(spegeln::format_decimal(62.25, 1), "62,3");
    EXPECT_EQ(spegeln::format_decimal(62.2499, 1), "62,2");
}

TEST(NumberFormat, MegabytesAreRoundedUpSoALimitIsNeverMisstated) {
    EXPECT_EQ(spegeln::format_megabytes(16u * 1024 * 1024), "16,0 MB");
    EXPECT_EQ(spegeln::format_megabytes(16u * 1024 * 1024 + 1), "16,1 MB");
}
