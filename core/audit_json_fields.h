// audit_json_fields.h — the fields of a brukarrevision file that this version
// knows, shared by its reader (audit_json.cpp) and writer (audit_json_write.cpp):
// every other field is kept as it was and written back. Internal to the core.
#pragma once

#include <set>
#include <string>

namespace spegeln::audit_fields {

inline const std::set<std::string> kTopFields = {
    "format", "format_version",  "id",       "instrument", "state",   "history", "header", "method",
    "items",  "recommendations", "previous", "notes",      "created", "modified"};
inline const std::set<std::string> kInstrumentFields = {"id", "version", "item_ids"};
inline const std::set<std::string> kHeaderFields = {
    "verksamhet",         "period", "association", "auditors", "show_names", "unit_contact_role", "informants_informed",
    "voluntary_explained"};
inline const std::set<std::string> kUnitFields = {"name", "unit_kind", "type"};
inline const std::set<std::string> kAuditorFields = {"role", "name"};
inline const std::set<std::string> kMethodFields = {"source", "informants", "occasions", "dates", "note"};
inline const std::set<std::string> kItemFields = {"tallies", "level", "status", "finding", "quotes"};
inline const std::set<std::string> kRecommendationFields = {"id", "text", "items", "priority", "response"};
inline const std::set<std::string> kResponseFields = {"action", "responsible_role", "date", "status", "reason"};
inline const std::set<std::string> kPreviousFields = {"audit_id", "period", "recommendations", "judgements"};

}  // namespace spegeln::audit_fields
