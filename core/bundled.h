// bundled.h — the instruments and UI strings that ship inside every build.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

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

// The bundled instrument with this id, if any.
std::optional<Instrument> bundled_instrument(std::string_view id);

}  // namespace spegeln
