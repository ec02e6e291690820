// The report's template renderer (core/mustache.cpp) against kainjow mustache,
// which rendered the report before: the same bytes and the same error messages
// for the bundled report in every language, for hand-written corner cases, and
// for thousands of random templates over random data.
#include <kainjow/mustache.hpp>
#include <random>

#include "bundled.h"
#include "mustache.h"
#include "output.h"
#include "report_html.h"
#include "test_helpers.h"
#include "translations.h"

using namespace spegeln;
using namespace testing_support;

namespace {

// How report_html.cpp handed JSON to kainjow.
kainjow::mustache::data to_kainjow(const json& j) {
    using data = kainjow::mustache::data;
    switch (j.type()) {
        case json::value_t::object: {
            data d{data::type::object};
            for (auto it = j.begin(); it != j.end(); ++it) d.set(it.key(), to_kainjow(it.value()));
            return d;
        }
        case json::value_t::array: {
            data d{data::type::list};
            for (const auto& e : j) d.push_back(to_kainjow(e));
            return d;
        }
        case json::value_t::string:
            return data{j.get_ref<const std::string&>()};
        case json::value_t::boolean:
            return data{j.get<bool>()};
        case json::value_t::null:
        case json::value_t::discarded:
            return data{false};
        default:
            return data{dump_json(j, -1)};
    }
}

std::string escape(const std::string& s) {
    return html_escape(s);
}

struct Result {
    bool ok;
    std::string out, error;
};

Result reference(const std::string& tmpl, const json& data) {
    kainjow::mustache::mustache m{tmpl};
    m.set_custom_escape(escape);
    Result r{false, {}, {}};
    if (m.is_valid()) m.render(to_kainjow(data), [&r](const std::string& s) { r.out += s; });
    r.error = m.is_valid() ? std::string() : m.error_message();
    if (!r.error.empty()) r.out.clear();
    r.ok = r.error.empty();
    return r;
}

Result ours(const std::string& tmpl, const json& data) {
    Result r{false, "stale", "stale"};
    r.ok = render_mustache(tmpl, data, escape, r.out, r.error);
    return r;
}

void expect_same(const std::string& tmpl, const json& data) {
    const Result want = reference(tmpl, data), got = ours(tmpl, data);
    EXPECT_EQ(got.ok, want.ok) << "template: " << tmpl << "\ndata: " << data.dump();
    EXPECT_EQ(got.error, want.error) << "template: " << tmpl;
    EXPECT_EQ(got.out, want.out) << "template: " << tmpl << "\ndata: " << data.dump();
}

const json kData = json::parse(R"({
  "a": "<&>\"'", "n": 2.5, "i": 0, "t": true, "f": false, "z": null, "e": [], "s": "",
  "l": ["x", "y", 3],
  "o": {"a": "inner", "b": {"c": "deep"}, "l": [{"a": "one"}, {"b": "two"}]},
  "rows": [{"x": "1", "flag": true}, {"x": "2", "flag": false}, {"x": "3"}],
  "": "empty key", "p": "[{{a}}]", "bad": "{{#x}}", "self": "{{>self}}"
})");

}  // namespace

TEST(Mustache, TheBundledReportIsTheSameInEveryLanguage) {
    const std::string tmpl(bundled_asset("templates/report.html.mustache"));
    Instrument in = mini_instrument();
    Diagnostics d;
    auto a = load_assessment(read_fixture("mini-assessment.json"), d, &in);
    ASSERT_TRUE(a);
    a->notes = "rad ett\nrad två <b>&</b>";
    for (const auto& lang : bundled_languages()) {
        const json data = report_data(in, *a, score_assessment(in, *a), language(lang));
        const Result want = reference(tmpl, data), got = ours(tmpl, data);
        ASSERT_TRUE(want.ok) << want.error;
        EXPECT_TRUE(got.ok) << got.error;
        EXPECT_EQ(got.out, want.out) << lang;
        EXPECT_GT(got.out.size(), 1000u);
    }
}

TEST(Mustache, CornerCasesMatchKainjow) {
    for (const char* t :
         {"",
          "plain",
          "{{a}}|{{{a}}}|{{&a}}|{{ a }}|{{& a }}",
          "{{n}}{{i}}{{t}}{{f}}{{z}}{{e}}{{l}}{{o}}{{s}}",
          "{{o.a}}{{o.b.c}}{{o.x.c}}{{o.}}{{.o}}{{o..a}}{{}}",
          "{{#o}}{{a}}{{b.c}}{{n}}{{/o}}",
          "{{#o.l}}[{{a}}|{{b}}|{{o.a}}]{{/o.l}}",
          "{{#l}}{{.}},{{/l}}",
          "{{#t}}T{{.}}{{/t}}{{#f}}F{{/f}}{{^f}}notF{{/f}}",
          "{{#z}}Z{{/z}}{{^z}}notZ{{.}}{{/z}}{{#e}}E{{/e}}{{^e}}notE{{/e}}{{#s}}S{{.}}{{/s}}{{#i}}I{{.}}{{/i}}",
          "{{#missing}}M{{/missing}}{{^missing}}notM{{/missing}}{{#a}}{{.}}{{/a}}",
          "a\n{{#t}}\nb\n{{/t}}\nc\n",
          "a\n{{#f}}\nb\n{{/f}}\nc\n",
          "a\n  {{#rows}}  \n {{x}}\n\t{{/rows}}\nc",
          "{{#rows}}{{x}}{{#flag}}!{{/flag}}{{^flag}}?{{/flag}}\n{{/rows}}",
          "a\r\n{{#t}}\r\nb\rc\r\n{{/t}}\r\n",
          "x {{! comment }} y\n{{! only }}\nz",
          "{{=<% %>=}}<% a %>{{a}}<%={{ }}=%>{{a}}{{{a}}}",
          "{{=| |=}}|{a}|}|&a|",
          "{{>p}}|{{>missing}}|{{>n}}|{{#o}}{{>a}}{{/o}}",
          "{{>bad}}",
          "{{#t}}{{>bad}}x{{/t}}y",
          "{{#rows}}{{x}}{{#rows}}{{x}}{{/rows}};{{/rows}}",
          "end {{",
          "{{a",
          "{{{a}}",
          "{{#a}}",
          "{{/a}}",
          "{{#a}}{{/b}}",
          "{{#a}}{{#b}}{{/b}}",
          "{{#a}}{{/a}}{{/a}}",
          "{{=<%>=}}",
          "{{=a b c=}}",
          "{{= = =}}",
          "{{=<% %>=}}<%#a%>x<%/a%>",
          "{{#o}}\n  {{#b}}\n    {{c}}\n  {{/b}}\n{{/o}}\n",
          "  {{#t}}  \n",
          "{{^t}}\n{{/t}}\n",
          "{{a}}\n{{#t}}{{/t}}\n",
          "ünïcödé {{a}} ✓\n"})
        expect_same(t, kData);
    expect_same("{{.}}|{{#.}}{{.}}{{/.}}", json("top"));
    expect_same("{{a}}{{.}}", json::array({1, 2}));
}

TEST(Mustache, DeepPartialsStopWithAnErrorInsteadOfOverflowingTheStack) {
    std::string out, error;
    EXPECT_FALSE(render_mustache("x{{>self}}", kData, escape, out, error));
    EXPECT_EQ(error, "Partials nested too deep at 0");
    EXPECT_TRUE(out.empty());
}

// Random templates from a few pieces, over the data above: the same output
// or the same error message every time.
TEST(Mustache, RandomTemplatesMatchKainjow) {
    const std::vector<std::string> names = {"a", "n",    "i",       "t",    "f",   "z",     "e",   "l",
                                            "o", "rows", "x",       "flag", "o.a", "o.b.c", "o.l", "b.c",
                                            ".", "s",    "missing", "p",    "",    "o."};
    const std::vector<std::string> text = {"x", " ", "  ", "\t", "\n", "\r\n", "\r", "<", "{", "}", "=", "é"};
    std::mt19937 rng(20261201);
    const auto pick = [&rng](const std::vector<std::string>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
    };
    for (int round = 0; round < 4000; ++round) {
        std::string t;
        std::vector<std::string> open;
        const int pieces = std::uniform_int_distribution<int>(1, 14)(rng);
        for (int k = 0; k < pieces; ++k) {
            switch (std::uniform_int_distribution<int>(0, 11)(rng)) {
                case 0:
                case 1:
                case 2:
                    t += pick(text);
                    break;
                case 3:
                    t += "{{" + pick(names) + "}}";
                    break;
                case 4:
                    t += "{{{" + pick(names) + "}}}";
                    break;
                case 5:
                case 6: {
                    const std::string n = pick(names);
                    t += (rng() % 2 ? "{{#" : "{{^") + n + "}}";
                    open.push_back(n);
                    break;
                }
                case 7:
                case 8:
                    if (!open.empty()) {
                        t += "{{/" + open.back() + "}}";
                        open.pop_back();
                    } else {
                        t += "{{! c }}";
                    }
                    break;
                case 9:
                    t += rng() % 8 ? "{{>p}}" : "{{/" + pick(names) + "}}";
                    break;
                case 10:
                    t += rng() % 4 ? "{{&" + pick(names) + "}}" : "{{=<% %>=}}<%a%><%={{ }}=%>";
                    break;
                default:
                    t += rng() % 16 ? "\n" : "{{";
                    break;
            }
        }
        if (rng() % 4)
            while (!open.empty()) {
                t += "{{/" + open.back() + "}}";
                open.pop_back();
            }
        expect_same(t, kData);
        if (::testing::Test::HasFailure()) break;
    }
}
