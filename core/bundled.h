// bundled.h — the instruments and UI strings that ship inside every build.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "embedded_file.h"
#include "instrument.h"

// Generated from assets/ at build time.
std::span<const spegeln::EmbeddedFile> spegeln_bundled_assets();

namespace spegeln {

// The bytes of a bundled asset ("ui/sv.json"); empty when there is none.
std::string_view bundled_asset(std::string_view name);

// Every bundled instrument, loaded and validated (the build's tests guarantee
// they are valid; an invalid one would be skipped and reported in `diag`).
std::vector<Instrument> bundled_instruments(Diagnostics* diag = nullptr);

// The newest bundled version (by version_order) of the instrument with this id, if any.
// Earlier versions ship in assets/instruments/archive/, so assessments made on them still
// open and score on their own version.
std::optional<Instrument> bundled_instrument(std::string_view id);
// The bundled instrument with this id and exactly this version, if any.
std::optional<Instrument> bundled_instrument(std::string_view id, std::string_view version);
// The instrument an assessment is scored on: its own version when bundled, else the newest.
std::optional<Instrument> bundled_instrument_for(const Assessment& a);

}  // namespace spegeln
