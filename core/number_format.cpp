#include "number_format.h"

#include <cmath>
#include <cstdio>

#include "ui_strings.h"

namespace spegeln {

std::string format_decimal(double value, int decimals, char decimal_sep) {
    if (!std::isfinite(value)) return "–";
    double scale = std::pow(10.0, decimals);
    // Round half away from zero, the way Swedish readers round by hand
    // (printf alone would round an exact tie such as 62,25 to even).
    // Scores are ratios of small numbers; summing them can land a hair below an
    // exact half (43.75 computes as 43.74999999999999), so nudge by far less
    // than any real difference before rounding.
    // From 2^53 on a double has no fraction left to round, and scaling a huge
    // value would overflow to "inf": print those as they are.
    double scaled = value * scale;
    double rounded =
        std::fabs(scaled) < 9007199254740992.0 ? std::round(scaled + std::copysign(1e-9, value)) / scale : value;
    if (rounded == 0.0) rounded = 0.0;  // no "-0,0"
    // Sized by snprintf itself: a fixed buffer cut 1e300 to its first 63 digits
    // (found by tests/fuzz/fuzz_csv.cpp).
    int length = std::snprintf(nullptr, 0, "%.*f", decimals, rounded);
    std::string s(static_cast<size_t>(length), '\0');
    std::snprintf(s.data(), s.size() + 1, "%.*f", decimals, rounded);
    if (decimal_sep != '.')
        for (char& c : s)
            if (c == '.') c = decimal_sep;
    return s;
}

NumberStyle number_style(const UiStrings& t) {
    NumberStyle style;
    const std::string& sep = t.get("number.decimal_separator");
    if (sep.size() == 1) style.decimal_sep = sep[0];
    if (t.has("number.percent")) style.percent = t.get("number.percent");
    return style;
}

std::string format_score(const std::optional<double>& score, const NumberStyle& style) {
    return score ? format_decimal(*score, 1, style.decimal_sep) : "–";
}

std::string format_percent(double fraction, const NumberStyle& style) {
    return substitute(style.percent, {format_decimal(fraction * 100.0, 0, style.decimal_sep)});
}

unsigned long long megabyte_tenths(unsigned long long bytes) {
    // 1 MiB / 10 per tenth, rounded up.
    constexpr unsigned long long kTenth = 1024ull * 1024ull;
    return (bytes * 10 + kTenth - 1) / kTenth;
}

std::string format_megabytes(unsigned long long bytes, const NumberStyle& style) {
    auto tenths = megabyte_tenths(bytes);
    return std::to_string(tenths / 10) + style.decimal_sep + std::to_string(tenths % 10) + " MB";
}

std::string format_change(const std::optional<double>& change, const NumberStyle& style) {
    if (!change) return "–";
    std::string magnitude = format_decimal(std::fabs(*change), 1, style.decimal_sep);
    if (magnitude == format_decimal(0.0, 1, style.decimal_sep)) return "±" + magnitude;
    return (*change > 0 ? "+" : "\u2212") + magnitude;
}

}  // namespace spegeln
