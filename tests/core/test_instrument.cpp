// Instruments: loading, every validation rule of docs/instrument-format.md (each
// error names its JSON path), the round trip through instrument_to_json, and the
// rules the bundled instruments themselves must meet.
#include <functional>
#include <set>

#include "bundled.h"
#include "json_read.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

// The mini instrument as JSON, changed by `edit`, then loaded.
Diagnostics load_edited(const std::function<void(json&)>& edit, std::optional<Instrument>* out = nullptr) {
    json j = json::parse(read_fixture("mini-instrument.json"));
    edit(j);
    Diagnostics d;
    auto in = load_instrument(dump_json(j), d);
    if (out) *out = in;
    EXPECT_EQ(in.has_value(), !d.has_errors()) << "an instrument with errors must not load";
    return d;
}

// Whether `d` has an error at exactly `path` whose code is `text` (when it is a
// "diag." code) or whose Swedish sentence contains `text`.
::testing::AssertionResult has_error(const Diagnostics& d, const std::string& path, const std::string& text = "") {
    bool code = text.rfind("diag.", 0) == 0;
    for (const auto& x : d.items)
        if (x.severity == Severity::Error && x.path == path &&
            (code ? x.code == text : sv(x).find(text) != std::string::npos))
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no error at " << path << " containing \"" << text
                                         << "\"; got:" << all_messages(d);
}

}  // namespace

TEST(Instrument, MiniInstrumentLoadsWithEveryField) {
    Diagnostics d;
    auto in = load_instrument(read_fixture("mini-instrument.json"), d);
    ASSERT_TRUE(in) << all_messages(d);
    EXPECT_TRUE(d.items.empty()) << all_messages(d);
    EXPECT_EQ(in->id, "mini");
    EXPECT_EQ(in->version, "2.0");
    EXPECT_EQ(in->title.sv, "Miniinstrument för tester");
    EXPECT_EQ(in->title.en, "Mini instrument for tests");
    EXPECT_EQ(in->estimated_minutes, 5);
    EXPECT_TRUE(in->supports(Mode::SelfAssessment));
    EXPECT_TRUE(in->supports(Mode::Workshop));
    EXPECT_FALSE(in->supports(Mode::Brukarrevision));
    EXPECT_EQ(in->principles.size(), 4u);
    EXPECT_EQ(in->areas.size(), 2u);
    ASSERT_EQ(in->items.size(), 6u);
    EXPECT_EQ(in->find_scale("mognad")->top(), 4);
    EXPECT_EQ(in->find_scale("jdn")->top(), 2);
    EXPECT_EQ(in->find_scale("jdn")->levels[1].label.sv, "Delvis");
    const Item& i1 = in->items[0];
    EXPECT_EQ(i1.area, "a1");
    EXPECT_EQ(i1.help.sv, "Hjälp ett");
    EXPECT_DOUBLE_EQ(i1.weight_for("p1"), 1.0);
    EXPECT_DOUBLE_EQ(i1.weight_for("p2"), 0.5);
    EXPECT_DOUBLE_EQ(i1.weight_for("p3"), 0.0);
    EXPECT_EQ(i1.source.document, "src");
    EXPECT_EQ(i1.source.section, "1.1");
    ASSERT_EQ(i1.actions.size(), 2u);
    EXPECT_EQ(i1.actions[1].en, "Do two");
    EXPECT_EQ(in->items_in_area("a2").size(), 3u);
}

TEST(Instrument, WeightDefaultsToOneWhenLeftOut) {
    std::optional<Instrument> in;
    Diagnostics d = load_edited([](json& j) { j["items"][2]["principles"][0].erase("weight"); }, &in);
    ASSERT_TRUE(in) << all_messages(d);
    EXPECT_DOUBLE_EQ(in->items[2].weight_for("p2"), 1.0);
}

TEST(InstrumentValidation, DuplicateIdsAreErrorsForItemsPrinciplesAreasScalesAndSources) {
    EXPECT_TRUE(
        has_error(load_edited([](json& j) { j["items"][1]["id"] = "i1"; }), "items[1].id", "diag.id.duplicate"));
    EXPECT_TRUE(
        has_error(load_edited([](json& j) { j["principles"][1]["id"] = "p1"; }), "principles[1].id", "finns redan"));
    EXPECT_TRUE(
        has_error(load_edited([](json& j) { j["areas"][1]["id"] = "a1"; }), "areas[1].id", "diag.id.duplicate"));
    EXPECT_TRUE(
        has_error(load_edited([](json& j) { j["scales"][1]["id"] = "mognad"; }), "scales[1].id", "finns redan"));
    EXPECT_TRUE(has_error(load_edited([](json& j) {
                              j["sources"].push_back({{"id", "src"}, {"title", "Igen"}});
                          }),
                          "sources[1].id", "finns redan"));
}

TEST(InstrumentValidation, ItemWithoutPrincipleIsAnError) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][2]["principles"] = json::array(); }),
                          "items[2].principles", "minst en princip"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][2].erase("principles"); }), "items[2].principles",
                          "minst en princip"));
}

TEST(InstrumentValidation, WeightOutsideTheRangeIsAnError) {
    for (double w : {0.0, -1.0, kMinWeight / 2, kMaxWeight * 1.001, 1.7e308, -1.7e308}) {
        Diagnostics d = load_edited([w](json& j) { j["items"][0]["principles"][1]["weight"] = w; });
        EXPECT_TRUE(has_error(d, "items[0].principles[1].weight", "diag.item.weight_out_of_range")) << w;
        EXPECT_TRUE(has_error(d, "items[0].principles[1].weight", "från 0,001 till 1000")) << w;
    }
}

TEST(InstrumentValidation, UnknownAreaScalePrincipleAndSourceDocumentAreErrors) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][3]["area"] = "a9"; }), "items[3].area", "\"a9\""));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][3]["scale"] = "tio"; }), "items[3].scale", "\"tio\""));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][3]["principles"][1]["id"] = "p9"; }),
                          "items[3].principles[1].id", "okänd princip \"p9\""));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["source"]["document"] = "bok"; }),
                          "items[0].source.document", "\"bok\""));
}

TEST(InstrumentValidation, SamePrincipleTwiceInOneItemIsAnError) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["principles"][1]["id"] = "p1"; }),
                          "items[0].principles[1].id", "två gånger"));
}

TEST(InstrumentValidation, DeclaredPrincipleOrAreaThatNoItemMeasuresIsAnError) {
    EXPECT_TRUE(has_error(load_edited([](json& j) {
                              j["principles"].push_back({{"id", "p5"}, {"title", "Fem"}});
                          }),
                          "principles[4]", "\"p5\" mäts inte"));
    EXPECT_TRUE(has_error(load_edited([](json& j) {
                              j["areas"].push_back({{"id", "a3"}, {"title", "Tre"}});
                          }),
                          "areas[2]", "\"a3\" har inga frågor"));
}

TEST(InstrumentValidation, ScaleLevelsMustRunFromZeroWithoutGaps) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["scales"][1]["levels"][2]["value"] = 3; }),
                          "scales[1].levels[2].value", "väntades 2 men står 3"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["scales"][0]["levels"][0]["value"] = 1; }),
                          "scales[0].levels[0].value", "väntades 0"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["scales"][1]["levels"].erase(1); }), "scales[1].levels[1].value",
                          "väntades 1 men står 2"));
    EXPECT_TRUE(has_error(load_edited([](json& j) {
                              j["scales"][1]["levels"] = {{{"value", 0}, {"label", "En"}}};
                          }),
                          "scales[1].levels", "minst två nivåer"));
}

TEST(InstrumentValidation, WrongTypesNameThePathAndTheExpectedType) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["title"] = 5; }), "title", "men är ett tal"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"] = json::object(); }), "items", "ska vara en lista"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][4] = "fråga"; }), "items[4]", "ska vara ett objekt"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["text"] = json::array(); }), "items[0].text",
                          "men är en lista"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["principles"][0]["weight"] = "1"; }),
                          "items[0].principles[0].weight", "ska vara ett tal"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["estimated_minutes"] = "5"; }), "estimated_minutes",
                          "ska vara ett heltal"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["modes"][1] = "solo"; }), "modes[1]", "diag.mode.unknown"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][1]["actions"] = {1}; }), "items[1].actions[0]"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["scales"][0]["levels"][1]["value"] = 1.5; }),
                          "scales[0].levels[1].value", "inte ett heltal"));
}

TEST(InstrumentValidation, MissingRequiredFieldsAreErrorsWithTheirPath) {
    for (const char* field :
         {"format", "format_version", "id", "version", "title", "modes", "principles", "areas", "scales", "items"}) {
        std::string f = field;
        EXPECT_TRUE(has_error(load_edited([&](json& j) { j.erase(f); }), f, "saknas")) << f;
    }
    for (const char* field : {"id", "area", "text", "scale"}) {
        std::string f = field;
        EXPECT_TRUE(has_error(load_edited([&](json& j) { j["items"][5].erase(f); }), "items[5]." + f, "saknas"));
    }
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["scales"][0]["levels"][3].erase("label"); }),
                          "scales[0].levels[3].label", "saknas"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["source"].erase("section"); }),
                          "items[0].source.section", "saknas"));
}

TEST(InstrumentValidation, NewerFormatVersionAsksForANewerProgram) {
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["format_version"] = 2; }), "format_version",
                          "diag.format.version_newer"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["format_version"] = 0; }), "format_version"));
}

TEST(InstrumentValidation, AnAssessmentFileIsNotAnInstrument) {
    Diagnostics d;
    EXPECT_FALSE(load_instrument(read_fixture("mini-assessment.json"), d));
    EXPECT_TRUE(has_error(d, "format", "diag.format.not_instrument"));
}

TEST(InstrumentValidation, InvalidIdsAreRejected) {
    EXPECT_TRUE(
        has_error(load_edited([](json& j) { j["items"][0]["id"] = "i 1"; }), "items[0].id", "inget giltigt id"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["items"][0]["id"] = std::string(65, 'x'); }), "items[0].id"));
    EXPECT_TRUE(has_error(load_edited([](json& j) { j["id"] = ""; }), "id", "diag.id.invalid"));
}

TEST(InstrumentValidation, EveryProblemIsReportedNotOnlyTheFirst) {
    Diagnostics d = load_edited([](json& j) {
        j["items"][0]["area"] = "nej";
        j["items"][5]["scale"] = "nej";
        j["title"] = 1;
    });
    EXPECT_EQ(d.error_count(), 3u) << all_messages(d);
    EXPECT_TRUE(has_error(d, "items[0].area"));
    EXPECT_TRUE(has_error(d, "items[5].scale"));
    EXPECT_TRUE(has_error(d, "title"));
}

namespace {
void expect_same_text(const LocalizedText& a, const LocalizedText& b, const std::string& what) {
    EXPECT_EQ(a.sv, b.sv) << what;
    EXPECT_EQ(a.en, b.en) << what;
}

void expect_same(const Instrument& a, const Instrument& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.version, b.version);
    expect_same_text(a.title, b.title, "title");
    expect_same_text(a.description, b.description, "description");
    EXPECT_EQ(a.modes, b.modes);
    EXPECT_EQ(a.estimated_minutes, b.estimated_minutes);
    ASSERT_EQ(a.sources.size(), b.sources.size());
    for (size_t i = 0; i < a.sources.size(); ++i) EXPECT_EQ(a.sources[i].title, b.sources[i].title);
    ASSERT_EQ(a.principles.size(), b.principles.size());
    for (size_t i = 0; i < a.principles.size(); ++i) {
        EXPECT_EQ(a.principles[i].id, b.principles[i].id);
        expect_same_text(a.principles[i].title, b.principles[i].title, a.principles[i].id);
        EXPECT_EQ(a.principles[i].source.section, b.principles[i].source.section);
    }
    ASSERT_EQ(a.areas.size(), b.areas.size());
    for (size_t i = 0; i < a.areas.size(); ++i) {
        EXPECT_EQ(a.areas[i].id, b.areas[i].id);
        EXPECT_EQ(a.areas[i].number, b.areas[i].number);
        expect_same_text(a.areas[i].title, b.areas[i].title, a.areas[i].id);
        expect_same_text(a.areas[i].description, b.areas[i].description, a.areas[i].id);
    }
    ASSERT_EQ(a.scales.size(), b.scales.size());
    for (size_t i = 0; i < a.scales.size(); ++i) {
        EXPECT_EQ(a.scales[i].id, b.scales[i].id);
        ASSERT_EQ(a.scales[i].levels.size(), b.scales[i].levels.size());
        for (size_t k = 0; k < a.scales[i].levels.size(); ++k) {
            EXPECT_EQ(a.scales[i].levels[k].value, b.scales[i].levels[k].value);
            expect_same_text(a.scales[i].levels[k].label, b.scales[i].levels[k].label, a.scales[i].id);
        }
    }
    ASSERT_EQ(a.items.size(), b.items.size());
    for (size_t i = 0; i < a.items.size(); ++i) {
        const Item &x = a.items[i], &y = b.items[i];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.area, y.area);
        EXPECT_EQ(x.scale, y.scale);
        expect_same_text(x.text, y.text, x.id);
        expect_same_text(x.help, y.help, x.id);
        ASSERT_EQ(x.principles.size(), y.principles.size()) << x.id;
        for (size_t k = 0; k < x.principles.size(); ++k) {
            EXPECT_EQ(x.principles[k].principle, y.principles[k].principle);
            EXPECT_EQ(x.principles[k].weight, y.principles[k].weight);  // exact: weights must survive unchanged
        }
        EXPECT_EQ(x.source.document, y.source.document);
        EXPECT_EQ(x.source.section, y.source.section);
        EXPECT_EQ(x.source.detail, y.source.detail);
        ASSERT_EQ(x.actions.size(), y.actions.size());
        for (size_t k = 0; k < x.actions.size(); ++k) expect_same_text(x.actions[k], y.actions[k], x.id);
    }
}
}  // namespace

TEST(InstrumentRoundTrip, WrittenInstrumentLoadsAsTheSameModel) {
    Instrument first = mini_instrument();
    std::string text = instrument_to_json(first);
    Diagnostics d;
    auto second = load_instrument(text, d);
    ASSERT_TRUE(second) << all_messages(d);
    EXPECT_TRUE(d.items.empty()) << all_messages(d);
    expect_same(first, *second);
    EXPECT_EQ(instrument_to_json(*second), text) << "writing is stable";
}

TEST(InstrumentRoundTrip, BundledInstrumentsSurviveTheRoundTrip) {
    for (const auto& in : bundled_instruments()) {
        Diagnostics d;
        auto again = load_instrument(instrument_to_json(in), d);
        ASSERT_TRUE(again) << in.id << all_messages(d);
        expect_same(in, *again);
    }
}

// --- The bundled instruments (assets/instruments/*.json) ---------------------

TEST(BundledInstruments, EveryBundledInstrumentFileIsValid) {
    size_t files = 0;
    for (const auto& f : spegeln_bundled_assets()) {
        if (f.name.rfind("instruments/", 0) != 0) continue;
        ++files;
        Diagnostics d;
        EXPECT_TRUE(load_instrument(f.data, d)) << f.name << all_messages(d);
        EXPECT_EQ(d.items.size(), 0u) << f.name << all_messages(d);
    }
    Diagnostics d;
    EXPECT_EQ(bundled_instruments(&d).size(), files);
    EXPECT_FALSE(d.has_errors()) << all_messages(d);
    EXPECT_GE(files, 1u) << "no instrument in assets/instruments/";
}

TEST(BundledInstruments, SkaneSelfAssessmentCoversTheWholeStrategy) {
    auto in = bundled_instrument("skane-2025-sjalvskattning");
    ASSERT_TRUE(in) << "assets/instruments/ has no skane-2025-sjalvskattning";
    EXPECT_TRUE(in->supports(Mode::SelfAssessment));
    EXPECT_GE(in->items.size(), 45u);
    EXPECT_LE(in->items.size(), 70u);
    // §4.1–4.7: seven insatsområden, each with enough items to give a stable score.
    EXPECT_EQ(in->areas.size(), 7u);
    for (const auto& a : in->areas) EXPECT_GE(in->items_in_area(a.id).size(), 4u) << a.id;
    // §5.3: the four principles, each measured by at least eight items.
    std::set<std::string> ids;
    for (const auto& p : in->principles) ids.insert(p.id);
    EXPECT_EQ(ids, (std::set<std::string>{"personcentrering", "jamlikhet-tillganglighet", "delaktighet-egenmakt",
                                          "kunskapsbaserad-larande"}));
    for (const auto& p : in->principles) {
        int n = 0;
        for (const auto& item : in->items) n += item.weight_for(p.id) > 0;
        EXPECT_GE(n, 8) << p.id;
    }
    // Every item explains itself, says where in the strategy it comes from and what to do.
    for (const auto& item : in->items) {
        EXPECT_FALSE(item.help.sv.empty()) << item.id << " has no help text";
        EXPECT_FALSE(item.source.document.empty()) << item.id << " has no source document";
        EXPECT_FALSE(item.source.section.empty()) << item.id << " has no source section";
        EXPECT_GE(item.actions.size(), 1u) << item.id << " suggests no action";
    }
}

// A hostile instrument with tens of thousands of items would make the linear
// lookups by id quadratic; the loader refuses it up front, naming the limit.
TEST(InstrumentLimits, TooManyItemsIsAnErrorNamingTheLimit) {
    spegeln::json j = spegeln::json::parse(testing_support::read_fixture("mini-instrument.json"));
    spegeln::json item = j["items"][0];
    for (int i = 0; i < 1001; ++i) {
        item["id"] = "x" + std::to_string(i);
        j["items"].push_back(item);
    }
    spegeln::Diagnostics d;
    EXPECT_FALSE(spegeln::load_instrument(j.dump(), d).has_value());
    bool found = false;
    for (const auto& x : d.items) found = found || (x.path == "items" && sv(x).find("högst 1000") != std::string::npos);
    EXPECT_TRUE(found);
}
