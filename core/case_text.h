// case_text.h — the bundled fictional case (assets/cases/*.md) that a workshop assesses when
// the group has no case of its own: read into sections for the app, and as a printable page.
//
// The case files use a small part of Markdown: "# " the title, "## " a section heading,
// blank lines between paragraphs. Nothing else is interpreted; every text is escaped in HTML.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spegeln {

struct CaseSection {
    std::string heading;                  // "" for the text before the first "## "
    std::vector<std::string> paragraphs;  // lines of a paragraph joined by a space
};

struct CaseText {
    std::string id;     // the file name without folder and ".md": "vardcentral-ekbacken"
    std::string title;  // from "# "
    std::vector<CaseSection> sections;
};

CaseText parse_case(std::string_view id, std::string_view markdown);

// Every case bundled with the program (assets/cases/), in file order.
std::vector<CaseText> bundled_cases();
// The case to offer with an instrument: the workshop instrument's case, if any.
std::optional<CaseText> case_for_instrument(std::string_view instrument_id);

// A standalone HTML page for printing on A4 (no scripts, no outside resources), `lang` "sv"/"en".
std::string case_html(const CaseText& c, std::string_view lang);

}  // namespace spegeln
