#include "report_lang.h"

#include "number_format.h"
#include "translations.h"

namespace spegeln {
namespace {

// "sv" → "sv", anything else a mustache or file name could trip on → "sv".
std::string safe_code(const std::string& code) {
    if (code.empty() || code.size() > 8) return std::string(kDefaultLanguage);
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return std::string(kDefaultLanguage);
    return code;
}

}  // namespace

ReportLang::ReportLang(const UiStrings& table, std::string_view key_prefix)
    : ui(table), prefix(key_prefix), code(safe_code(table.get("html_report.lang"))) {
    decimal = table.get("html_report.number.decimal_separator") == "." ? '.' : ',';
}

const std::string& ReportLang::get(const std::string& key) const {
    return ui.get(prefix + key);
}

std::string ReportLang::format(const std::string& key, std::initializer_list<std::string> args) const {
    return substitute(get(key), args);
}

std::string ReportLang::score(const std::optional<double>& s) const {
    return s ? format_decimal(*s, 1, decimal) : "–";
}

std::string ReportLang::percent(double fraction) const {
    return format("number.percent", {format_decimal(fraction * 100.0, 0, decimal)});
}

}  // namespace spegeln
