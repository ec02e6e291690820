// `spegeln check-personal-data FILE…` — finds personal data (personnummer,
// samordningsnummer, phone numbers, e-mail addresses) in Strategispegeln files
// of any kind, or in plain text on standard input ("-"), with the core's
// detector (core/personal_data.h). It only reports: nothing is changed.
//
// Exit codes: 0 nothing found, 3 something found, 1 an input could not be read
// (a missing file, a file that is not JSON), 2 a usage error.
#include <cstdio>

#include "commands.h"
#include "file_io.h"
#include "json_read.h"
#include "output_common.h"
#include "personal_data.h"

namespace cli {
namespace {

using namespace spegeln;

constexpr const char* kUsage = "cli.check_personal_data.usage";

// 1-based line and column (in characters) of byte `offset` in `text`.
std::string line_column(const std::string& text, size_t offset) {
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

struct Found {
    PersonalDataKind kind;
    std::string where;  // a JSON path, or line:column in plain text
    size_t start, end;
    std::string text;
};

}  // namespace

int cmd_check_personal_data(const std::vector<std::string>& raw, const UiStrings& t) {
    std::vector<std::string> files;
    std::string format = "text";
    for (size_t i = 0; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        if (a == "--help" || a == "-h") {
            std::fputs(t.get(kUsage).c_str(), stdout);
            return kExitOk;
        }
        if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (a == "--format" && i + 1 >= raw.size()) {
                std::fprintf(stderr, "spegeln: %s\n\n%s", t.get("cli.error.format_value").c_str(),
                             t.get(kUsage).c_str());
                return kExitUsage;
            }
            format = a == "--format" ? raw[++i] : a.substr(9);
            if (format != "text" && format != "json") {
                std::fprintf(stderr, "spegeln: %s\n\n%s",
                             t.format("cli.error.unknown_format", {terminal_safe(quote_for_message(format))}).c_str(),
                             t.get(kUsage).c_str());
                return kExitUsage;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "spegeln: %s\n\n%s",
                         t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}).c_str(),
                         t.get(kUsage).c_str());
            return kExitUsage;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "spegeln: %s\n\n%s", t.get("cli.check_personal_data.no_files").c_str(),
                     t.get(kUsage).c_str());
        return kExitUsage;
    }
    bool unreadable = false, any = false;
    json list = json::array();
    for (const auto& path : files) {
        bool plain = path == "-";
        std::string shown = plain ? t.get("cli.stdin") : path;
        FileRead file = read_file(plain ? "/dev/stdin" : path);
        Diagnostics d;
        std::vector<Found> found;
        if (!file.ok()) {
            report_file_error(file, d);
        } else if (plain) {
            for (const auto& f : find_personal_data(file.bytes))
                found.push_back({f.kind, line_column(file.bytes, f.start), f.start, f.end,
                                 file.bytes.substr(f.start, f.end - f.start)});
        } else if (auto doc = parse_json(file.bytes, d)) {
            for (auto& f : find_personal_data_in_json(*doc))
                found.push_back({f.finding.kind, f.path, f.finding.start, f.finding.end, std::move(f.text)});
        }
        if (d.has_errors()) {
            unreadable = true;
            for (const auto& x : d.items)
                std::fprintf(stderr, "%s: %s\n", terminal_safe(shown).c_str(),
                             terminal_safe(format_diagnostic(x, t)).c_str());
            continue;
        }
        any = any || !found.empty();
        for (const auto& f : found) {
            if (format == "json") {
                list.push_back({{"file", path},
                                {"kind", personal_data_kind_id(f.kind)},
                                {"path", f.where},
                                {"start", f.start},
                                {"end", f.end}});
            } else {
                std::string where = f.where.empty() ? t.get("cli.check_personal_data.whole_document") : f.where;
                std::string line = t.format(
                    "cli.check_personal_data.finding",
                    {shown, t.get(std::string("cli.check_personal_data.kind.") + personal_data_kind_id(f.kind)), where,
                     mask_personal_data(f.text, f.kind)});
                std::printf("%s\n", terminal_safe(line).c_str());
            }
        }
    }
    if (format == "json") {
        std::string s = dump_json(list) + "\n";
        std::fwrite(s.data(), 1, s.size(), stdout);
    } else if (!any && !unreadable) {
        std::printf("%s\n", t.get("cli.check_personal_data.none").c_str());
    }
    if (unreadable) return kExitInvalid;
    return any ? kExitFound : kExitOk;
}

}  // namespace cli
