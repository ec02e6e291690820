// `spegeln audit migrate|follow-up|advance` — a brukarrevision's life cycle from
// files (core/audit.h), the same steps the app takes:
//   migrate ASSESSMENT             a brukarrevision assessment as an audit file (stdout)
//   follow-up AUDIT                a new audit that carries the earlier one (stdout)
//   advance AUDIT --to STATE --date YYYY-MM-DD
//                                  moves the audit one step on and rewrites the file
#include <cstdio>
#include <optional>
#include <random>

#include "audit.h"
#include "bundled.h"
#include "cli_common.h"
#include "commands.h"
#include "file_io.h"
#include "ids.h"
#include "json_read.h"
#include "output_common.h"

namespace cli {
namespace {

using namespace spegeln;

constexpr const char* kUsage = "cli.audit.usage";

int usage(const UiStrings& t, const std::string& sentence) {
    usage_error(t, sentence, kUsage);
    return kExitUsage;
}

std::string new_id() {
    std::random_device rd;
    unsigned char bytes[16];
    for (auto& b : bytes) b = static_cast<unsigned char>(rd());
    return uuid_v4(bytes);
}

std::optional<Audit> read_audit(const std::string& path, const UiStrings& t) {
    std::string bytes;
    if (!read_input(path, bytes, t)) return std::nullopt;
    Diagnostics d;
    auto a = load_audit(bytes, d);
    print_diagnostics(path, d, t);
    return a;
}

}  // namespace

int cmd_audit(const std::vector<std::string>& raw, const UiStrings& t) {
    if (raw.empty()) return usage(t, t.get("cli.audit.no_action"));
    const std::string& action = raw[0];
    if (action == "--help" || action == "-h") {
        return help(t, kUsage);
    }
    std::vector<std::string> files;
    std::string to, date;
    for (size_t i = 1; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        if (a == "--help" || a == "-h") {
            return help(t, kUsage);
        }
        if ((a == "--to" || a == "--date") && action == "advance") {
            if (i + 1 >= raw.size()) return usage(t, t.format("cli.audit.flag_value", {a}));
            (a == "--to" ? to : date) = raw[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(t, t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}));
        } else {
            files.push_back(a);
        }
    }
    if (action != "migrate" && action != "follow-up" && action != "advance")
        return usage(t, t.format("cli.audit.unknown_action", {terminal_safe(quote_for_message(action))}));
    if (files.size() != 1) return usage(t, t.get("cli.audit.one_file"));
    const std::string& path = files[0];

    if (action == "migrate") {
        FileRead file = read_file(path);
        Diagnostics d;
        if (!file.ok()) report_file_error(file, d);
        auto s = file.ok() ? load_assessment(file.bytes, d) : std::nullopt;
        std::optional<Audit> a;
        if (s) a = audit_from_assessment(*s, d);
        print_diagnostics(path, d, t);
        if (!a) return kExitInvalid;
        if (a->id.empty() || !is_valid_id(a->id)) a->id = new_id();
        emit(audit_to_json(*a) + "\n");
        return kExitOk;
    }
    auto a = read_audit(path, t);
    if (!a) return kExitInvalid;
    if (action == "follow-up") {
        // The follow-up uses the newest bundled version of the instrument: a new
        // audit is made with today's questions (the earlier judgements stay in
        // `previous`, by item id).
        auto in = bundled_instrument(a->instrument_id);
        if (!in) {
            Diagnostics d;
            d.error("instrument.id", "cli.diag.instrument_not_bundled", {quote_for_message(a->instrument_id)});
            print_diagnostics(path, d, t);
            return kExitInvalid;
        }
        Audit next = start_follow_up(*a, *in);
        next.id = new_id();
        emit(audit_to_json(next) + "\n");
        return kExitOk;
    }
    // advance
    auto state = audit_state_from_id(to);
    if (!state) return usage(t, t.format("cli.audit.unknown_state", {terminal_safe(quote_for_message(to))}));
    Diagnostics d;
    if (!advance_state(*a, *state, date, d)) {
        print_diagnostics(path, d, t);
        return kExitInvalid;
    }
    if (!write_file(path, audit_to_json(*a), d)) {
        print_diagnostics(path, d, t);
        return kExitInvalid;
    }
    std::printf("%s\n", terminal_safe(t.format("cli.audit.advanced", {path, to, date})).c_str());
    return kExitOk;
}

}  // namespace cli
