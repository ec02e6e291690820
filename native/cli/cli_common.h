// cli_common.h — what every `spegeln` subcommand prints the same way: usage
// errors, diagnostics, files it cannot read, help and results.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "instrument.h"
#include "ui_strings.h"

namespace cli {

// Prints a usage error: the sentence, a blank line, the command's help (a key
// of assets/ui/<lang>/cli.json).
void usage_error(const spegeln::UiStrings& t, const std::string& sentence, const char* usage_key,
                 const char* who = "spegeln");

// Every problem on its own line: "FILE: fel: PATH: sentence". Errors go to
// stderr; warnings too, unless `warnings_to` says otherwise (validate prints a
// valid file's warnings with its verdict on stdout).
void print_diagnostics(const std::string& file, const spegeln::Diagnostics& d, const spegeln::UiStrings& t,
                       FILE* warnings_to = stderr);

// Reads a whole file; when it cannot, says why (print_diagnostics) and returns false.
bool read_input(const std::string& path, std::string& text, const spegeln::UiStrings& t);

// Reads and loads an instrument file (--instrument FILE), saying what is wrong
// with it (print_diagnostics); nothing when it cannot be read or loaded.
std::optional<spegeln::Instrument> load_instrument_file(const std::string& path, const spegeln::UiStrings& t);

// Prints the command's help on stdout; returns kExitOk.
int help(const spegeln::UiStrings& t, const char* usage_key);

// Writes a result to stdout as it is.
void emit(const std::string& s);

// Writes a result to the file at `path` (-o FILE), or to stdout when `path` is
// empty; when the file cannot be written, says why (print_diagnostics) and returns false.
bool write_result(const std::string& path, const std::string& s, const spegeln::UiStrings& t);

// A flag's value at args[i], as "--flag=VALUE" or "--flag VALUE" (then `i`
// steps past VALUE): 1 when args[i] is `flag` with its value, 0 when it is
// another word, -1 when `flag` is the last word and its value is missing.
int flag_value(const std::vector<std::string>& args, size_t& i, const std::string& flag, std::string& dest);

}  // namespace cli
