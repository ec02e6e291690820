// number_format.h — numbers as Swedish readers expect them.
//
// Scores are kept at full precision and rounded to one decimal only when shown;
// Swedish uses a decimal comma ("72,5"). A missing score is shown as "–".
#pragma once

#include <optional>
#include <string>

namespace spegeln {

// `value` rounded to `decimals` places, with `decimal_sep` (',' or '.').
// Rounds half away from zero; never prints "-0,0".
std::string format_decimal(double value, int decimals, char decimal_sep = ',');

// A score (0–100) with one decimal and a decimal comma, or "–" when missing.
std::string format_score(const std::optional<double>& score);

// A coverage 0–1 as a whole percentage: "75 %".
std::string format_percent(double fraction);

// A size in megabytes (MiB) with one decimal, rounded up so a file just over a
// limit never reads as equal to it: "16,1 MB".
std::string format_megabytes(unsigned long long bytes);

// A change in points with its sign: "+4,5", "−2,0" (U+2212), "±0,0".
std::string format_change(const std::optional<double>& change);

}  // namespace spegeln
