// output_common.h — small helpers shared by the text, JSON and CSV writers.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include "assessment.h"
#include "instrument.h"
#include "number_format.h"
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

// Words for people from one translation table, as the text, CSV and report
// writers use them: its sentences (keys after `prefix`), numbers in its style,
// instrument texts in its content language.
struct Words {
    const UiStrings& t;
    NumberStyle num;
    std::string lang;
    std::string prefix;

    explicit Words(const UiStrings& table, std::string key_prefix = "");
    const std::string& operator()(const std::string& key) const;  // the sentence at prefix + key
    std::string format(const std::string& key, std::initializer_list<std::string> args) const;
    std::string score(const std::optional<double>& v) const;  // "42,5", "–" when none
    std::string num1(const std::optional<double>& v) const;   // "42,5", "" when none
    std::string percent(double fraction) const;               // "75 %"
    std::string yes_no(bool b) const;                         // out.yes / out.no
    // A principle's or area's title; the overall score's name for kOverallId.
    std::string title(const Instrument& in, DimensionKind kind, const std::string& id) const;
};

}  // namespace spegeln
