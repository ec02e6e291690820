// audit_actions.h — the brukarrevision: start, open, import and migrate an
// audit, edit it through the core's edits (core/audit.h: they refuse every
// change of the findings once the audit is sent), move it through its states,
// export its report and start a follow-up. Every change is saved at once
// (audit_commit). Uses document.h and messages.h; library_actions.h calls
// here (the start form, the saved list, import), never the other way round.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"

// ---- Opening and saving ----
// The open audit's instrument (its own version when bundled), or nullptr.
const spegeln::Instrument* audit_instrument(const App& app);
// Opens `a` (of App::instruments[instrument]) on `screen`; nothing is saved.
void open_audit(App& app, spegeln::Audit a, int instrument, Screen screen);
// Stamps, saves ("audit-<id>.json") and rescores the open audit.
bool audit_commit(App& app);
// A new audit of the unit in `form` (instrument, unit name and kind, the period's first day).
bool act_start_audit(App& app, int instrument, const std::string& unit_name, const std::string& unit_kind,
                     const std::string& from_date);
bool act_open_audit(App& app, const std::string& id);
bool act_delete_audit(App& app, const std::string& id);
// An audit file the user picked: added when it loads and validates against its
// bundled instrument; otherwise the core's diagnostics are shown and nothing changes.
bool act_import_audit(App& app, const std::string& file_name, const std::string& bytes);
// An assessment of the older brukarrevision mode as a new audit file; the
// assessment itself is kept as it was. Opens the audit; warnings are shown.
bool act_migrate_assessment(App& app, const spegeln::Assessment& old);
// A new audit that follows the open one (sent or later), with its recommendations and their status.
bool act_start_follow_up(App& app);

// ---- Editing (refused, with an error, once the findings are locked) ----
bool act_audit_set_header(App& app, spegeln::AuditHeader header);
bool act_audit_set_method(App& app, std::vector<spegeln::MethodEntry> method);
bool act_audit_set_tally(App& app, const std::string& item_id, spegeln::InformantGroup group, spegeln::Tally t);
bool act_audit_set_judgement(App& app, const std::string& item_id, spegeln::Judgement j);
bool act_audit_set_finding(App& app, const std::string& item_id, const std::string& text);
bool act_audit_add_quote(App& app, const std::string& item_id);  // the item's quote draft
bool act_audit_remove_quote(App& app, const std::string& item_id, size_t index);
// A new, empty recommendation (priority medel); returns its id, "" when refused.
std::string act_audit_add_recommendation(App& app);
bool act_audit_put_recommendation(App& app, spegeln::Recommendation r);
bool act_audit_remove_recommendation(App& app, const std::string& id);
// The unit's response to one recommendation, from its draft (AuditView::response_drafts).
// False, with the core's reason in `problem`, while the draft is not complete.
bool act_audit_set_response(App& app, const std::string& recommendation_id, std::string* problem = nullptr);

// ---- States ----
// Asks to confirm sending (Modal::AuditSend); act_audit_advance does it.
void act_audit_ask_send(App& app);
// One step on (skickad, svar-mottaget, uppföljd) dated today; the core's reason is shown when refused.
bool act_audit_advance(App& app, spegeln::AuditState to);

// ---- Items screen ----
// Items of area `area` that the audit's unit kind is asked, in instrument order.
std::vector<const spegeln::Item*> audit_area_items(const App& app, int area);
void act_audit_go_area(App& app, int area);
void act_audit_toggle_guide(App& app, const std::string& item_id);

// ---- Export (each passes the personal-data dialog first) ----
// Two views of one unit: the saved self-assessment `saved_id` beside the open audit, per
// principle and item through the crosswalk (core audit_compare.h); "" clears it.
bool act_audit_two_views(App& app, const std::string& saved_id);
bool act_export_audit_file(App& app);         // the audit itself, JSON: the durable copy
bool act_export_audit_html(App& app);         // the report, as `spegeln report --format html`
bool act_export_audit_csv(App& app);          // … --format csv
bool act_export_audit_report_json(App& app);  // … --format json
// "<unit>-<from>-brukarrevision.<ext>"
std::string audit_file_name(const spegeln::Audit& a, const std::string& ext);
