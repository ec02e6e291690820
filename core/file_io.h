// file_io.h — the core's only contact with a file system (native builds only;
// the browser gets its bytes from the page).
#pragma once

#include <string>

namespace spegeln {

// Reads a whole file. Refuses files larger than `max_bytes` without reading
// them, so a huge file gives a clear message instead of exhausting memory.
// On failure returns false and puts a Swedish sentence in `error`.
bool read_file(const std::string& path, std::string& out, std::string& error, size_t max_bytes);

bool write_file(const std::string& path, const std::string& data, std::string& error);

}  // namespace spegeln
