// ids.h — the one rule for ids, the ids the outputs reserve, and the one UUID.
//
// Instruments name their principles, areas, scales, items and sources by id;
// assessments carry an id that also names their file in the app's storage
// ("assessment-<id>.json"). Both follow the same rule, checked only here, so a
// file the CLI accepts is one the app can store. Random ids are UUIDs (version 4,
// RFC 4122 §4.4); the platforms supply the random bytes (web/app/platform.h), the
// core sets the version bits and formats them.
#pragma once

#include <string>
#include <string_view>

namespace spegeln {

inline constexpr size_t kMaxIdLength = 64;

// 1–64 characters a–z, A–Z, 0–9, '-', '_' and '.' (docs/instrument-format.md).
bool is_valid_id(std::string_view id);

// The id the outputs give the total ("overall" in docs/output-json.md and in
// the CSV): no principle or area may have it, whatever its case.
inline constexpr const char* kOverallId = "overall";
bool is_reserved_id(std::string_view id);

// "xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx" from 16 random bytes (N is 8, 9, a or b).
std::string uuid_v4(const unsigned char (&random_bytes)[16]);

}  // namespace spegeln
