// output.h — results written for people and for other programs.
//
//  * text: readable text for a terminal (`spegeln score`, `aggregate`, `compare`);
//  * json: the documented machine format (docs/output-json.md), full precision;
//  * csv:  for Excel — UTF-8 with BOM, for Swedish ';' and a decimal comma, for
//          English ',' and a decimal point; cells starting with = + - @
//          neutralised against formula injection.
// Text and CSV take every word from a translation table (assets/ui/<lang>/output.json,
// loaded with load_bundled_language); JSON is the same in every language.
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
#include "version_compare.h"
#include "views.h"

namespace spegeln {

enum class OutputFormat { Text, Json, Csv };

class UiStrings;

// With `view` (views.h) the outputs add that view's targets and overall score; text shows it in
// place of the principles and areas unless it is "principer".
std::string score_text(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& t,
                       const ScoredView* view = nullptr);
std::string score_json(const Instrument& in, const Assessment& a, const ScoreReport& r,
                       const ScoredView* view = nullptr);
// The document score_json writes, as JSON; the HTML report's data starts from it.
json score_document(const Instrument& in, const Assessment& a, const ScoreReport& r, const ScoredView* view = nullptr);
std::string score_csv(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& t,
                      const ScoredView* view = nullptr);

// The view's name in `lang`: the framework's title, or the words "out.view.principer" / "out.view.omraden".
std::string view_title(const View& view, const UiStrings& t);

// With `view` (`spegeln aggregate --view`) the outputs add the view's targets and overall score.
std::string aggregate_text(const Instrument& in, const AggregateReport& r, const UiStrings& t,
                           const AggregatedView* view = nullptr);
std::string aggregate_json(const Instrument& in, const AggregateReport& r, const AggregatedView* view = nullptr);
std::string aggregate_csv(const Instrument& in, const AggregateReport& r, const UiStrings& t,
                          const AggregatedView* view = nullptr);

std::string compare_text(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c,
                         const UiStrings& t);
std::string compare_json(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c);
std::string compare_csv(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c,
                        const UiStrings& t);

// A comparison across instrument versions (version_compare.h): what was compared, item by item
// or as a group, and what was not.
std::string version_compare_text(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                 const VersionComparison& c, const UiStrings& t);
std::string version_compare_json(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                 const VersionComparison& c);
std::string version_compare_csv(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                const VersionComparison& c, const UiStrings& t);

// The handlingsplan (plan.h), one row per action, its words from `t` ("plan.*"): the action's
// items with their current answers, what will be done, who, when, how it is followed up, the
// status and, for a carried action, the status the earlier round left it in.
struct PlanRow {
    std::string id, items, answers, what, insats, own_action, responsible, due, follow_up, status, earlier_status,
        unmapped;
};
std::vector<PlanRow> plan_rows(const Instrument& in, const Assessment& a, const UiStrings& t);
std::string plan_text(const Instrument& in, const Assessment& a, const UiStrings& t);
std::string plan_csv(const Instrument& in, const Assessment& a, const UiStrings& t);
// JSON (docs/output-json.md, "Handlingsplan"): the same in every language; item values 0–100.
json plan_document(const Instrument& in, const Assessment& a, const ScoreReport& r);
std::string plan_json(const Instrument& in, const Assessment& a, const ScoreReport& r);

// The traceability matrix (coverage.h) as text for a terminal.
std::string coverage_text(const Instrument& in, const UiStrings& t);

// Diagnostics as JSON, for `spegeln validate --format json`: severity, path,
// code and args (the same in every language) and the message rendered from `t`.
json diagnostics_json(const Diagnostics& d, const UiStrings& t);

// Display names: "Personcentrering", "4.3 Tillgänglig och likvärdig primärvård";
// the instrument's text in `lang` where it has one, else Swedish.
std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id, const std::string& lang);
std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id);

// The key of a mode's name: "out.mode.workshop".
const char* mode_key(Mode m);

// The language of the instrument texts to show with a table ("sv", "en"): its
// key "out.content_language", else Swedish.
std::string content_language(const UiStrings& t);

}  // namespace spegeln
