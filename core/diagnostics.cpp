#include "diagnostics.h"

namespace spegeln {

void Diagnostics::error(std::string path, std::string message) {
    items.push_back({Severity::Error, std::move(path), std::move(message)});
}

void Diagnostics::warning(std::string path, std::string message) {
    items.push_back({Severity::Warning, std::move(path), std::move(message)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
    size_t n = 0;
    for (const auto& d : items) n += d.severity == Severity::Error;
    return n;
}

size_t Diagnostics::warning_count() const { return items.size() - error_count(); }

void Diagnostics::append(const Diagnostics& other) {
    items.insert(items.end(), other.items.begin(), other.items.end());
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string s = d.severity == Severity::Error ? "fel: " : "varning: ";
    if (!d.path.empty()) s += d.path + ": ";
    s += d.message;
    return s;
}

}  // namespace spegeln
