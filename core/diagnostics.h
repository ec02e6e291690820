// diagnostics.h — problems found while reading or validating a file.
//
// Every problem names where it is (a JSON path such as `answers["pc-03"].level`)
// and says in plain Swedish what is wrong, so a user can find and fix it. Errors
// make a file invalid; warnings are things the user should know about but that
// do not stop the file from being used (an answer to an unknown item is kept and
// reported, a different instrument version is reported with what differs).
#pragma once

#include <string>
#include <vector>

namespace spegeln {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string path;     // JSON path, "" for the whole document
    std::string message;  // Swedish, one sentence
};

struct Diagnostics {
    std::vector<Diagnostic> items;

    void error(std::string path, std::string message);
    void warning(std::string path, std::string message);
    bool has_errors() const;
    size_t error_count() const;
    size_t warning_count() const;
    void append(const Diagnostics& other);
};

// "fel: answers[\"pc-03\"].level: 7 ligger utanför skalan 0–4"
std::string format_diagnostic(const Diagnostic& d);

}  // namespace spegeln
