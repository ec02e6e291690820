// file_io.h — the core's only contact with a file system (native builds only;
// the browser gets its bytes from the page).
#pragma once

#include <string>

#include "diagnostics.h"

namespace spegeln {

// Reads a whole file. Refuses files larger than `max_bytes` without reading
// them, so a huge file gives a clear message instead of exhausting memory.
// On failure returns false and adds one error ("diag.file.*", path "") to `diag`.
bool read_file(const std::string& path, std::string& out, Diagnostics& diag, size_t max_bytes);

bool write_file(const std::string& path, const std::string& data, Diagnostics& diag);

}  // namespace spegeln
