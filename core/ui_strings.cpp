#include "ui_strings.h"

#include "json_read.h"

namespace spegeln {

bool UiStrings::load(std::string_view json_text, Diagnostics& diag) {
    auto parsed = parse_json(json_text, diag);
    if (!parsed) return false;
    if (!parsed->is_object()) {
        diag.error("", "diag.strings.not_object");
        return false;
    }
    bool ok = true;
    for (auto it = parsed->begin(); it != parsed->end(); ++it) {
        if (it.key().rfind("_", 0) == 0) continue;  // "_comment" and similar notes for translators
        if (!it->is_string()) {
            diag.error(path_key("", it.key()), "diag.wrong_type", {"diag.type.string", type_code(*it)});
            ok = false;
            continue;
        }
        table_[it.key()] = it->get<std::string>();
    }
    return ok;
}

void UiStrings::merge(UiStrings&& other) {
    if (table_.empty()) {
        table_ = std::move(other.table_);
        return;
    }
    for (auto& [key, text] : other.table_) table_[key] = std::move(text);
}

const std::string& UiStrings::get(const std::string& key) const {
    auto it = table_.find(key);
    if (it != table_.end()) return it->second;
    // Show the key itself so a missing translation is visible but harmless.
    return missing_.emplace(key, key).first->second;
}

std::string UiStrings::format(const std::string& key, std::initializer_list<std::string> args) const {
    return substitute(get(key), args);
}

std::string substitute(std::string_view pattern, std::initializer_list<std::string> args) {
    return substitute(pattern, std::vector<std::string>(args));
}

std::string substitute(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            size_t n = static_cast<size_t>(pattern[i + 1] - '0');
            if (n < args.size()) {
                out += args[n];
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace spegeln
