// output.h — results written for people and for other programs.
//
//  * text: readable Swedish for a terminal (`spegeln score`, `aggregate`, `compare`);
//  * json: the documented machine format (docs/output-json.md), full precision;
//  * csv:  for Swedish Excel — UTF-8 with BOM, ';' separator, decimal comma, and
//          cells starting with = + - @ neutralised against formula injection.
// The printable HTML report is in report_html.h.
#pragma once

#include <string>
#include <vector>

#include "aggregate.h"
#include "assessment.h"
#include "compare.h"
#include "diagnostics.h"
#include "instrument.h"
#include "json_read.h"
#include "scoring.h"

namespace spegeln {

enum class OutputFormat { Text, Json, Csv };

std::string score_text(const Instrument& in, const Assessment& a, const ScoreReport& r);
std::string score_json(const Instrument& in, const Assessment& a, const ScoreReport& r);
// The document score_json writes, as JSON; the HTML report's data starts from it.
json score_document(const Instrument& in, const Assessment& a, const ScoreReport& r);
std::string score_csv(const Instrument& in, const Assessment& a, const ScoreReport& r);

std::string aggregate_text(const Instrument& in, const AggregateReport& r);
std::string aggregate_json(const Instrument& in, const AggregateReport& r);
std::string aggregate_csv(const Instrument& in, const AggregateReport& r);

std::string compare_text(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c);
std::string compare_json(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c);
std::string compare_csv(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c);

// Diagnostics as JSON, for `spegeln validate --format json`.
json diagnostics_json(const Diagnostics& d);

// Display names: "Personcentrering", "4.3 Tillgänglig och likvärdig primärvård".
std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id);

}  // namespace spegeln
