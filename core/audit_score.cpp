// Scoring a brukarrevision (audit.h): the auditors' judgements by the rules of
// docs/scoring.md, the items not investigated per dimension, and where users
// and staff see an item differently.
#include <algorithm>

#include "audit.h"

namespace spegeln {

Assessment audit_as_assessment(const Audit& a) {
    Assessment s;
    s.id = a.id;
    s.instrument_id = a.instrument_id;
    s.instrument_version = a.instrument_version;
    s.instrument_item_ids = a.instrument_item_ids;
    s.unit_name = a.header.unit_name;
    s.unit_kind = a.header.unit_kind;
    s.unit_kind_from_type = a.header.unit_kind_from_type;
    s.date = a.header.period_to;
    s.mode = Mode::Brukarrevision;
    for (const auto& [id, item] : a.items) {
        Answer ans;
        switch (item.judgement.status) {
            case JudgementStatus::Level:
                ans.status = AnswerStatus::Level;
                ans.level = item.judgement.level;
                break;
            case JudgementStatus::VetEj:
                ans.status = AnswerStatus::VetEj;
                break;
            case JudgementStatus::EjAktuellt:
                ans.status = AnswerStatus::EjAktuellt;
                break;
            // Not looked at: missing, like an unanswered item; counted apart (score_audit).
            case JudgementStatus::InteUndersokt:
            case JudgementStatus::Unjudged:
                break;
        }
        if (ans.status != AnswerStatus::Unanswered) s.answers[id] = ans;
    }
    return s;
}

std::optional<ItemDisagreement> item_disagreement(const std::string& item_id, const AuditItem& item) {
    Tally users, staff;
    for (const auto& [group, t] : item.tallies) {
        Tally& side = is_user_side(group) ? users : staff;
        side.ja += t.ja;
        side.delvis += t.delvis;
        side.nej += t.nej;
    }
    auto u = users.value(), s = staff.value();
    if (!u || !s) return std::nullopt;
    ItemDisagreement d{item_id, *u, *s};
    // A small tolerance: ½ written as 0.5 must count as ½ apart.
    if (d.gap() + 1e-9 < kDisagreementGap) return std::nullopt;
    return d;
}

AuditScore score_audit(const Instrument& in, const Audit& a) {
    AuditScore out;
    out.report = score_assessment(in, audit_as_assessment(a));
    for (const auto& [id, item] : a.items) {
        if (!in.find_item(id)) continue;
        if (item.judgement.status == JudgementStatus::InteUndersokt) ++out.not_investigated;
        if (auto d = item_disagreement(id, item)) out.disagreements.push_back(*d);
    }
    std::stable_sort(out.disagreements.begin(), out.disagreements.end(),
                     [](const ItemDisagreement& x, const ItemDisagreement& y) { return x.gap() > y.gap(); });
    auto count = [&](const std::string& item_id, AuditDimension& dim) {
        const AuditItem* item = a.find_item(item_id);
        if (!item) return;
        if (item->judgement.status == JudgementStatus::InteUndersokt) ++dim.not_investigated;
        if (item_disagreement(item_id, *item)) ++dim.disagreements;
    };
    for (const auto& ds : out.report.principles) {
        AuditDimension dim{ds, 0, 0};
        for (const auto& item : in.items)
            if (item.weight_for(ds.id) > 0) count(item.id, dim);
        out.principles.push_back(dim);
    }
    for (const auto& ds : out.report.areas) {
        AuditDimension dim{ds, 0, 0};
        for (const auto& item : in.items)
            if (item.area == ds.id) count(item.id, dim);
        out.areas.push_back(dim);
    }
    return out;
}

}  // namespace spegeln
