// audit_compare.h — two views of one unit: its self-assessment (the staff's
// view) beside a brukarrevision of it (the users' view, as the auditors judged
// it), per principle on the same 0–100 basis, and item by item where the
// brukarrevision instrument's crosswalk (audit_fields.h) names the
// self-assessment items that ask the same thing — the items where the two
// views lie furthest apart first (docs/audit-format.md, "Två bilder").
//
// Both sides are scored by their own instrument and the rules of
// docs/scoring.md; the difference is always audit − self, so a minus means the
// users see the unit as worse than its staff do.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "audit.h"
#include "diagnostics.h"
#include "instrument.h"
#include "ui_strings.h"

namespace spegeln {

struct SidesScore {
    std::string id;  // principle id; kOverallId for the overall score
    std::optional<double> self;
    std::optional<double> audit;
    std::optional<double> difference;  // audit − self, when both exist
};

// One audit item beside the self-assessment items its crosswalk names.
struct ItemSides {
    std::string audit_item;
    std::vector<std::string> self_items;  // those the self-assessment's instrument has
    std::optional<double> self;           // 0–100: mean of those items' answers that have a level
    std::optional<double> audit;          // 0–100: the auditors' judgement
    std::optional<double> users;          // 0–100: patients' and närståendes tallies (ja 1, delvis ½)
    std::optional<double> difference;     // audit − self, when both exist
};

struct AuditComparison {
    std::vector<SidesScore> principles;  // the self-assessment instrument's principles, in its order
    SidesScore overall;
    // Every audit item with a crosswalk to the self-assessment: the largest
    // difference first, then (ties and items without one) in the audit instrument's order.
    std::vector<ItemSides> items;
};

// Warnings: the files name different units; the audit's instrument has no
// crosswalk to the self-assessment's; the crosswalk names items the
// self-assessment's version does not have (they are left out).
AuditComparison compare_self_and_audit(const Instrument& self_in, const Assessment& self, const Instrument& audit_in,
                                       const Audit& audit, Diagnostics& diag);

// The comparison as JSON (keys not translated), CSV (Swedish Excel) and text.
std::string audit_comparison_json(const Assessment& self, const Audit& audit, const AuditComparison& c);
std::string audit_comparison_csv(const Instrument& self_in, const Instrument& audit_in, const AuditComparison& c,
                                 const UiStrings& t);
std::string audit_comparison_text(const Instrument& self_in, const Instrument& audit_in, const Assessment& self,
                                  const Audit& audit, const AuditComparison& c, const UiStrings& t);

}  // namespace spegeln
