// personal_data_scan.h — the core's personal-data detector (core/personal_data.h)
// over what a person typed into the app, said in the UI's language: what was
// found (masked) and where (which field of which item). Used by the inline
// warning under every free-text field (personal_data_warning.h) and by the
// dialog every export passes first. Nothing is changed or blocked here: the
// user decides.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"
#include "personal_data.h"

struct PersonalDataHit {
    std::string where;  // "Kommentar, fråga pc-01"
    std::string what;   // "personnummer 19811218-****"
};

// What one finding in `text` is, masked: "personnummer 19811218-****".
std::string personal_data_what(const App& app, const std::string& text, const spegeln::PersonalDataFinding& f);
// Every finding in `text`, each said to be in `where`, appended to `out`.
void personal_data_in_text(const App& app, const std::string& where, const std::string& text,
                           std::vector<PersonalDataHit>& out);
// Every free-text field of a self-assessment (unit, role, comments, notes) or an audit.
std::vector<PersonalDataHit> personal_data_in_assessment(const App& app, const spegeln::Assessment& a);
std::vector<PersonalDataHit> personal_data_in_audit(const App& app, const spegeln::Audit& a);

// Before an export named `export_id` ("assessment.json", "audit.html", …): true when it
// may go ahead (nothing found, or the user chose "Exportera ändå" for it). Otherwise the
// personal-data dialog opens with one line per finding and the export waits for the
// user's choice (screen_modals.cpp runs it again after "Exportera ändå").
bool personal_data_export_ok(App& app, const std::string& export_id, const std::vector<PersonalDataHit>& hits);
