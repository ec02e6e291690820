// fuzz_check.h — what every fuzz target in tests/fuzz/ shares.
//
// A target states properties of the core's readers and writers; a broken one
// must crash so that libFuzzer saves the input. abort() is what libFuzzer (and
// CTest's run of tests/fuzz/regressions/) sees as a failure.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "diagnostics.h"

namespace fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz property broken: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

inline void check(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

// A reader that refuses must say why (docs/ promise a message with a path for
// every rejected file); one that accepts must not have recorded an error.
template <typename T>
void check_result(const T& result, const spegeln::Diagnostics& diag, const char* reader) {
    if (result) {
        if (diag.has_errors()) fail(reader, "accepted the input but recorded an error");
    } else if (!diag.has_errors()) {
        fail(reader, "refused the input without an error");
    }
}

// Splits "<first>\n#--#\n<second>" for targets that read two documents (an
// instrument and an assessment); without the separator, all is `second`.
inline void split_two(std::string_view text, std::string_view& first, std::string_view& second) {
    constexpr std::string_view kSep = "\n#--#\n";
    size_t at = text.find(kSep);
    if (at == std::string_view::npos) {
        first = {};
        second = text;
    } else {
        first = text.substr(0, at);
        second = text.substr(at + kSep.size());
    }
}

}  // namespace fuzz
