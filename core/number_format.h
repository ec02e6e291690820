// number_format.h — numbers as readers of each language expect them.
//
// Scores are kept at full precision and rounded to one decimal only when shown.
// Swedish uses a decimal comma ("72,5") and a space before the percent sign
// ("75 %"); English a decimal point and no space ("72.5", "75%"). A language's
// translation table says which (the keys "number.decimal_separator" and
// "number.percent" in assets/ui/<lang>/output.json); without one, Swedish.
// A missing score is shown as "–".
#pragma once

#include <optional>
#include <string>

namespace spegeln {

class UiStrings;

struct NumberStyle {
    char decimal_sep = ',';
    std::string percent = "{0} %";  // {0} is the number
};

// The style of the language whose table `t` is.
NumberStyle number_style(const UiStrings& t);

// `value` rounded to `decimals` places, with `decimal_sep` (',' or '.').
// Rounds half away from zero; never prints "-0,0".
std::string format_decimal(double value, int decimals, char decimal_sep = ',');

// A score (0–100) with one decimal, or "–" when missing.
std::string format_score(const std::optional<double>& score, const NumberStyle& style = {});

// A coverage 0–1 as a whole percentage: "75 %".
std::string format_percent(double fraction, const NumberStyle& style = {});

// A size in tenths of a megabyte (MiB), rounded up so a file just over a limit
// never reads as equal to it: 161 for 16,1 MB. Diagnostics pass the whole and
// the tenth as two parameters, so the language places its own decimal sign.
unsigned long long megabyte_tenths(unsigned long long bytes);

// A size in megabytes with one decimal, rounded up as above: "16,1 MB".
std::string format_megabytes(unsigned long long bytes, const NumberStyle& style = {});

// A change in points with its sign: "+4,5", "−2,0" (U+2212), "±0,0".
std::string format_change(const std::optional<double>& change, const NumberStyle& style = {});

}  // namespace spegeln
