// audit_report.h — the brukarrevisionsrapport: the report of an audit as JSON,
// CSV (for Swedish or English Excel) and a printable, self-contained HTML page.
//
// All three are built from one document (audit_report_document): the summary
// per principle and insatsområde on the 0–100 basis with coverage and the items
// not investigated, the method, the findings per item with what each group of
// informants said, the items where users and staff disagree, the
// recommendations by priority with the unit's response, and for a follow-up the
// earlier recommendations and what changed. The HTML is the template
// assets/templates/audit-report.html.mustache with the sentences of
// assets/ui/<lang>/report.json ("html_report.audit.*"), every value escaped, under
// the same Content-Security-Policy as the self-assessment report.
#pragma once

#include <string>

#include "audit.h"
#include "instrument.h"
#include "json_read.h"
#include "ui_strings.h"

namespace spegeln {

// The machine-readable report (keys are not translated; docs/audit-format.md).
json audit_report_document(const Instrument& in, const Audit& a, const AuditScore& s);
std::string audit_report_json(const Instrument& in, const Audit& a, const AuditScore& s);

// One row per principle, area, item and recommendation; words from output.json.
std::string audit_report_csv(const Instrument& in, const Audit& a, const AuditScore& s, const UiStrings& t);

// The HTML report in the language of `text` (a bundled language's whole table).
std::string audit_report_html(const Instrument& in, const Audit& a, const AuditScore& s, const UiStrings& text);

}  // namespace spegeln
