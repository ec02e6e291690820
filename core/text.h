// text.h — text in Swedish with an optional English version.
//
// Instruments are written in Swedish; English is given where the authors wrote it.
// In a file a text is either a plain string (Swedish) or {"sv": …, "en": …}.
#pragma once

#include <string>

namespace spegeln {

struct LocalizedText {
    std::string sv;
    std::string en;

    // The text in `lang` ("sv" or "en"), falling back to Swedish.
    const std::string& in(const std::string& lang) const { return lang == "en" && !en.empty() ? en : sv; }
    bool empty() const { return sv.empty() && en.empty(); }
};

}  // namespace spegeln
