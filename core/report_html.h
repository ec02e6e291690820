// report_html.h — the printable, self-contained HTML report.
//
// One file with its own CSS, no scripts and no external resources: it can be
// saved, mailed and printed (A4). Semantic headings and tables with captions and
// header cells so a screen reader can follow it; lang="sv". Every string a user
// entered is HTML-escaped.
#pragma once

#include <string>
#include <string_view>

#include "assessment.h"
#include "instrument.h"
#include "scoring.h"

namespace spegeln {

std::string html_escape(std::string_view s);

std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r);

}  // namespace spegeln
