// ui_strings.h — the user-interface text, kept in assets/ui/<lang>/*.json so a
// translation can be added without touching code (docs/translations.md).
//
// The file is a flat JSON object of key → text. A key missing from the table
// shows as the key itself, so a forgotten string is visible, never a crash.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics.h"

namespace spegeln {

class UiStrings {
public:
    // Loads a flat {"key": "text"} table; problems go to `diag`.
    bool load(std::string_view json_text, Diagnostics& diag);
    // Takes every text of `other`; its keys replace the same keys here.
    void merge(UiStrings&& other);
    // The text for `key`, or the key itself when there is none.
    const std::string& get(const std::string& key) const;
    // The text with "{0}", "{1}", … replaced by the arguments.
    std::string format(const std::string& key, std::initializer_list<std::string> args) const;
    bool has(const std::string& key) const { return table_.count(key) > 0; }
    size_t size() const { return table_.size(); }
    // Every key → text, for checks that compare languages.
    const std::unordered_map<std::string, std::string>& table() const { return table_; }

private:
    std::unordered_map<std::string, std::string> table_;
    mutable std::unordered_map<std::string, std::string> missing_;
};

// Replaces "{0}", "{1}", … in `pattern`.
std::string substitute(std::string_view pattern, std::initializer_list<std::string> args);
std::string substitute(std::string_view pattern, const std::vector<std::string>& args);

}  // namespace spegeln
