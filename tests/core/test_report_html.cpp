// The HTML report (core/report_html.cpp): a template in assets/templates/ with
// its words in assets/ui/<lang>/report.json, filled from the score document.
// Every section in every language, every user string escaped, a CSP before
// any user text, and no template error reachable with user data.
#include <algorithm>
#include <cstdio>
#include <regex>

#include "bundled.h"
#include "output.h"
#include "output_common.h"
#include "report_html.h"
#include "test_helpers.h"
#include "translations.h"

using namespace spegeln;
using namespace testing_support;

namespace {

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

Assessment fixture_assessment(const Instrument& in) {
    Diagnostics d;
    auto a = load_assessment(read_fixture("mini-assessment.json"), d, &in);
    EXPECT_TRUE(a);
    return a ? *a : Assessment{};
}

// Markup a user could type into any field, including mustache tags.
const std::vector<std::string> kHostile = {"<script>window.__x=1</script>",
                                           "<img src=x onerror=alert(1)>",
                                           "</style><script>alert(2)</script>",
                                           "{{text.heading}}",
                                           "{{{report.notes}}}",
                                           "\"'><svg onload=alert(3)>",
                                           "{{#report.lowest}}x{{/report.lowest}}"};

Assessment hostile_assessment(const Instrument& in, const std::string& markup) {
    Assessment a = fixture_assessment(in);
    a.unit_name = "VC " + markup;
    a.respondent_role = "roll " + markup;
    a.date = "2025-01-01 " + markup;
    a.notes = "anteckning " + markup;
    a.instrument_version = "v " + markup;
    for (auto& [id, ans] : a.answers) ans.comment = "kommentar " + markup;
    a.answers["i1"].comment = "kommentar " + markup;
    a.answers["okänd " + markup].status = AnswerStatus::VetEj;  // an item id the instrument does not know
    return a;
}

const char* const kLanguages[] = {"sv", "en"};

}  // namespace

TEST(ReportHtml, EverySectionIsPresentInEachLanguage) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    a.notes = "Vi ses igen i maj.";
    for (const char* lang : kLanguages) {
        UiStrings ui = language(lang);
        std::string h = report_html(in, a, score_assessment(in, a), lang);
        EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u) << lang;
        EXPECT_TRUE(contains(h, std::string("<html lang=\"") + lang + "\">")) << lang;
        for (const char* key : {"about.caption", "overall.heading", "principles.heading", "principles.caption",
                                "radar.caption", "areas.heading", "areas.caption", "lowest.heading", "notes.heading",
                                "answers.heading", "footer.created", "col.comment"})
            EXPECT_TRUE(contains(h, html_escape(ui.get(std::string("html_report.") + key)))) << lang << " " << key;
        EXPECT_TRUE(contains(h, "<svg ")) << lang << ": the radar chart";
        EXPECT_TRUE(contains(h, "Vi ses igen i maj.")) << lang;
        EXPECT_TRUE(contains(h, "@page { size: A4;")) << lang << ": the print layout";
        EXPECT_FALSE(contains(h, "html_report.")) << lang << ": a key without text shows as the key";
        EXPECT_FALSE(contains(h, "{{")) << lang << ": every tag is filled";
        EXPECT_FALSE(contains(h, "{0}")) << lang << ": every placeholder is filled";
        EXPECT_TRUE(contains(h, "</footer>\n</body>\n</html>\n")) << lang;
    }
}

TEST(ReportHtml, EnglishUsesEnglishTitlesAndNumbers) {
    Instrument in = mini_instrument();
    in.principles[0].title.en = "Principle one";
    Assessment a = fixture_assessment(in);
    std::string en = report_html(in, a, score_assessment(in, a), "en");
    std::string sv = report_html(in, a, score_assessment(in, a), "sv");
    EXPECT_TRUE(contains(en, "<th scope=\"row\">Principle one</th><td class=\"num\">50.0</td>")) << "decimal point";
    EXPECT_TRUE(contains(sv, "<th scope=\"row\">Princip 1</th><td class=\"num\">50,0</td>")) << "decimal comma";
    EXPECT_TRUE(contains(en, "Overall result"));
    EXPECT_TRUE(contains(sv, "Sammanvägt resultat"));
    EXPECT_EQ(report_html(in, a, score_assessment(in, a), "en-GB"), en) << "a region subtag picks its language";
    EXPECT_EQ(report_html(in, a, score_assessment(in, a), "tlh"), sv) << "an unknown language gives Swedish";
}

// The CLI and the app both call report_html; given the same texts they must
// give the same bytes, whether the language is named or passed as a table.
TEST(ReportHtml, SameBytesFromLanguageCodeAndFromItsTable) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    ScoreReport r = score_assessment(in, a);
    for (const char* lang : kLanguages) EXPECT_EQ(report_html(in, a, r, lang), report_html(in, a, r, language(lang)));
    EXPECT_EQ(report_html(in, a, r), report_html(in, a, r, "sv")) << "Swedish by default";
}

TEST(ReportHtml, EveryUserStringIsEscapedInEachLanguage) {
    Instrument in = mini_instrument();
    for (const auto& markup : kHostile) {
        Assessment a = hostile_assessment(in, markup);
        for (const char* lang : kLanguages) {
            std::string h = report_html(in, a, score_assessment(in, a), lang);
            // The escaped form appears; markup never does.
            if (markup.find('<') != std::string::npos) {
                EXPECT_FALSE(contains(h, markup)) << lang;
            }
            for (const char* field : {"VC ", "roll ", "anteckning ", "kommentar ", "okänd ", "v "})
                EXPECT_TRUE(contains(h, html_escape(field + markup))) << lang << " " << field << markup;
            EXPECT_FALSE(contains(h, "<script")) << lang << ": the report has no script element";
            EXPECT_FALSE(contains(h, "<img")) << lang;
            EXPECT_FALSE(contains(h, "<svg onload")) << lang;
        }
    }
}

// A value is inserted, never parsed as a template: mustache tags a user types
// come out as the same characters.
TEST(ReportHtml, MustacheTagsInUserTextStayText) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    a.unit_name = "{{text.heading}} {{#report}}x{{/report}} {{> partial}} {{=<% %>=}}";
    std::string h = report_html(in, a, score_assessment(in, a), "sv");
    EXPECT_TRUE(contains(h,
                         "<h1>Strategispegeln – {{text.heading}} {{#report}}x{{/report}} {{&gt; partial}} "
                         "{{=&lt;% %&gt;=}}</h1>"));
}

// The policy must come before anything filled in from the data, or markup in
// the first value could run before the browser has read it.
TEST(ReportHtml, ContentSecurityPolicyAllowsNoScriptAndComesBeforeUserText) {
    Instrument in = mini_instrument();
    Assessment a = hostile_assessment(in, "<b>x</b>");
    std::string h = report_html(in, a, score_assessment(in, a), "sv");
    const std::string csp =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; form-action 'none'; base-uri 'none'\">";
    size_t at = h.find(csp);
    ASSERT_NE(at, std::string::npos);
    EXPECT_LT(at, h.find("<title>"));
    EXPECT_LT(at, h.find("VC &lt;b&gt;"));
    EXPECT_EQ(h.find("<meta"), h.find("<meta charset")) << "only the charset before it";
    EXPECT_FALSE(contains(h, "http://"));
    EXPECT_FALSE(contains(h, "https://")) << "self-contained: nothing fetched";
}

// The bundled template uses only escaped forms, and parses and renders in
// every bundled language; a malformed template is reported, not thrown.
TEST(ReportHtml, TemplateErrorsCannotBeReachedWithUserData) {
    std::string tmpl(bundled_asset("templates/report.html.mustache"));
    ASSERT_FALSE(tmpl.empty());
    for (const char* unescaped : {"{{{", "{{&", "{{>", "{{="})
        EXPECT_FALSE(contains(tmpl, unescaped)) << unescaped << " would insert a value without escaping";

    Instrument in = mini_instrument();
    for (const auto& lang : bundled_languages()) {
        for (const auto& markup : kHostile) {
            Assessment a = hostile_assessment(in, markup);
            std::string out, error;
            EXPECT_TRUE(render_template(tmpl, report_data(in, a, score_assessment(in, a), language(lang)), out, error))
                << lang << ": " << error;
            EXPECT_TRUE(error.empty());
        }
    }

    std::string out = "old", error;
    EXPECT_FALSE(render_template("<p>{{#open}}never closed</p>", json::object(), out, error));
    EXPECT_FALSE(error.empty());
    EXPECT_TRUE(out.empty());
    EXPECT_TRUE(render_template("{{a}}|{{#b}}B{{/b}}|{{^c}}no c{{/c}}|{{n}}|{{#l}}{{.}},{{/l}}",
                                json{{"a", "<&>"}, {"b", true}, {"c", nullptr}, {"n", 2}, {"l", {"x", "y"}}}, out,
                                error));
    EXPECT_EQ(out, "&lt;&amp;&gt;|B|no c|2|x,y,");
}

// Both languages have the same keys with the same placeholders, so a region
// can switch language without a sentence losing a value.
TEST(ReportHtml, LanguagesHaveTheSameKeysAndPlaceholders) {
    auto sv = json::parse(bundled_asset("ui/sv/report.json"));
    auto en = json::parse(bundled_asset("ui/en/report.json"));
    std::regex placeholder("\\{[0-9]\\}");
    for (auto it = sv.begin(); it != sv.end(); ++it) {
        if (it.key().rfind('_', 0) == 0) continue;
        EXPECT_EQ(it.key().rfind("html_report.", 0), 0u) << it.key() << ": report keys start with html_report.";
        ASSERT_TRUE(en.contains(it.key())) << it.key();
        auto ph = [&](const std::string& s) {
            std::vector<std::string> v;
            for (std::sregex_iterator m(s.begin(), s.end(), placeholder), e; m != e; ++m) v.push_back(m->str());
            std::sort(v.begin(), v.end());
            return v;
        };
        EXPECT_EQ(ph(it->get<std::string>()), ph(en[it.key()].get<std::string>())) << it.key();
    }
    for (auto it = en.begin(); it != en.end(); ++it) EXPECT_TRUE(sv.contains(it.key())) << it.key();
}

TEST(ReportHtml, DataCarriesTheScoreDocumentOfTheJsonOutput) {
    Instrument in = mini_instrument();
    Assessment a = fixture_assessment(in);
    ScoreReport r = score_assessment(in, a);
    json data = report_data(in, a, r, language("sv"));
    json doc = json::parse(score_json(in, a, r));
    for (auto it = doc.begin(); it != doc.end(); ++it) EXPECT_EQ(data[it.key()], it.value()) << it.key();
    EXPECT_EQ(data["lang"], "sv");
    EXPECT_EQ(data["text"]["about"]["caption"], "Om bedömningen") << "keys split at dots, prefix dropped";
    EXPECT_EQ(data["report"]["principles"].size(), r.principles.size());
}

// Long principle names are wrapped and the viewBox grows to hold them; the
// Swedish "Jämlikhet och tillgänglighet" was cut off at the edge before.
TEST(ReportHtml, RadarLabelsAreWrappedInsideTheViewBox) {
    auto in = bundled_instrument("skane-2025-sjalvskattning");
    ASSERT_TRUE(in);
    Assessment a = new_assessment(*in, Mode::SelfAssessment);
    for (const char* lang : kLanguages) {
        json radar = report_data(*in, a, score_assessment(*in, a), language(lang))["report"]["radar"];
        ASSERT_TRUE(radar.is_object()) << lang;
        double x0 = 0, y0 = 0, w = 0, h = 0;
        ASSERT_EQ(std::sscanf(radar["view_box"].get<std::string>().c_str(), "%lf %lf %lf %lf", &x0, &y0, &w, &h), 4);
        for (const auto& label : radar["labels"]) {
            double x = std::stod(label["x"].get<std::string>());
            double y = std::stod(label["y"].get<std::string>());
            std::string anchor = label["anchor"];
            for (const auto& line : label["lines"]) {
                std::string s = line["line"];
                EXPECT_LE(display_width(s), 28u) << s;
                double width = 7.0 * static_cast<double>(display_width(s));
                double left = anchor == "start" ? x : (anchor == "end" ? x - width : x - width / 2);
                EXPECT_GE(left, x0 - 8) << lang << " " << s;
                EXPECT_LE(left + width, x0 + w + 8) << lang << " " << s;
            }
            EXPECT_GT(y, y0) << lang;
            EXPECT_LT(y, y0 + h) << lang;
        }
    }
    Instrument two = mini_instrument();
    two.principles.resize(2);
    Assessment b = fixture_assessment(two);
    EXPECT_FALSE(contains(report_html(two, b, score_assessment(two, b)), "<svg")) << "no radar for fewer than 3";
}
