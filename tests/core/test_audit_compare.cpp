// Two views of one unit (core/audit_compare): a self-assessment beside a
// brukarrevision per principle and per crosswalked item, the largest
// difference first, with the warnings that say what could not be matched.
#include <gtest/gtest.h>

#include <cmath>

#include "audit_compare.h"
#include "bundled.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

struct Pair {
    Instrument self_in, audit_in;
    Assessment self;
    Audit audit;
};

// The newest self-assessment and brukarrevision instruments (the crosswalk of
// the one names items of the other) with one unit's files of each.
Pair unit_pair() {
    Pair p;
    auto s = bundled_instrument("skane-2025-sjalvskattning");
    auto a = bundled_instrument("skane-2025-brukarrevision");
    EXPECT_TRUE(s && a);
    if (!s || !a) return p;
    p.self_in = *s;
    p.audit_in = *a;
    p.self = new_assessment(p.self_in, Mode::SelfAssessment);
    p.self.unit_name = "Vårdcentralen Exempel";
    p.self.date = "2026-03-15";
    p.audit = new_audit(p.audit_in);
    p.audit.header.unit_name = "Vårdcentralen Exempel";
    return p;
}

void self_level(Pair& p, const std::string& id, bool top) {
    const Item* item = p.self_in.find_item(id);
    ASSERT_TRUE(item) << id;
    p.self.answers[id].status = AnswerStatus::Level;
    p.self.answers[id].level = top ? p.self_in.scale_of(*item).top() : 0;
}

void judge(Pair& p, const std::string& id, int level) {
    Diagnostics d;
    ASSERT_TRUE(set_judgement(p.audit, id, Judgement{JudgementStatus::Level, level}, d)) << id;
}

const ItemSides* find(const AuditComparison& c, const std::string& audit_item) {
    for (const auto& i : c.items)
        if (i.audit_item == audit_item) return &i;
    return nullptr;
}

}  // namespace

TEST(AuditCompare, ItemsWhereStaffAndUsersDifferMostComeFirst) {
    Pair p = unit_pair();
    // pv-03 (fast kontakt) ↔ self pv-05: staff say yes, the audit found it missing.
    self_level(p, "pv-05", true);
    judge(p, "pv-03", 0);
    // hf-01 ↔ self hf-01 and pv-08: the mean of the two (top and 0) = 50, audit delvis = 50.
    self_level(p, "hf-01", true);
    self_level(p, "pv-08", false);
    judge(p, "hf-01", 1);
    // lt-05 ↔ self lt-07: staff say no, users say yes.
    self_level(p, "lt-07", false);
    judge(p, "lt-05", 1);
    Diagnostics d;
    AuditComparison c = compare_self_and_audit(p.self_in, p.self, p.audit_in, p.audit, d);
    EXPECT_TRUE(d.items.empty()) << all_messages(d);
    ASSERT_GE(c.items.size(), 3u);
    EXPECT_EQ(c.items[0].audit_item, "pv-03");
    ASSERT_TRUE(c.items[0].difference);
    EXPECT_DOUBLE_EQ(*c.items[0].difference, -100.0) << "audit − self: the users see it as worse";
    EXPECT_EQ(c.items[0].self_items, std::vector<std::string>{"pv-05"});
    EXPECT_EQ(c.items[1].audit_item, "lt-05");
    EXPECT_DOUBLE_EQ(*c.items[1].difference, 50.0);
    const ItemSides* hf01 = find(c, "hf-01");
    ASSERT_TRUE(hf01);
    EXPECT_DOUBLE_EQ(*hf01->self, 50.0);
    EXPECT_DOUBLE_EQ(*hf01->audit, 50.0);
    EXPECT_DOUBLE_EQ(*hf01->difference, 0.0);
    // Items with only one side have no difference and come after those with one.
    bool seen_without = false;
    for (const auto& i : c.items) {
        if (!i.difference) {
            seen_without = true;
        } else {
            EXPECT_FALSE(seen_without) << i.audit_item << " after an item without a difference";
        }
    }
    // lt-07 (respekt) has no counterpart in the self-assessment: not paired.
    EXPECT_FALSE(find(c, "lt-07"));
}

TEST(AuditCompare, PrinciplesSideBySideOnTheSameBasis) {
    Pair p = unit_pair();
    for (const auto& item : p.self_in.items) self_level(p, item.id, true);
    for (const auto& item : p.audit_in.items) judge(p, item.id, 0);
    Diagnostics d;
    AuditComparison c = compare_self_and_audit(p.self_in, p.self, p.audit_in, p.audit, d);
    ASSERT_EQ(c.principles.size(), p.self_in.principles.size());
    for (const auto& row : c.principles) {
        ASSERT_TRUE(row.self && row.audit) << row.id << ": both instruments score every principle";
        EXPECT_DOUBLE_EQ(*row.self, 100.0);
        EXPECT_DOUBLE_EQ(*row.audit, 0.0);
        EXPECT_DOUBLE_EQ(*row.difference, -100.0);
    }
    EXPECT_DOUBLE_EQ(*c.overall.difference, -100.0);
}

TEST(AuditCompare, UsersTalliesAreShownBesideTheJudgement) {
    Pair p = unit_pair();
    Diagnostics d;
    ASSERT_TRUE(set_tally(p.audit, "pv-03", InformantGroup::Patient, Tally{1, 2, 5}, d));
    ASSERT_TRUE(set_tally(p.audit, "pv-03", InformantGroup::Personal, Tally{1, 0, 0}, d));
    AuditComparison c = compare_self_and_audit(p.self_in, p.self, p.audit_in, p.audit, d);
    const ItemSides* pv03 = find(c, "pv-03");
    ASSERT_TRUE(pv03 && pv03->users);
    EXPECT_DOUBLE_EQ(*pv03->users, 25.0) << "(1 + 2·½) / 8, staff not counted";
    EXPECT_FALSE(pv03->difference) << "no judgement, no self answer";
}

TEST(AuditCompare, WarnsAboutAnotherUnitAMissingCrosswalkAndUnknownIds) {
    Pair p = unit_pair();
    p.audit.header.unit_name = "Psykiatrimottagningen";
    Diagnostics other;
    compare_self_and_audit(p.self_in, p.self, p.audit_in, p.audit, other);
    ASSERT_EQ(other.items.size(), 1u);
    EXPECT_EQ(other.items[0].code, "diag.compare.other_unit");

    Pair q = unit_pair();
    ASSERT_FALSE(q.audit_in.items[0].audit.crosswalk.empty());
    q.audit_in.items[0].audit.crosswalk[0].second.push_back("zz-99");
    Diagnostics unknown;
    AuditComparison c = compare_self_and_audit(q.self_in, q.self, q.audit_in, q.audit, unknown);
    ASSERT_EQ(unknown.items.size(), 1u);
    EXPECT_EQ(unknown.items[0].code, "diag.compare_audit.crosswalk_missing");
    EXPECT_NE(sv(unknown.items[0]).find("zz-99"), std::string::npos) << sv(unknown.items[0]);
    EXPECT_FALSE(c.items.empty()) << "the ids that exist are still compared";

    Pair r = unit_pair();
    for (auto& item : r.audit_in.items) item.audit.crosswalk.clear();
    Diagnostics none;
    AuditComparison only_principles = compare_self_and_audit(r.self_in, r.self, r.audit_in, r.audit, none);
    ASSERT_EQ(none.items.size(), 1u);
    EXPECT_EQ(none.items[0].code, "diag.compare_audit.no_crosswalk");
    EXPECT_EQ(none.items[0].severity, Severity::Warning);
    EXPECT_TRUE(only_principles.items.empty());
    EXPECT_EQ(only_principles.principles.size(), r.self_in.principles.size());
}

TEST(AuditCompare, TextCsvAndJsonCarryTheSameNumbers) {
    Pair p = unit_pair();
    self_level(p, "pv-05", true);
    judge(p, "pv-03", 0);
    Diagnostics d;
    AuditComparison c = compare_self_and_audit(p.self_in, p.self, p.audit_in, p.audit, d);
    std::string text = audit_comparison_text(p.self_in, p.audit_in, p.self, p.audit, c, language("sv"));
    EXPECT_NE(text.find("Två bilder av samma verksamhet"), std::string::npos) << text;
    EXPECT_NE(text.find("pv-03 Har patienterna en fast kontakt"), std::string::npos) << text;
    EXPECT_NE(text.find("självskattning 100,0 (pv-05), brukarrevision 0,0"), std::string::npos) << text;
    std::string en = audit_comparison_text(p.self_in, p.audit_in, p.self, p.audit, c, language("en"));
    EXPECT_NE(en.find("Two views of one service"), std::string::npos) << en;
    std::string csv = audit_comparison_csv(p.self_in, p.audit_in, c, language("sv"));
    EXPECT_NE(csv.find("fråga;pv-03;"), std::string::npos) << csv;
    EXPECT_NE(csv.find(";100,0;0,0;-100,0;pv-05;"), std::string::npos) << csv;
    Diagnostics pd;
    auto doc = parse_json(audit_comparison_json(p.self, p.audit, c), pd);
    ASSERT_TRUE(doc);
    EXPECT_EQ((*doc)["format"], "strategispegeln-tva-bilder");
    EXPECT_EQ((*doc)["items"][0]["audit_item"], "pv-03");
    EXPECT_EQ((*doc)["items"][0]["difference"], -100.0);
    EXPECT_EQ((*doc)["principles"].size(), p.self_in.principles.size());
}
