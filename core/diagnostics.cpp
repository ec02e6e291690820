#include "diagnostics.h"

#include "ui_strings.h"

namespace spegeln {

void Diagnostics::error(std::string path, std::string code, std::vector<std::string> args) {
    items.push_back({Severity::Error, std::move(path), std::move(code), std::move(args)});
}

void Diagnostics::warning(std::string path, std::string code, std::vector<std::string> args) {
    items.push_back({Severity::Warning, std::move(path), std::move(code), std::move(args)});
}

bool Diagnostics::has_errors() const {
    return error_count() > 0;
}

size_t Diagnostics::error_count() const {
    size_t n = 0;
    for (const auto& d : items) n += d.severity == Severity::Error;
    return n;
}

size_t Diagnostics::warning_count() const {
    return items.size() - error_count();
}

void Diagnostics::append(const Diagnostics& other) {
    items.insert(items.end(), other.items.begin(), other.items.end());
}

std::string diagnostic_message(const Diagnostic& d, const UiStrings& strings) {
    // Arguments from user data are always quoted or numbers (quote_for_message,
    // describe_value in json_read.h), so only words of the table start with "diag.".
    std::vector<std::string> args;
    args.reserve(d.args.size());
    for (const auto& a : d.args) args.push_back(a.rfind("diag.", 0) == 0 ? strings.get(a) : a);
    return substitute(strings.get(d.code), args);
}

std::string format_diagnostic(const Diagnostic& d, const UiStrings& strings) {
    std::string s = strings.get(d.severity == Severity::Error ? "diag.severity.error" : "diag.severity.warning");
    s += ": ";
    if (!d.path.empty()) s += d.path + ": ";
    s += diagnostic_message(d, strings);
    return s;
}

}  // namespace spegeln
