// group_report.h — the printable, self-contained HTML report of a group: the
// participants of a workshop who assessed the same case with one instrument.
//
// Built like the self-assessment report (report_html.h): the template
// assets/templates/group-report.html.mustache, filled by core/mustache.cpp
// (which HTML-escapes every value), with the sentences of
// assets/ui/<lang>/report.json ("html_report.group.*") and the same
// Content-Security-Policy: no script, nothing fetched.
//
// No participant is named: each score is a dot without a label, and the dots
// are drawn in score order, never in file order. Below the anonymity threshold
// (aggregate.h) the report holds only who-what-when and a note, no results.
// `spegeln aggregate FILES… --format html` and the web app's group export
// write the same bytes for the same files and language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "aggregate.h"
#include "assessment.h"
#include "instrument.h"
#include "json_read.h"
#include "translations.h"
#include "ui_strings.h"

namespace spegeln {

// Everything the template gets: "lang", "text" (the html_report.group.*
// sentences as a tree) and "report" (formatted values). All assessments must
// be of `in` (check_against_instrument beforehand).
json group_report_data(const Instrument& in, const std::vector<Assessment>& members, const UiStrings& text);

// The report in the language whose texts `text` holds.
std::string group_report_html(const Instrument& in, const std::vector<Assessment>& members, const UiStrings& text);
// The report in a bundled language ("sv", "en"); an unknown code gives Swedish.
std::string group_report_html(const Instrument& in, const std::vector<Assessment>& members,
                              std::string_view lang = kDefaultLanguage);

}  // namespace spegeln
