// report_html.h — the printable, self-contained HTML report.
//
// The report is a template, assets/templates/report.html.mustache, filled by
// core/mustache.cpp (which HTML-escapes every value) from one data object: the
// score document of `spegeln score --format json` (docs/output-json.md) plus
// the report's own, already formatted and translated values, and its sentences
// from assets/ui/<lang>/report.json. A region rewords the report or adds its
// logo by editing those files, not C++ (docs/reports.md). The document carries
// a Content-Security-Policy that allows no script and no network at all.
//
// The same function writes the web app's HTML export and `spegeln score
// --format html`, so both give the same bytes for the same input and language.
#pragma once

#include <string>
#include <string_view>

#include "assessment.h"
#include "instrument.h"
#include "json_read.h"
#include "scoring.h"
#include "translations.h"
#include "ui_strings.h"
#include "views.h"

namespace spegeln {

// Text made safe for HTML element content and quoted attributes; control
// characters other than newline and tab become spaces.
std::string html_escape(std::string_view s);

// Everything the report template gets (docs/reports.md): the score document
// with "lang", "text" (the report's sentences from `text`, keys without their
// "html_report." prefix, split at dots) and "report" (formatted values).
json report_data(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& text,
                 const ScoredView* view = nullptr);

// The sentences of `ui` whose keys start with `prefix` as a tree for a
// template: "html_report.about.caption" → {"about": {"caption": …}}.
json report_text_tree(const UiStrings& ui, std::string_view prefix);

// Renders `tmpl` with `data` (JSON: objects, arrays, strings, numbers, bools;
// null counts as false). False with the parser's message in `error` when the
// template itself is malformed; data alone can never make it fail.
bool render_template(std::string_view tmpl, const json& data, std::string& out, std::string& error);

// The report in the language whose texts `text` holds (its "html_report.lang").
// With `view`, the report adds that view's targets (views.h).
std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& text,
                        const ScoredView* view = nullptr);
// The report in a bundled language ("sv", "en"); an unknown code gives Swedish.
std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r,
                        std::string_view lang = kDefaultLanguage, const ScoredView* view = nullptr);

}  // namespace spegeln
