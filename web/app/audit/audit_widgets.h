// audit_widgets.h — what the audit screens share: the row of the audit's
// screens with its state, a small number field, and the words for the core's
// ids (sources, informant groups, states, priorities, statuses).
#pragma once

#include <string>

#include "app_state.h"

// The audit's name, its state and the tabs of its screens; a sent audit says that its findings are locked.
void audit_nav(App& app);
// A labelled whole-number field (tallies, informants); true when the number changed.
// `spoken` names it for a screen reader where the label alone is ambiguous ("Patienter: Ja").
bool count_field(App& app, const std::string& id, const std::string& label, int& value,
                 const std::string& spoken = std::string());
// A short text field with its label above and the personal-data warning below; true when it changed.
bool audit_text_field(App& app, const std::string& id, const std::string& label, std::string& value);
// A long text field (finding, action), likewise.
bool audit_long_field(App& app, const std::string& id, const std::string& label, std::string& value,
                      float min_lines = 2.0f);

std::string state_text(const App& app, spegeln::AuditState s);
std::string source_text(const App& app, spegeln::AuditSource s);
std::string group_text(const App& app, spegeln::InformantGroup g);
std::string priority_text(const App& app, spegeln::Priority p);
std::string status_text(const App& app, spegeln::ResponseStatus s);
// The auditors' judgement in words: a scale level's label, "Inte undersökt", …; "" when not judged.
std::string judgement_text(const App& app, const spegeln::Instrument& in, const spegeln::Item& item,
                           const spegeln::Judgement& j);
