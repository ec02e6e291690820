// source_ref.h — where in a source document something derives from.
#pragma once

#include <string>

namespace spegeln {

struct SourceRef {
    std::string document;  // id of an entry in Instrument::sources
    std::string section;   // "4.3"
    std::string detail;    // optional, e.g. "insats 2"
};

}  // namespace spegeln
