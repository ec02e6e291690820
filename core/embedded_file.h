// embedded_file.h — data files compiled into the program (see cmake/embed.cmake).
#pragma once

#include <span>
#include <string_view>

namespace spegeln {

struct EmbeddedFile {
    std::string_view name;  // path below assets/, e.g. "instruments/skane-2025-sjalvskattning.json"
    std::string_view data;
};

}  // namespace spegeln
