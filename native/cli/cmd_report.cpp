// `spegeln report FILE [--format html|csv|json] [--instrument FILE]` — the
// report of a brukarrevision (core/audit_report.h), the same as the app's. For
// a self-assessment or workshop file it is `spegeln score` (the same report).
#include <optional>

#include "audit_report.h"
#include "bundled.h"
#include "cli_common.h"
#include "commands.h"
#include "json_read.h"
#include "output.h"
#include "output_common.h"

namespace cli {
namespace {

using namespace spegeln;

constexpr const char* kUsage = "cli.report.usage";

int usage(const UiStrings& t, const std::string& sentence) {
    usage_error(t, sentence, kUsage);
    return kExitUsage;
}

}  // namespace

int cmd_report(const std::vector<std::string>& raw, const UiStrings& t) {
    std::vector<std::string> files;
    std::string format = "html", instrument_file;
    bool format_given = false;
    for (size_t i = 0; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        auto value = [&](const std::string& flag, std::string& dest) { return flag_value(raw, i, flag, dest); };
        int v = 0;
        if (a == "--help" || a == "-h") {
            return help(t, kUsage);
        } else if ((v = value("--format", format)) != 0) {
            if (v < 0) return usage(t, t.get("cli.error.format_value"));
            format_given = true;
        } else if ((v = value("--instrument", instrument_file)) != 0) {
            if (v < 0) return usage(t, t.get("cli.error.instrument_value"));
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(t, t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}));
        } else {
            files.push_back(a);
        }
    }
    if (format != "html" && format != "csv" && format != "json")
        return usage(t, t.format("cli.error.unknown_format", {terminal_safe(quote_for_message(format))}));
    if (files.size() != 1) return usage(t, t.get("cli.report.one_file"));
    const std::string& path = files[0];
    std::string bytes;
    if (!read_input(path, bytes, t)) return kExitInvalid;
    Diagnostics d;
    // A self-assessment (or workshop) file: its report is the score command's.
    {
        Diagnostics ignore;
        auto j = parse_json(bytes, ignore);
        bool audit = j && j->is_object() && j->value("format", std::string()) == kAuditFormatName;
        if (!audit && j && j->is_object()) {
            std::vector<std::string> args = {path, "--format", format_given ? format : "html"};
            if (!instrument_file.empty()) args.insert(args.end(), {"--instrument", instrument_file});
            return cmd_score(args, t);
        }
    }
    auto a = load_audit(bytes, d);
    if (!a) {
        print_diagnostics(path, d, t);
        return kExitInvalid;
    }
    std::optional<Instrument> in;
    if (!instrument_file.empty()) {
        in = load_instrument_file(instrument_file, t);
        if (!in) return kExitInvalid;
    } else {
        for (auto& b : bundled_instruments())
            if (b.id == a->instrument_id && (!in || b.version == a->instrument_version)) in = std::move(b);
        if (!in) {
            d.error("instrument.id", "cli.diag.instrument_not_bundled", {quote_for_message(a->instrument_id)});
            print_diagnostics(path, d, t);
            return kExitInvalid;
        }
    }
    check_audit_against_instrument(*a, *in, d);
    print_diagnostics(path, d, t);
    if (d.has_errors()) return kExitInvalid;
    AuditScore s = score_audit(*in, *a);
    std::string out = format == "json"  ? audit_report_json(*in, *a, s)
                      : format == "csv" ? audit_report_csv(*in, *a, s, t)
                                        : audit_report_html(*in, *a, s, t);
    emit(out);
    return kExitOk;
}

}  // namespace cli
