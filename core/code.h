// code.h — a participant's answers as a short code to read aloud, paste in a chat or show as a QR code.
//
// "4KQ7-M2XA-9RTC-HPE3": symbols from a 31-character alphabet without look-alikes (no 0/O, 1/I/l:
// docs/code-format.md), grouped by four. The code carries which bundled instrument and
// version (an index into a fixed, append-only registry), the unit kind and core path, the date,
// a small tag from the assessment's id (so two participants with the same answers still give two
// codes), every answer's status and level, and a check symbol. The check is a weighted sum modulo
// 31, the alphabet's size and a prime: it catches every single wrong symbol and every swap of two
// neighbouring symbols. Comments, notes, the unit's name and the role are not carried.
//
// Every instrument in the registry can be encoded; the code grows with the number of items
// (about 16 symbols for the 12-item workshop instrument, 44 for the 60-item self-assessment).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "diagnostics.h"
#include "instrument.h"

namespace spegeln {

// 31 symbols, a prime: the check below relies on it.
inline constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

// One instrument version a code can name, by its place in the registry (never reordered).
struct CodeRegistryEntry {
    std::string_view instrument_id;
    std::string_view version;
};
const std::vector<CodeRegistryEntry>& code_registry();

// The code of `a` on `in` (its own version), grouped "XXXX-XXXX-…"; "" with an error in `diag`
// when the instrument version is not in the registry or the assessment cannot be carried.
std::string encode_code(const Assessment& a, const Instrument& in, Diagnostics& diag);

// The symbols of a code without spaces and dashes, upper case ("4KQ7M2XA…"), for comparing
// two codes; "" when a character is not in the alphabet.
std::string normalize_code(std::string_view code);

// Reads a code against the bundled instruments (any version in the registry). Case does not
// matter; spaces and dashes are ignored. Every problem is one diagnostic naming it: an unknown
// character, a wrong length, a failed check ("diag.code.checksum": a symbol is wrong or two have
// swapped places), an instrument or version not in the registry or not bundled, an answer value
// out of range. The assessment's id is "kod-" + the normalized code; unit name and role are empty.
std::optional<Assessment> decode_code(std::string_view code, const std::vector<Instrument>& instruments,
                                      Diagnostics& diag);

// The check symbol's value for symbol values `v` (without the check): weights 1, 2, … 30, 1, 2 …
int code_check_value(const std::vector<int>& v);
// Whether symbol values `v` (the check last) pass the check.
bool code_check_passes(const std::vector<int>& v);

}  // namespace spegeln
