// personal_data.h — finds what looks like personal data about a person in free text.
//
// Personal data about patients does not belong in a brukarrevision, a
// self-assessment or a workshop file (issue 9). This detector finds, in any
// UTF-8 text, what looks like
//   - a Swedish personnummer: 10 or 12 digits (YYMMDDNNNC / YYYYMMDDNNNC), with or
//     without '-' or '+' before the last four ('+' = the person is 100 or older),
//     a real calendar date and a correct check digit (Luhn over the last ten);
//   - a samordningsnummer: the same with day + 60;
//   - a Swedish phone number: mobile (07x) or landline (08, 0xx, 0xxx), national
//     or with +46/0046, digits grouped by spaces or dashes;
//   - an e-mail address.
// It reports where (byte offsets), never changes the text: what to do is the
// user's choice. Numbers that only look alike are not reported: a wrong check
// digit, an impossible date, a plain date (2025-03-01), amounts (12 500 kr),
// diarienummer (Dnr 2024-000123, RS 2023/456), years and postcodes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "json_read.h"

namespace spegeln {

enum class PersonalDataKind { Personnummer, Samordningsnummer, Phone, Email };

// The machine name: "personnummer", "samordningsnummer", "telefon", "epost"
// (the CLI's JSON output and the key of its sentence, "output.personal_data.<id>").
const char* personal_data_kind_id(PersonalDataKind kind);

struct PersonalDataFinding {
    PersonalDataKind kind = PersonalDataKind::Personnummer;
    size_t start = 0;  // byte offsets into the text: [start, end)
    size_t end = 0;
};

// Every finding in `text`, in order of position, never overlapping.
// `reference_year` decides the century of a 10-digit number (the latest year not
// after it, a century earlier with '+'); 0 means the current year.
std::vector<PersonalDataFinding> find_personal_data(std::string_view text, int reference_year = 0);

// A finding in a JSON document: the path of the string it is in
// (`items[2].finding`, `quotes["pv-01"][0]`) and the offsets within that string.
struct JsonPersonalDataFinding {
    std::string path;
    PersonalDataFinding finding;
    std::string text;  // the matched text itself (for masking; never print it unmasked)
};

// Runs the detector over every string value of `doc` (object keys are names,
// not free text, and are not searched), in document order.
std::vector<JsonPersonalDataFinding> find_personal_data_in_json(const json& doc, int reference_year = 0);

// The matched text with the identifying part replaced by '*': a personnummer
// keeps its date ("19811218-****"), a phone number its area code
// ("070-*** ** **"), an e-mail address the first character of the name and the
// domain ("k****@exempel.se").
std::string mask_personal_data(std::string_view matched, PersonalDataKind kind);

// The parts of the check, for tests and for callers that hold a single number.
bool luhn_valid(std::string_view ten_digits);

}  // namespace spegeln
