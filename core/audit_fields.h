// audit_fields.h — what an item says about how a brukarrevision gathers its evidence.
//
// Optional on any item (docs/instrument-format.md): whose experience is the evidence,
// which audit methods suit it, the interview question per informant, what to observe,
// which documents to read, and which items of another instrument ask the same thing
// (the crosswalk `spegeln compare SELF AUDIT` uses).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "text.h"

namespace spegeln {

// The informants an item may be asked of, and the audit methods, as the format names them.
const std::vector<std::string>& audit_roles();    // patient, narstaende, personal, ledning
const std::vector<std::string>& audit_methods();  // intervju-patient, …, samtal-ledning

struct ItemAudit {
    std::vector<std::string> asked_of;
    std::vector<std::string> methods;
    std::vector<std::pair<std::string, LocalizedText>> question;  // by role
    LocalizedText observe;
    LocalizedText documents;
    std::vector<std::pair<std::string, std::vector<std::string>>> crosswalk;  // instrument id → item ids

    bool empty() const {
        return asked_of.empty() && methods.empty() && question.empty() && observe.empty() && documents.empty() &&
               crosswalk.empty();
    }
};

struct Instrument;
struct Diagnostics;

// Checks that every item id `from`'s crosswalk names for `target`'s instrument id exists in
// `target` (the version the crosswalk is written against: the newest bundled one). Crosswalks
// to other instrument ids are left alone.
void check_crosswalk(const Instrument& from, const Instrument& target, Diagnostics& diag);

}  // namespace spegeln
