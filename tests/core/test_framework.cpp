// Unit kinds, frameworks, previous_versions and audit fields of an instrument: read, checked, written back.
#include <gtest/gtest.h>

#include "audit_fields.h"
#include "bundled.h"
#include "coverage.h"
#include "instrument.h"
#include "json_read.h"
#include "test_helpers.h"
#include "version_compare.h"

using namespace spegeln;
using testing_support::read_fixture;

namespace {

json fixture() {
    Diagnostics d;
    return *parse_json(read_fixture("mini-instrument-2.1.json"), d);
}

// Loads `j` and returns the codes of its errors.
std::vector<std::string> errors_of(const json& j) {
    Diagnostics d;
    auto in = load_instrument(dump_json(j), d);
    std::vector<std::string> codes;
    for (const auto& x : d.items)
        if (x.severity == Severity::Error) codes.push_back(x.code);
    EXPECT_EQ(in.has_value(), codes.empty());
    return codes;
}

bool has(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

}  // namespace

TEST(Framework, FixtureReadsEveryNewField) {
    Diagnostics d;
    auto in = load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    ASSERT_TRUE(in) << (d.items.empty() ? "" : d.items[0].code + " " + d.items[0].path);
    ASSERT_EQ(in->unit_kinds.size(), 2u);
    EXPECT_EQ(in->unit_kinds[1].description.sv, "Socialtjänst, LSS och boendestöd.");
    ASSERT_EQ(in->frameworks.size(), 2u);
    EXPECT_EQ(in->frameworks[0].targets[2].reason.en, "The region's task");
    EXPECT_EQ(in->frameworks[1].targets[1].note.sv, "Uppgår i delmål 1");
    const Item* i2 = in->find_item("i2");
    EXPECT_EQ(i2->text_in("kommunal").sv, "Fråga två med socialtjänstens ord");
    EXPECT_EQ(i2->text_in("vardcentral").sv, "Fråga två, omformulerad");
    EXPECT_EQ(i2->help_in("kommunal").sv, "Hjälp för kommunen");
    EXPECT_TRUE(in->find_item("i1")->core);
    EXPECT_FALSE(in->find_item("i1")->applies_to("") == false);
    EXPECT_FALSE(in->find_item("i3b")->applies_to("vardcentral"));
    EXPECT_TRUE(in->find_item("i3b")->applies_to("kommunal"));
    ASSERT_NE(in->find_item("i3a")->targets_in("skane-insatser"), nullptr);
    EXPECT_EQ(in->find_item("i3a")->targets_in("skane-insatser")->size(), 2u);
    const ItemAudit& audit = in->find_item("i3b")->audit;
    EXPECT_EQ(audit.asked_of, (std::vector<std::string>{"patient", "personal"}));
    EXPECT_EQ(audit.question[0].second.en, "Did you get a say?");
    EXPECT_EQ(audit.crosswalk[0].second, std::vector<std::string>{"i1"});
    ASSERT_EQ(in->previous_versions.size(), 1u);
    EXPECT_EQ(in->previous_versions[0].items[2].change, ChangeKind::Split);
}

TEST(Framework, WrittenBackAndReadAgainUnchanged) {
    Diagnostics d;
    auto in = load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    ASSERT_TRUE(in);
    std::string once = instrument_to_json(*in);
    auto again = load_instrument(once, d);
    ASSERT_TRUE(again) << (d.items.empty() ? "" : d.items[0].code);
    EXPECT_EQ(instrument_to_json(*again), once);
    EXPECT_NE(once.find("\"previous_versions\""), std::string::npos);
    EXPECT_NE(once.find("\"text_for\""), std::string::npos);
    EXPECT_NE(once.find("\"crosswalk\""), std::string::npos);
    EXPECT_NE(once.find("\"reason\""), std::string::npos);
}

TEST(Framework, BadReferencesAreNamed) {
    json j = fixture();
    j["items"][0]["unit_kinds"] = {"sjukhus"};
    j["items"][1]["frameworks"] = {{"okand", {"1"}}};
    j["items"][2]["frameworks"] = {{"skane-insatser", {"9.9"}}};
    j["items"][3]["frameworks"] = {{"principer", {"p1"}}};
    j["items"][4]["text_for"] = {{"sjukhus", "x"}};
    j["items"][5]["core"] = "ja";
    auto codes = errors_of(j);
    EXPECT_TRUE(has(codes, "diag.item.unknown_unit_kind"));
    EXPECT_TRUE(has(codes, "diag.item.unknown_framework"));
    EXPECT_TRUE(has(codes, "diag.item.unknown_target"));
    EXPECT_TRUE(has(codes, "diag.item.builtin_framework"));
    EXPECT_TRUE(has(codes, "diag.wrong_type"));
}

TEST(Framework, ReasonOnlyOnATargetWithoutItems) {
    json j = fixture();
    j["items"][0]["frameworks"]["skane-insatser"] = {"1.1", "2.1"};
    auto codes = errors_of(j);
    EXPECT_TRUE(has(codes, "diag.target.reason_with_items"));
}

TEST(Framework, ReservedAndDuplicateIds) {
    json j = fixture();
    j["frameworks"][1]["id"] = "omraden";
    j["frameworks"][0]["targets"][1]["id"] = "1.1";
    j["unit_kinds"][1]["id"] = "vardcentral";
    auto codes = errors_of(j);
    EXPECT_TRUE(has(codes, "diag.framework.reserved"));
    EXPECT_EQ(std::count(codes.begin(), codes.end(), "diag.id.duplicate"), 2);
}

TEST(Framework, AuditFieldsKnowTheirRolesAndMethods) {
    json j = fixture();
    j["items"][3]["asked_of"] = {"patient", "granne"};
    j["items"][3]["methods"] = {"telepati"};
    j["items"][3]["question"] = {{"chef", "x"}};
    auto codes = errors_of(j);
    EXPECT_EQ(std::count(codes.begin(), codes.end(), "diag.item.unknown_role"), 2);
    EXPECT_TRUE(has(codes, "diag.item.unknown_method"));
}

TEST(VersionMapping, MissesAndRepeatsAreErrors) {
    json j = fixture();
    auto& items = j["previous_versions"][0]["items"];
    items[5]["to"] = json::array();                                            // i7 in no "to", and "new" with nothing
    items[1]["from"] = {"i1"};                                                 // i1 in two "from"s
    items[0]["to"] = {"i2"};                                                   // i2 in two "to"s
    items.push_back({{"from", {"x"}}, {"to", {"nope"}}, {"change", "same"}});  // not an item
    items.push_back({{"from", {"y"}}, {"to", json::array()}, {"change", "vanished"}});
    auto codes = errors_of(j);
    EXPECT_TRUE(has(codes, "diag.version.item_unmapped"));
    EXPECT_TRUE(has(codes, "diag.version.shape_new"));
    EXPECT_TRUE(has(codes, "diag.version.from_twice"));
    EXPECT_TRUE(has(codes, "diag.version.to_twice"));
    EXPECT_TRUE(has(codes, "diag.version.unknown_item"));
    EXPECT_TRUE(has(codes, "diag.version.unknown_change"));
}

TEST(VersionMapping, ShapesFitTheirKind) {
    json j = fixture();
    auto& items = j["previous_versions"][0]["items"];
    items[2]["change"] = "same";   // 1 → 2 is not "same"
    items[3]["change"] = "split";  // 2 → 1 is not a split
    auto codes = errors_of(j);
    EXPECT_TRUE(has(codes, "diag.version.shape_one_to_one"));
    EXPECT_TRUE(has(codes, "diag.version.shape_split"));
}

TEST(VersionMapping, CheckedAgainstTheEarlierVersion) {
    Diagnostics d;
    auto older = load_instrument(read_fixture("mini-instrument.json"), d);
    auto newer = load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    ASSERT_TRUE(older && newer);
    Diagnostics ok;
    check_version_mapping(*newer, *older, ok);
    EXPECT_FALSE(ok.has_errors());
    older->items.push_back(older->items[0]);
    older->items.back().id = "i9";
    Diagnostics missing;
    check_version_mapping(*newer, *older, missing);
    ASSERT_TRUE(missing.has_errors());
    EXPECT_EQ(missing.items[0].code, "diag.version.old_unmapped");
    EXPECT_NE(testing_support::sv(missing.items[0]).find("i9"), std::string::npos);
}

TEST(Bundled, VersionsOrderedAndFoundByVersion) {
    EXPECT_LT(version_order("1.0.0", "1.1.0"), 0);
    EXPECT_GT(version_order("1.10.0", "1.9.0"), 0);
    EXPECT_EQ(version_order("2.0", "2.0"), 0);
    for (const auto& in : bundled_instruments()) {
        auto newest = bundled_instrument(in.id);
        ASSERT_TRUE(newest);
        EXPECT_GE(version_order(newest->version, in.version), 0);
        auto exact = bundled_instrument(in.id, in.version);
        ASSERT_TRUE(exact);
        EXPECT_EQ(exact->version, in.version);
    }
    EXPECT_FALSE(bundled_instrument("skane-2025-sjalvskattning", "0.0.1"));
}

// Every bundled instrument that declares the Skåne insatser serves every target of the Skåne
// strategy (principle, insatsområde, insats) with an item, or says why not.
TEST(Coverage, SkaneTargetsServedOrExplainedInEveryBundledInstrument) {
    Diagnostics d;
    for (const auto& in : bundled_instruments(&d)) {
        if (!in.find_framework(kSkaneInsatser)) continue;
        auto unserved = unserved_targets(coverage_matrix(in), {kViewPrinciples, kViewAreas, kSkaneInsatser});
        EXPECT_TRUE(unserved.empty()) << in.id << " " << in.version << ": " << unserved.size() << " targets, first "
                                      << unserved[0];
    }
    EXPECT_FALSE(d.has_errors()) << d.items[0].path << " " << d.items[0].code;
}

TEST(Coverage, UnservedTargetsAreFound) {
    Diagnostics d;
    auto in = load_instrument(read_fixture("mini-instrument-2.1.json"), d);
    ASSERT_TRUE(in);
    auto matrix = coverage_matrix(*in);
    EXPECT_TRUE(unserved_targets(matrix, {kViewPrinciples, kViewAreas, kSkaneInsatser}).empty());
    in->frameworks[0].targets[2].reason = {};  // 2.1 has no item: now without a reason
    auto unserved = unserved_targets(coverage_matrix(*in), {kSkaneInsatser});
    EXPECT_EQ(unserved, std::vector<std::string>{"skane-insatser/2.1"});
    json doc = coverage_document(matrix, "en");
    EXPECT_EQ(doc["frameworks"][0]["id"], "principer");
    EXPECT_EQ(doc["frameworks"][2]["targets"][2]["reason"], "The region's task");
    EXPECT_EQ(doc["frameworks"][2]["targets"][0]["items"], json({"i1", "i3a"}));
}

// The issue's bar for the bundled self-assessment: every Skåne insats has an item (none left
// with only a reason), every national delmål 1–5 and 7 and every VGR goal has at least two.
TEST(Coverage, SelfAssessmentServesEveryFrameworkAsTheIssueAsks) {
    auto in = bundled_instrument("skane-2025-sjalvskattning");
    ASSERT_TRUE(in);
    auto matrix = coverage_matrix(*in);
    auto find = [&](const std::string& id) -> const CoverageFramework* {
        for (const auto& f : matrix)
            if (f.id == id) return &f;
        return nullptr;
    };
    for (const char* fid : {kViewPrinciples, kViewAreas, kSkaneInsatser}) {
        const auto* f = find(fid);
        ASSERT_TRUE(f) << fid;
        for (const auto& t : f->targets) EXPECT_FALSE(t.items.empty()) << fid << "/" << t.id;
    }
    const auto* skane = find(kSkaneInsatser);
    EXPECT_EQ(skane->targets.size(), 28u);
    const auto* national = find("nationell-delmal");
    ASSERT_TRUE(national);
    for (const auto& t : national->targets) {
        if (t.id != "6") {
            EXPECT_GE(t.items.size(), 2u) << "delmål " << t.id;
        }
    }
    const auto* vgr = find("vgr-mal");
    ASSERT_TRUE(vgr);
    EXPECT_EQ(vgr->targets.size(), 7u);
    for (const auto& t : vgr->targets) EXPECT_GE(t.items.size(), 2u) << "VGR mål " << t.id;
}

// The audit's crosswalk names items of the newest self-assessment; a stale id is an error naming it.
TEST(Crosswalk, AuditItemsNameSelfAssessmentItemsThatExist) {
    auto audit = bundled_instrument("skane-2025-brukarrevision");
    auto self = bundled_instrument("skane-2025-sjalvskattning");
    ASSERT_TRUE(audit && self);
    size_t links = 0;
    for (const auto& item : audit->items)
        for (const auto& [id, ids] : item.audit.crosswalk)
            if (id == self->id) links += ids.size();
    EXPECT_GE(links, 20u);
    Diagnostics ok;
    check_crosswalk(*audit, *self, ok);
    EXPECT_FALSE(ok.has_errors()) << (ok.items.empty() ? "" : ok.items[0].path);

    // hf-03 was merged into hf-02 in 1.1: a crosswalk still naming it is caught.
    ASSERT_FALSE(audit->items[0].audit.crosswalk.empty());
    audit->items[0].audit.crosswalk[0] = {self->id, {"hf-03", "zz-99"}};
    Diagnostics bad;
    check_crosswalk(*audit, *self, bad);
    ASSERT_EQ(bad.items.size(), 2u);
    EXPECT_EQ(bad.items[0].code, "diag.crosswalk.unknown_item");
    EXPECT_NE(testing_support::sv(bad.items[1]).find("zz-99"), std::string::npos);
    EXPECT_NE(bad.items[0].path.find("crosswalk"), std::string::npos);
}
