#include "cli_common.h"

#include "commands.h"
#include "file_io.h"
#include "output_common.h"

namespace cli {

using namespace spegeln;

void usage_error(const UiStrings& t, const std::string& sentence, const char* usage_key, const char* who) {
    std::fprintf(stderr, "%s: %s\n\n%s", who, sentence.c_str(), t.get(usage_key).c_str());
}

void print_diagnostics(const std::string& file, const Diagnostics& d, const UiStrings& t, FILE* warnings_to) {
    for (const auto& x : d.items)
        std::fprintf(x.severity == Severity::Error ? stderr : warnings_to, "%s: %s\n", terminal_safe(file).c_str(),
                     terminal_safe(format_diagnostic(x, t)).c_str());
}

bool read_input(const std::string& path, std::string& text, const UiStrings& t) {
    FileRead file = read_file(path);
    if (file.ok()) {
        text = std::move(file.bytes);
        return true;
    }
    Diagnostics d;
    report_file_error(file, d);
    print_diagnostics(path, d, t);
    return false;
}

std::optional<Instrument> load_instrument_file(const std::string& path, const UiStrings& t) {
    std::string text;
    if (!read_input(path, text, t)) return std::nullopt;
    Diagnostics d;
    auto in = load_instrument(text, d);
    print_diagnostics(path, d, t);
    return in;
}

int help(const UiStrings& t, const char* usage_key) {
    std::fputs(t.get(usage_key).c_str(), stdout);
    return kExitOk;
}

void emit(const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
}

bool write_result(const std::string& path, const std::string& s, const UiStrings& t) {
    if (path.empty()) {
        emit(s);
        return true;
    }
    Diagnostics d;
    if (write_file(path, s, d)) return true;
    print_diagnostics(path, d, t);
    return false;
}

int flag_value(const std::vector<std::string>& args, size_t& i, const std::string& flag, std::string& dest) {
    const std::string& a = args[i];
    if (a.rfind(flag + "=", 0) == 0) {
        dest = a.substr(flag.size() + 1);
        return 1;
    }
    if (a != flag) return 0;
    if (i + 1 >= args.size()) return -1;
    dest = args[++i];
    return 1;
}

}  // namespace cli
