// json_read.h — reading untrusted JSON without exceptions.
//
// Strategispegeln runs in the browser, where a C++ throw aborts the whole app
// (Emscripten's default), so the core never lets nlohmann::json throw: text is
// checked for size, UTF-8 and nesting depth, then parsed through a SAX handler
// that records the error instead of throwing, and every field is read through
// the typed helpers below, which report a wrong type with its JSON path.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostics.h"
#include "file_io.h"  // kMaxDocumentBytes, the one size limit
#include "text.h"

namespace spegeln {

using json = nlohmann::ordered_json;

// Limits that keep hostile files from exhausting memory or the stack. Besides
// the size (kMaxDocumentBytes), the number of values is capped: a 16 MiB file of
// tiny values ("[[],[],…]") would otherwise become several million nodes and
// close to a gigabyte in memory. A real assessment or instrument has a few
// thousand values; docs/performance.md has the measured peaks.
inline constexpr int kMaxNestingDepth = 64;
inline constexpr size_t kMaxJsonValues = 250000;

// Parses `text` as one JSON document. On failure returns nullopt and adds one
// error that says what is wrong and where (line and column as its first two
// parameters, for "diag.json.*" codes about the text itself). A UTF-8 byte-order
// mark is skipped; text in UTF-16 or UTF-32 is refused as such (with or without
// a byte-order mark), not as bytes JSON does not allow.
std::optional<json> parse_json(std::string_view text, Diagnostics& diag);

// JSON paths as users see them: `items[3].principles[0].weight`, `answers["pc-03"]`.
std::string path_member(const std::string& base, std::string_view name);
std::string path_key(const std::string& base, std::string_view key);
std::string path_index(const std::string& base, size_t index);

// A short, printable, quoted form of any string for messages (escapes control
// characters and quotes, shortens very long strings).
std::string quote_for_message(std::string_view s);

// A short description of a JSON value as a diagnostic parameter: `7`, `"abc"`,
// or for a list or an object the key of its type name ("diag.type.array").
std::string describe_value(const json& v);

// The translation key of the JSON type's name: "diag.type.string" ("en text",
// "a string"), "diag.type.number", … (assets/ui/<lang>/diagnostics.json).
std::string type_code(const json& v);

// Typed field readers. Each returns false (and adds an error naming the path)
// when the field is present with the wrong type, or missing while required.
bool read_string(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, std::string& out,
                 bool required);
bool read_text(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, LocalizedText& out,
               bool required);
// A text value itself (a string, or {"sv": …, "en": …}) at `path`.
bool read_text_value(const json& v, const std::string& path, Diagnostics& diag, LocalizedText& out,
                     bool allow_empty = false);
bool read_number(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, double& out,
                 bool required);
bool read_integer(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, long long& out,
                  bool required);

// The head every Strategispegeln document starts with: a JSON object whose
// "format" names its kind and whose "format_version" is one this build reads.
struct DocumentKind {
    std::string_view format;                  // "strategispegeln-assessment"
    long long newest_version = 1;             // the newest format_version this build reads
    const char* not_object = nullptr;         // code when the text is JSON but not an object
    const char* wrong_format = nullptr;       // code when "format" names another kind
    const char* instrument_format = nullptr;  // code when it names an instrument (nullptr: wrong_format)
};

// Parses `text` and checks its head. Returns nullopt (errors in `diag`) when it
// is not JSON, not an object or another kind of document. A missing format, a
// missing, newer or invalid format_version is an error in `diag` too, but the
// object is returned, so the reader reports every other problem at once.
std::optional<json> read_document_head(std::string_view text, const DocumentKind& kind, Diagnostics& diag);

// Whether `s` is valid UTF-8; `bad_offset` receives the first bad byte.
bool is_valid_utf8(std::string_view s, size_t* bad_offset = nullptr);

// Serialises with two-space indentation; invalid UTF-8 (which cannot come from
// a parsed file, but could from a caller) is replaced instead of throwing.
std::string dump_json(const json& j, int indent = 2);

}  // namespace spegeln
