// `spegeln code FILE` prints an assessment's compact code; `spegeln decode CODE…` prints what
// codes hold as assessment JSON (core/code.h, docs/code-format.md). A damaged code is named with
// its problem on standard error and the exit code is 1.
#include <cstdio>

#include "bundled.h"
#include "cli_common.h"
#include "code.h"
#include "commands.h"
#include "output_common.h"

namespace cli {
namespace {

using namespace spegeln;

int usage(const UiStrings& t, const char* key, const std::string& sentence) {
    usage_error(t, sentence, key);
    return kExitUsage;
}

}  // namespace

int cmd_code(const std::vector<std::string>& args, const UiStrings& t) {
    for (const auto& a : args)
        if (a == "--help" || a == "-h") {
            return help(t, "cli.code.usage");
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(t, "cli.code.usage",
                         t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}));
        }
    if (args.size() != 1) return usage(t, "cli.code.usage", t.get("cli.score.one_file"));
    const std::string& path = args[0];
    std::string bytes;
    if (!read_input(path, bytes, t)) return kExitInvalid;
    Diagnostics d;
    auto probe = load_assessment(bytes, d);
    std::optional<Instrument> in = probe ? bundled_instrument_for(*probe) : std::nullopt;
    if (probe && !in) d.error("instrument.id", "cli.diag.instrument_not_bundled", {probe->instrument_id});
    std::optional<Assessment> a;
    if (in) {
        d = Diagnostics{};
        a = load_assessment(bytes, d, &*in);
    }
    if (!a || d.has_errors()) {
        print_diagnostics(path, d, t);
        return kExitInvalid;
    }
    std::string code = encode_code(*a, *in, d);
    if (code.empty()) {
        print_diagnostics(path, d, t);
        return kExitInvalid;
    }
    std::printf("%s\n", code.c_str());
    return kExitOk;
}

int cmd_decode(const std::vector<std::string>& args, const UiStrings& t) {
    std::vector<std::string> codes;
    for (const auto& a : args)
        if (a == "--help" || a == "-h") {
            return help(t, "cli.decode.usage");
        } else if (a.size() > 1 && a[0] == '-' && a.find_first_not_of('-') != std::string::npos && a[1] == '-') {
            return usage(t, "cli.decode.usage",
                         t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}));
        } else {
            codes.push_back(a);
        }
    if (codes.empty()) return usage(t, "cli.decode.usage", t.get("cli.decode.no_codes"));
    auto instruments = bundled_instruments();
    std::vector<std::string> out;
    int exit = kExitOk;
    for (const auto& c : codes) {
        Diagnostics d;
        auto a = decode_code(c, instruments, d);
        if (!a) {
            print_diagnostics(c, d, t);
            exit = kExitInvalid;
            continue;
        }
        out.push_back(assessment_to_json(*a));
    }
    // One code: the assessment itself, a file `spegeln score` reads; several: a list.
    if (codes.size() == 1 && out.size() == 1) {
        std::printf("%s\n", out[0].c_str());
    } else if (codes.size() > 1) {
        std::string list = "[";
        for (size_t i = 0; i < out.size(); ++i) list += (i ? ",\n" : "\n") + out[i];
        list += out.empty() ? "]" : "\n]";
        std::printf("%s\n", list.c_str());
    }
    return exit;
}

}  // namespace cli
