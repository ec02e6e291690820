// instrument_read.h — the field readers shared by the files that read an instrument
// (instrument_json.cpp, framework.cpp, version_mapping.cpp, audit_fields.cpp).
// Internal to the core: every function reports a problem as a Diagnostic with its path.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "json_read.h"
#include "text.h"

namespace spegeln {

struct SourceRef;

// Upper bounds on the parts of an instrument. A real instrument is far below
// them (the Skåne one has 45 items); they keep a hostile file from making the
// lookups by id, which are linear, add up to minutes.
inline constexpr size_t kMaxDimensions = 100;  // principles, areas, scales, sources; levels of a scale
inline constexpr size_t kMaxPerItem = 50;      // principles and actions of one item

// Reads "id", checks its form and that it is unique among `seen`.
bool read_id(const json& obj, const std::string& path, Diagnostics& diag, std::set<std::string>& seen, std::string& out,
             const char* what_code);

// Requires `name` to be an array of at most `max_size` entries; returns it or
// nullptr (with an error).
const json* array_field(const json& obj, const char* name, const std::string& path, Diagnostics& diag, bool required,
                        bool non_empty, size_t max_size = kMaxDimensions);

// Requires `name` (when present) to be an object of at most `max_size` members.
const json* object_field(const json& obj, const char* name, const std::string& path, Diagnostics& diag,
                         size_t max_size = kMaxDimensions);

bool require_object(const json& v, const std::string& path, Diagnostics& diag);

void read_source(const json& obj, const std::string& path, Diagnostics& diag, SourceRef& out, bool required);

// A list of ids (strings of the id form, each at most once) at `path`; bad entries are errors
// and left out.
std::vector<std::string> read_id_list(const json& arr, const std::string& path, Diagnostics& diag);

// Writers for instrument_to_json.
json text_json(const LocalizedText& t);
json source_json(const SourceRef& s);

}  // namespace spegeln

namespace spegeln {

struct Instrument;
struct Item;

// The optional parts of issue 8 and 9, read after the core parts (framework.cpp,
// version_mapping.cpp, audit_fields.cpp). Each checks its references against `in`.
void read_unit_kinds(const json& root, Diagnostics& diag, Instrument& in);
void read_frameworks(const json& root, Diagnostics& diag, Instrument& in);
void read_item_framework_fields(const json& v, const std::string& path, Diagnostics& diag, Item& item,
                                const Instrument& in);
// After every item is read: a target with a reason that items serve anyway.
void check_framework_targets(const Instrument& in, Diagnostics& diag);
void read_previous_versions(const json& root, Diagnostics& diag, Instrument& in);
void read_item_audit_fields(const json& v, const std::string& path, Diagnostics& diag, Item& item);

void write_framework_fields(const Instrument& in, json& root);
void write_item_framework_fields(const Item& item, json& out);
void write_previous_versions(const Instrument& in, json& root);
void write_item_audit_fields(const Item& item, json& out);

}  // namespace spegeln
