// audit_state.h — what the brukarrevision mode owns: the open audit, its
// instrument and score, where the user is on its screens, the drafts that are
// not yet valid enough for the core (a response whose date is half typed), and
// the saved audits. Plain data; changed through audit_actions.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit.h"
#include "audit_compare.h"

// One line of the saved-audits list, read from storage ("audit-<id>.json").
struct SavedAudit {
    std::string id;
    std::string storage_name;
    std::string unit_name;
    std::string period_from, period_to;
    spegeln::AuditState state = spegeln::AuditState::Utkast;
    bool follow_up = false;  // started from an earlier audit
    int judged = 0;          // items with a judgement
    std::string modified;
    bool readable = true;  // false: the stored file did not load (shown, not openable)
};

struct AuditView {
    std::optional<spegeln::Audit> current;
    int instrument = -1;                              // index into App::instruments
    spegeln::AuditScore score;                        // recomputed after every change
    int area = 0;                                     // the items screen shows one area at a time
    std::vector<std::string> guide_shown;             // items whose interview questions are expanded
    std::map<std::string, std::string> quote_drafts;  // per item: the quote being written
    // Per method source: the dates as typed ("2026-03-09, 2026-03-10"); only
    // valid dates reach the audit, the rest are pointed out under the field.
    std::map<std::string, std::string> date_drafts;
    // Per recommendation: the unit's response as typed; handed to the core
    // whenever it is complete enough (a reason for avböjd, a valid date).
    std::map<std::string, spegeln::Response> response_drafts;
    std::map<std::string, std::string> response_problems;  // what the core said is missing in a draft
    std::vector<SavedAudit> saved;                         // newest change first
    // Two views of the unit (panel_two_views.cpp): a saved self-assessment beside this audit.
    std::string two_views_self;  // its saved id; "" = none chosen
    std::optional<spegeln::AuditComparison> two_views;
    std::vector<std::string> two_views_warnings;  // the core's warnings, as sentences
};
