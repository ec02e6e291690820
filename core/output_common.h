// output_common.h — small helpers shared by the text, JSON and CSV writers.
#pragma once

#include <string>

#include "assessment.h"
#include "instrument.h"
#include "scoring.h"

namespace spegeln {

class UiStrings;

// Swedish name of an answer's status: "besvarad", "vet ej", "ej aktuellt", "obesvarad".
// (The HTML report still uses the Swedish-only forms; everything else takes a table.)
const char* status_label_sv(AnswerStatus s);
// The same from a translation table (keys "out.status.*" of assets/ui/<lang>/output.json).
const std::string& status_label(AnswerStatus s, const UiStrings& t);
// Machine name used in JSON output: "level", "vet-ej", "ej-aktuellt", "unanswered".
const char* status_id(AnswerStatus s);
// The label of an item's answer as a user sees it: "3 – Genomfört", "Vet ej", "".
std::string answer_label(const Instrument& in, const Item& item, const Answer* ans);
// The same in the language of `t`: its words, and the scale's label in that language.
std::string answer_label(const Instrument& in, const Item& item, const Answer* ans, const UiStrings& t);
// The key of a change kind's name (version_mapping.h): "out.change.split", …
const char* change_key(ChangeKind k);
// Text padded with spaces to `width` characters (UTF-8 aware), or cut with "…".
std::string pad_right(const std::string& s, size_t width);
std::string pad_left(const std::string& s, size_t width);
size_t display_width(const std::string& s);
// User text made safe for a terminal: control characters (escape sequences,
// carriage returns) become spaces, so a hostile name cannot rewrite the screen.
std::string terminal_safe(const std::string& s);

}  // namespace spegeln
