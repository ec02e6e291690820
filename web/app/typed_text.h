// typed_text.h — what a person typed or pasted, as the app keeps it: without the
// blanks and line ends around it (a name copied from an e-mail, a code from a chat).
#pragma once

#include <string>

inline std::string trim_typed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    const size_t e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}
