#include "commands.h"

#include <cstdio>
#include <optional>

#include "aggregate.h"
#include "assessment.h"
#include "audit.h"
#include "bundled.h"
#include "cli_common.h"
#include "compare.h"
#include "coverage.h"
#include "file_io.h"
#include "group_report.h"
#include "json_read.h"
#include "output.h"
#include "output_common.h"
#include "plan.h"
#include "report_html.h"
#include "scoring.h"
#include "ui_strings.h"
#include "version_compare.h"
#include "views.h"

namespace cli {
namespace {

using namespace spegeln;

// Parsed command line of one subcommand: positional files and known flags.
struct Args {
    std::vector<std::string> files;
    std::string format = "text";
    std::string instrument_file;                // the first --instrument
    std::vector<std::string> instrument_files;  // every --instrument (compare takes one per version)
    std::string view;                           // --view, `score` and `aggregate`
    bool takes_view = false;
    bool help = false;
    bool html_allowed = false;  // `score` and `aggregate` write an HTML report
};

bool parse_args(const std::vector<std::string>& in, Args& out, bool takes_instrument, const char* usage,
                const UiStrings& t) {
    for (size_t i = 0; i < in.size(); ++i) {
        const std::string& a = in[i];
        // Only reached for words that start with the flag: another word there ("--formats") is a missing value too.
        auto value = [&](const std::string& flag, std::string& dest) { return flag_value(in, i, flag, dest) > 0; };
        if (a == "--help" || a == "-h") {
            out.help = true;
        } else if (a.rfind("--format", 0) == 0) {
            if (!value("--format", out.format)) {
                usage_error(t, t.get("cli.error.format_value"), usage);
                return false;
            }
        } else if (takes_instrument && a.rfind("--instrument", 0) == 0) {
            std::string file;
            if (!value("--instrument", file)) {
                usage_error(t, t.get("cli.error.instrument_value"), usage);
                return false;
            }
            if (out.instrument_file.empty()) out.instrument_file = file;
            out.instrument_files.push_back(file);
        } else if (out.takes_view && a.rfind("--view", 0) == 0) {
            if (!value("--view", out.view)) {
                usage_error(t, t.get("cli.error.view_value"), usage);
                return false;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            usage_error(t, t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}), usage);
            return false;
        } else {
            out.files.push_back(a);
        }
    }
    if (out.format != "text" && out.format != "json" && out.format != "csv" &&
        !(out.html_allowed && out.format == "html")) {
        usage_error(t, t.format("cli.error.unknown_format", {terminal_safe(quote_for_message(out.format))}), usage);
        return false;
    }
    return true;
}

// What a file claims to be, from its "format" field (without full validation).
std::string peek_format(const std::string& text) {
    Diagnostics ignore;
    auto j = parse_json(text, ignore);
    if (!j || !j->is_object()) return "";
    auto it = j->find("format");
    return it != j->end() && it->is_string() ? it->get<std::string>() : "";
}

// The instrument for an assessment: the one given with --instrument, else the
// bundled one with the same id (the same version when it is bundled).
std::optional<Instrument> instrument_for(const std::string& instrument_id, const std::string& version, const Args& args,
                                         const std::string& file, const UiStrings& t) {
    if (!args.instrument_file.empty()) return load_instrument_file(args.instrument_file, t);
    // Its own version when bundled (earlier ones ship in assets/instruments/archive/), else the newest.
    std::optional<Instrument> best = bundled_instrument(instrument_id, version);
    if (!best) best = bundled_instrument(instrument_id);
    if (!best) {
        Diagnostics d;
        d.error("instrument.id", "cli.diag.instrument_not_bundled", {quote_for_message(instrument_id)});
        print_diagnostics(file, d, t);
    }
    return best;
}

// Reads an assessment, finds its instrument and checks one against the other.
bool load_checked(const std::string& path, const Args& args, std::optional<Instrument>& instrument, Assessment& out,
                  const UiStrings& t) {
    std::string text;
    if (!read_input(path, text, t)) return false;
    Diagnostics d;
    auto a = load_assessment(text, d);
    if (!a) {
        print_diagnostics(path, d, t);
        return false;
    }
    if (!instrument) instrument = instrument_for(a->instrument_id, a->instrument_version, args, path, t);
    if (!instrument) return false;
    settle_unit_kind(*a, *instrument);
    check_against_instrument(*a, *instrument, d);
    print_diagnostics(path, d, t);
    if (d.has_errors()) return false;
    out = std::move(*a);
    return true;
}

// The help of each command, a key of assets/ui/<lang>/cli.json.
constexpr const char* kValidateUsage = "cli.validate.usage";
constexpr const char* kScoreUsage = "cli.score.usage";
constexpr const char* kAggregateUsage = "cli.aggregate.usage";
constexpr const char* kCompareUsage = "cli.compare.usage";
constexpr const char* kInstrumentsUsage = "cli.instruments.usage";
constexpr const char* kCoverageUsage = "cli.coverage.usage";
constexpr const char* kPlanUsage = "cli.plan.usage";
constexpr const char* kFollowUpUsage = "cli.follow_up.usage";

// The view --view names; when the instrument has none by that name, a usage
// error that lists the ones it has.
std::optional<View> view_or_usage_error(const Instrument& in, const std::string& id, const char* usage_key,
                                        const char* who, const UiStrings& t) {
    auto v = view_of(in, id);
    if (v) return v;
    std::string names;
    for (const auto& name : available_views(in)) names += (names.empty() ? "" : ", ") + name;
    usage_error(t, t.format("cli.error.unknown_view", {terminal_safe(quote_for_message(id)), names}), usage_key, who);
    return std::nullopt;
}

// The instrument versions two assessment files name, when both name the same instrument.
std::optional<std::pair<std::string, std::string>> assessment_versions(const std::vector<std::string>& files) {
    std::string id[2], version[2];
    for (size_t i = 0; i < 2; ++i) {
        FileRead file = read_file(files[i]);
        if (!file.ok()) return std::nullopt;
        Diagnostics ignore;
        auto a = load_assessment(file.bytes, ignore);
        if (!a) return std::nullopt;
        id[i] = a->instrument_id;
        version[i] = a->instrument_version;
    }
    if (id[0] != id[1]) return std::nullopt;
    return std::make_pair(version[0], version[1]);
}

// The instrument of one version: among the --instrument files, else bundled.
std::optional<Instrument> instrument_version(const std::string& id, const std::string& version, const Args& args,
                                             const std::string& file, const UiStrings& t) {
    for (const auto& path : args.instrument_files) {
        auto in = load_instrument_file(path, t);
        if (in && in->id == id && in->version == version) return in;
    }
    if (auto in = bundled_instrument(id, version)) return in;
    Diagnostics d;
    d.error("instrument.version", "cli.diag.version_not_found", {quote_for_message(id), quote_for_message(version)});
    print_diagnostics(file, d, t);
    return std::nullopt;
}

int compare_across_versions(const Args& args, const UiStrings& t) {
    Assessment a[2];
    std::optional<Instrument> in[2];
    for (size_t i = 0; i < 2; ++i) {
        std::string text;
        if (!read_input(args.files[i], text, t)) return kExitInvalid;
        Diagnostics d;
        auto loaded = load_assessment(text, d);
        if (loaded)
            in[i] = instrument_version(loaded->instrument_id, loaded->instrument_version, args, args.files[i], t);
        if (loaded && in[i]) {
            settle_unit_kind(*loaded, *in[i]);
            check_against_instrument(*loaded, *in[i], d);
        }
        print_diagnostics(args.files[i], d, t);
        if (!loaded || !in[i] || d.has_errors()) return kExitInvalid;
        a[i] = std::move(*loaded);
    }
    // The mapping is declared by the later version; the baseline is the first file.
    size_t older = version_order(in[0]->version, in[1]->version) <= 0 ? 0 : 1, newer = 1 - older;
    Diagnostics d;
    check_version_mapping(*in[newer], *in[older], d);
    auto c = d.has_errors() ? std::nullopt : compare_versions(*in[older], a[older], *in[newer], a[newer], d);
    print_diagnostics(args.files[1], d, t);
    if (!c) return kExitInvalid;
    if (args.format == "json")
        emit(version_compare_json(*in[newer], a[older], a[newer], *c));
    else if (args.format == "csv")
        emit(version_compare_csv(*in[newer], a[older], a[newer], *c, t));
    else
        emit(version_compare_text(*in[newer], a[older], a[newer], *c, t));
    return kExitOk;
}

}  // namespace

int cmd_validate(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, true, kValidateUsage, t)) return kExitUsage;
    if (args.help) return help(t, kValidateUsage);
    if (args.files.empty()) {
        usage_error(t, t.get("cli.validate.no_files"), kValidateUsage, "spegeln validate");
        return kExitUsage;
    }
    bool all_ok = true;
    json report = json::array();
    for (const auto& path : args.files) {
        Diagnostics d;
        std::string kind;
        FileRead file = read_file(path);
        const std::string& text = file.bytes;
        if (!file.ok()) {
            report_file_error(file, d);
        } else {
            std::string format = peek_format(text);
            if (format == "strategispegeln-instrument") {
                kind = "instrument";
                load_instrument(text, d);
            } else if (format == kAuditFormatName) {
                kind = "brukarrevision";
                auto a = load_audit(text, d);
                std::optional<Instrument> in;
                if (a && !args.instrument_file.empty()) {
                    FileRead ifile = read_file(args.instrument_file);
                    Diagnostics id;
                    if (ifile.ok()) in = load_instrument(ifile.bytes, id);
                    print_diagnostics(args.instrument_file, id, t);
                    if (!in) d.error("", "cli.diag.instrument_unreadable", {quote_for_message(args.instrument_file)});
                } else if (a) {
                    for (auto& b : bundled_instruments())
                        if (b.id == a->instrument_id && (!in || b.version == a->instrument_version)) in = std::move(b);
                    if (!in)
                        d.warning("instrument.id", "cli.diag.instrument_not_checked",
                                  {quote_for_message(a->instrument_id)});
                }
                if (a && in) check_audit_against_instrument(*a, *in, d);
            } else {
                kind = "bedömning";  // the JSON report's machine name (docs/output-json.md)
                auto a = load_assessment(text, d);
                if (a) {
                    std::optional<Instrument> in;
                    if (!args.instrument_file.empty()) {
                        Diagnostics id;
                        FileRead ifile = read_file(args.instrument_file);
                        if (ifile.ok())
                            in = load_instrument(ifile.bytes, id);
                        else
                            report_file_error(ifile, id);
                        // Say why the instrument could not be used, not only that it could not.
                        print_diagnostics(args.instrument_file, id, t);
                        if (!in)
                            d.error("", "cli.diag.instrument_unreadable", {quote_for_message(args.instrument_file)});
                    } else {
                        for (auto& b : bundled_instruments())
                            if (b.id == a->instrument_id && (!in || b.version == a->instrument_version))
                                in = std::move(b);
                        if (!in)
                            d.warning("instrument.id", "cli.diag.instrument_not_checked",
                                      {quote_for_message(a->instrument_id)});
                    }
                    if (in) check_against_instrument(*a, *in, d);
                }
            }
        }
        bool ok = !d.has_errors();
        all_ok = all_ok && ok;
        if (args.format == "json") {
            report.push_back({{"file", path}, {"kind", kind}, {"valid", ok}, {"problems", diagnostics_json(d, t)}});
        } else {
            print_diagnostics(path, d, t, ok ? stdout : stderr);
            if (ok)
                std::printf("%s: %s\n", terminal_safe(path).c_str(),
                            t.get(kind == "instrument"       ? "cli.validate.valid_instrument"
                                  : kind == "brukarrevision" ? "cli.validate.valid_audit"
                                                             : "cli.validate.valid_assessment")
                                .c_str());
        }
    }
    if (args.format == "json") emit(dump_json(report) + "\n");
    return all_ok ? kExitOk : kExitInvalid;
}

int cmd_score(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    args.html_allowed = true;
    args.takes_view = true;
    if (!parse_args(raw, args, true, kScoreUsage, t)) return kExitUsage;
    if (args.help) return help(t, kScoreUsage);
    if (args.files.size() != 1) {
        usage_error(t, t.get("cli.score.one_file"), kScoreUsage, "spegeln score");
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file, t))) return kExitInvalid;
    Assessment a;
    if (!load_checked(args.files[0], args, in, a, t)) return kExitInvalid;
    ScoreReport r = score_assessment(*in, a);
    std::optional<ScoredView> view;
    if (!args.view.empty()) {
        auto v = view_or_usage_error(*in, args.view, kScoreUsage, "spegeln score", t);
        if (!v) return kExitUsage;
        ViewReport vr = score_view(*in, a, *v);
        view = ScoredView{std::move(*v), std::move(vr)};
    }
    const ScoredView* vp = view ? &*view : nullptr;
    if (args.format == "json")
        emit(score_json(*in, a, r, vp));
    else if (args.format == "csv")
        emit(score_csv(*in, a, r, t, vp));
    else if (args.format == "html")
        emit(report_html(*in, a, r, content_language(t), vp));
    else
        emit(score_text(*in, a, r, t, vp));
    return kExitOk;
}

int cmd_aggregate(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    args.takes_view = true;
    args.html_allowed = true;  // the group report (core/group_report.h)
    if (!parse_args(raw, args, true, kAggregateUsage, t)) return kExitUsage;
    if (args.help) return help(t, kAggregateUsage);
    if (args.files.empty()) {
        usage_error(t, t.get("cli.aggregate.no_files"), kAggregateUsage, "spegeln aggregate");
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file, t))) return kExitInvalid;
    std::vector<Assessment> all;
    bool ok = true;
    for (const auto& path : args.files) {
        Assessment a;
        if (load_checked(path, args, in, a, t))
            all.push_back(std::move(a));
        else
            ok = false;
    }
    if (!ok) return kExitInvalid;
    AggregateReport r = aggregate(*in, all);
    std::optional<AggregatedView> view;
    if (!args.view.empty()) {
        auto v = view_or_usage_error(*in, args.view, kAggregateUsage, "spegeln aggregate", t);
        if (!v) return kExitUsage;
        view = aggregate_view(*in, all, std::move(*v));
    }
    const AggregatedView* vp = view ? &*view : nullptr;
    if (args.format == "json")
        emit(aggregate_json(*in, r, vp));
    else if (args.format == "csv")
        emit(aggregate_csv(*in, r, t, vp));
    else if (args.format == "html")
        emit(group_report_html(*in, all, content_language(t)));
    else
        emit(aggregate_text(*in, r, t, vp));
    return kExitOk;
}

int cmd_compare(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, true, kCompareUsage, t)) return kExitUsage;
    if (args.help) return help(t, kCompareUsage);
    if (args.files.size() != 2) {
        usage_error(t, t.get("cli.compare.two_files"), kCompareUsage, "spegeln compare");
        return kExitUsage;
    }
    // A self-assessment and a brukarrevision of the unit: its two views side by side.
    // (An unreadable file is reported once, by the comparison that reads it.)
    auto format_of = [](const std::string& path) {
        FileRead f = read_file(path);
        return f.ok() ? peek_format(f.bytes) : std::string();
    };
    if (format_of(args.files[1]) == kAuditFormatName)
        return compare_self_with_audit(args.files, args.format, args.instrument_files, t);
    if (format_of(args.files[0]) == kAuditFormatName) {
        usage_error(t, t.get("cli.compare.audit_first"), kCompareUsage, "spegeln compare");
        return kExitUsage;
    }
    // Two versions of one instrument: compared through the newer one's mapping.
    if (auto versions = assessment_versions(args.files); versions && versions->first != versions->second)
        return compare_across_versions(args, t);
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file, t))) return kExitInvalid;
    Assessment base, follow;
    bool ok = load_checked(args.files[0], args, in, base, t);
    ok = load_checked(args.files[1], args, in, follow, t) && ok;
    if (!ok) return kExitInvalid;
    Diagnostics d;
    Comparison c = compare(*in, base, follow, d);
    print_diagnostics(args.files[1], d, t);
    if (args.format == "json")
        emit(compare_json(*in, base, follow, c));
    else if (args.format == "csv")
        emit(compare_csv(*in, base, follow, c, t));
    else
        emit(compare_text(*in, base, follow, c, t));
    return kExitOk;
}

int cmd_instruments(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, false, kInstrumentsUsage, t)) return kExitUsage;
    if (args.help) return help(t, kInstrumentsUsage);
    if (!args.files.empty() || args.format == "csv") {
        usage_error(t, t.get("cli.instruments.no_files"), kInstrumentsUsage, "spegeln instruments");
        return kExitUsage;
    }
    Diagnostics d;
    auto all = bundled_instruments(&d);
    print_diagnostics(t.get("cli.bundled"), d, t);
    const std::string lang = content_language(t);
    if (args.format == "json") {
        json list = json::array();
        for (const auto& in : all) {
            json modes = json::array();
            for (Mode m : in.modes) modes.push_back(mode_id(m));
            list.push_back({{"id", in.id},
                            {"version", in.version},
                            {"title", in.title.sv},
                            {"modes", modes},
                            {"items", in.items.size()},
                            {"estimated_minutes", in.estimated_minutes}});
        }
        emit(dump_json(list) + "\n");
    } else {
        for (const auto& in : all) {
            std::string modes;
            for (Mode m : in.modes) modes += (modes.empty() ? "" : ", ") + t.get(mode_key(m));
            emit(t.format("cli.instruments.entry",
                          {in.id, in.version, in.title.in(lang), std::to_string(in.items.size()),
                           std::to_string(in.estimated_minutes), modes}) +
                 "\n\n");
        }
    }
    return d.has_errors() ? kExitInvalid : kExitOk;
}

int cmd_coverage(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, false, kCoverageUsage, t)) return kExitUsage;
    if (args.help) return help(t, kCoverageUsage);
    if (args.files.size() != 1 || args.format == "csv") {
        usage_error(t, t.get("cli.coverage.one_instrument"), kCoverageUsage, "spegeln coverage");
        return kExitUsage;
    }
    // A file, or the id of a bundled instrument (its newest version).
    const std::string& name = args.files[0];
    std::optional<Instrument> in;
    if (FileRead probe = read_file(name); probe.ok() || !bundled_instrument(name))
        in = load_instrument_file(name, t);
    else
        in = bundled_instrument(name);
    if (!in) return kExitInvalid;
    if (args.format == "json")
        emit(dump_json(coverage_document(coverage_matrix(*in), content_language(t))) + "\n");
    else
        emit(coverage_text(*in, t));
    return kExitOk;
}

int cmd_plan(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, true, kPlanUsage, t)) return kExitUsage;
    if (args.help) return help(t, kPlanUsage);
    if (args.files.size() != 1) {
        usage_error(t, t.get("cli.score.one_file"), kPlanUsage, "spegeln plan");
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file, t))) return kExitInvalid;
    Assessment a;
    if (!load_checked(args.files[0], args, in, a, t)) return kExitInvalid;
    if (args.format == "json")
        emit(plan_json(*in, a, score_assessment(*in, a)));
    else if (args.format == "csv")
        emit(plan_csv(*in, a, t));
    else
        emit(plan_text(*in, a, t));
    return kExitOk;
}

// The next round of an assessment, with its handlingsplan carried (core/plan.h), as JSON on
// stdout: on the newest bundled version of its instrument, or on the one given with --instrument.
int cmd_follow_up(const std::vector<std::string>& raw, const UiStrings& t) {
    Args args;
    if (!parse_args(raw, args, true, kFollowUpUsage, t)) return kExitUsage;
    if (args.help) return help(t, kFollowUpUsage);
    if (args.files.size() != 1 || args.format != "text") {
        usage_error(t, t.get("cli.score.one_file"), kFollowUpUsage, "spegeln follow-up");
        return kExitUsage;
    }
    Args own = args;
    own.instrument_file.clear();  // the earlier round is checked against its own version
    std::optional<Instrument> earlier_in;
    Assessment earlier;
    if (!load_checked(args.files[0], own, earlier_in, earlier, t)) return kExitInvalid;
    std::optional<Instrument> current;
    if (!args.instrument_file.empty())
        current = load_instrument_file(args.instrument_file, t);
    else
        current = bundled_instrument(earlier.instrument_id);
    if (!current) return kExitInvalid;
    Diagnostics d;
    Assessment next = start_follow_up(earlier, *current, d);
    print_diagnostics(args.files[0], d, t);
    emit(assessment_to_json(next) + "\n");
    return kExitOk;
}

}  // namespace cli
