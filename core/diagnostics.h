// diagnostics.h — problems found while reading or validating a file.
//
// Every problem names where it is (a JSON path such as `answers["pc-03"].level`)
// and what is wrong as a code with parameters, never as a sentence: the code is a
// key of the translation tables (assets/ui/<lang>/diagnostics.json, e.g.
// "diag.out_of_scale": "{0} ligger utanför skalan 0–{1}"), so the same problem
// reads in Swedish or English depending on who shows it (docs/translations.md).
// Errors make a file invalid; warnings are things the user should know about but
// that do not stop the file from being used (an answer to an unknown item is kept
// and reported, a different instrument version is reported with what differs).
#pragma once

#include <string>
#include <vector>

namespace spegeln {

class UiStrings;

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string path;               // JSON path, "" for the whole document
    std::string code;               // translation key, "diag.…"
    std::vector<std::string> args;  // the text's {0}, {1}, …; an argument that is itself
                                    // a "diag.…" key (a type name) is translated too
};

struct Diagnostics {
    std::vector<Diagnostic> items;

    void error(std::string path, std::string code, std::vector<std::string> args = {});
    void warning(std::string path, std::string code, std::vector<std::string> args = {});
    bool has_errors() const;
    size_t error_count() const;
    size_t warning_count() const;
    void append(const Diagnostics& other);
};

// The sentence alone, in the language of `strings`: "7 ligger utanför skalan 0–4".
std::string diagnostic_message(const Diagnostic& d, const UiStrings& strings);

// Severity word, path and sentence: "fel: answers[\"pc-03\"].level: 7 ligger utanför skalan 0–4".
std::string format_diagnostic(const Diagnostic& d, const UiStrings& strings);

}  // namespace spegeln
