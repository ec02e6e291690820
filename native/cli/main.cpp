// spegeln — Strategispegeln on the command line: validate, score, aggregate and
// compare assessments with the same core as the web app.
//
// The language is a setting: `--lang sv|en` anywhere on the command line, else
// the environment's (LC_ALL, LC_MESSAGES, LANG, in POSIX order), else Swedish.
// Every sentence comes from assets/ui/<lang>/ (cli.json, diagnostics.json, output.json).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"
#include "json_read.h"
#include "output_common.h"
#include "translations.h"

namespace {

// The language the environment asks for, as pick_language reads it: POSIX lets
// LC_ALL override LC_MESSAGES override LANG; "sv_SE.UTF-8" → "sv-SE".
std::string environment_language() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (!v || !*v) continue;
        std::string s = v;
        s = s.substr(0, s.find_first_of(".@"));
        return s;
    }
    return "";
}

std::string lower_primary(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

std::string language_list() {
    std::string out;
    for (const auto& l : spegeln::bundled_languages()) out += (out.empty() ? "" : ", ") + l;
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> all(argv + 1, argv + argc);
    // --lang is taken out wherever it stands, so it works before or after the command.
    std::string wanted;
    bool lang_given = false, lang_missing_value = false;
    std::vector<std::string> rest;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i] == "--lang") {
            lang_given = true;
            if (i + 1 < all.size())
                wanted = all[++i];
            else
                lang_missing_value = true;
        } else if (all[i].rfind("--lang=", 0) == 0) {
            lang_given = true;
            wanted = all[i].substr(7);
        } else {
            rest.push_back(all[i]);
        }
    }
    std::string lang = spegeln::pick_language(lang_given ? wanted : environment_language());
    spegeln::UiStrings t;
    spegeln::Diagnostics load_problems;
    if (!spegeln::load_bundled_language(lang, t, load_problems)) {
        // A broken bundled table is a build mistake; say so in the words that loaded.
        for (const auto& d : load_problems.items)
            std::fprintf(stderr, "spegeln: %s\n", spegeln::format_diagnostic(d, t).c_str());
        return cli::kExitInvalid;
    }
    const std::string& usage = t.get("cli.usage");
    // An explicit --lang that names no bundled language is a usage error, not a silent fallback.
    if (lang_missing_value || (lang_given && lower_primary(wanted) != lang)) {
        std::string sentence =
            lang_missing_value
                ? t.format("cli.error.lang_value", {language_list()})
                : t.format("cli.error.unknown_language",
                           {spegeln::terminal_safe(spegeln::quote_for_message(wanted)), language_list()});
        std::fprintf(stderr, "spegeln: %s\n\n%s", sentence.c_str(), usage.c_str());
        return cli::kExitUsage;
    }
    if (rest.empty()) {
        std::fputs(usage.c_str(), stderr);
        return cli::kExitUsage;
    }
    std::string cmd = rest[0];
    std::vector<std::string> args(rest.begin() + 1, rest.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(usage.c_str(), stdout);
        return cli::kExitOk;
    }
    if (cmd == "--version") {
        std::puts("spegeln 0.1.0");
        return cli::kExitOk;
    }
    if (cmd == "validate") return cli::cmd_validate(args, t);
    if (cmd == "score") return cli::cmd_score(args, t);
    if (cmd == "aggregate") return cli::cmd_aggregate(args, t);
    if (cmd == "compare") return cli::cmd_compare(args, t);
    if (cmd == "check-personal-data") return cli::cmd_check_personal_data(args, t);
    if (cmd == "report") return cli::cmd_report(args, t);
    if (cmd == "audit") return cli::cmd_audit(args, t);
    if (cmd == "guide") return cli::cmd_guide(args, t);
    if (cmd == "instruments") return cli::cmd_instruments(args, t);
    if (cmd == "coverage") return cli::cmd_coverage(args, t);
    if (cmd == "plan") return cli::cmd_plan(args, t);
    if (cmd == "follow-up") return cli::cmd_follow_up(args, t);
    if (cmd == "code") return cli::cmd_code(args, t);
    if (cmd == "decode") return cli::cmd_decode(args, t);
    std::fprintf(
        stderr, "spegeln: %s\n\n%s",
        t.format("cli.error.unknown_command", {spegeln::terminal_safe(spegeln::quote_for_message(cmd))}).c_str(),
        usage.c_str());
    return cli::kExitUsage;
}
