// audit_guides.h — the brukarrevision's paper guides, printed from the instrument.
//
// Interviews, focus groups and walks through the unit happen on paper, away
// from a screen. From the items' audit fields (audit_fields.h) the core makes
// four printable A4 pages: an interview guide for patients/brukare and one for
// närstående (the item's question to that informant, boxes to tick, lines for
// notes and a sheet to count all interviews together), a focus-group guide (the
// patients' questions with cells for how many answered what) and an
// observation checklist (the items' "observe"). Each begins with the
// information to read out (the instrument's consent_text) and the rules that
// keep informants anonymous, and numbers its questions with the item ids the
// team types its tallies in under afterwards (docs/audit-format.md, "Guider").
//
// The page is assets/templates/audit-guide.html.mustache with the sentences of
// assets/ui/<lang>/report.json ("html_report.guide.*"), every value escaped,
// under the same Content-Security-Policy as the reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "instrument.h"
#include "json_read.h"
#include "ui_strings.h"

namespace spegeln {

enum class GuideKind { Patient, Narstaende, Fokusgrupp, Observation };
inline constexpr GuideKind kAllGuideKinds[] = {GuideKind::Patient, GuideKind::Narstaende, GuideKind::Fokusgrupp,
                                               GuideKind::Observation};

const char* guide_kind_id(GuideKind k);  // "patient", "narstaende", "fokusgrupp", "observation"
std::optional<GuideKind> guide_kind_from_id(std::string_view id);

// One question of a guide: the item and what is read out or looked for.
struct GuideQuestion {
    const Item* item = nullptr;
    const LocalizedText* prompt = nullptr;  // the interview question, or what to observe
};

// The guide's questions in the order of the instrument's areas, then its items:
//   patient, narstaende — items with a question to that informant;
//   fokusgrupp          — items whose methods include fokusgrupp, with the patient's
//                         question (the närstående's where there is none);
//   observation         — items with something to observe.
// Items that do not apply to `unit_kind` are left out ("" = every kind).
std::vector<GuideQuestion> guide_questions(const Instrument& in, GuideKind kind, const std::string& unit_kind = "");

// Everything the template gets (docs/reports.md): "lang", "text" (the
// "html_report.guide.*" sentences as a tree) and "guide" (the page's values).
json guide_data(const Instrument& in, GuideKind kind, const UiStrings& text, const std::string& unit_kind = "");

// The guide as a self-contained HTML page in the language of `text` (a bundled
// language's whole table), or in a bundled language ("sv", "en"; an unknown
// code gives Swedish). The web app's "Skriv ut intervjuguide" and `spegeln
// guide` call these.
std::string audit_guide_html(const Instrument& in, GuideKind kind, const UiStrings& text,
                             const std::string& unit_kind = "");
std::string audit_guide_html(const Instrument& in, GuideKind kind, std::string_view lang,
                             const std::string& unit_kind = "");

}  // namespace spegeln
