// `spegeln guide patient|narstaende|fokusgrupp|observation [--instrument FILE]
// [--unit-kind KIND] [-o FILE]` — a brukarrevision's printable guide
// (core/audit_guides.h), the same page as the app's "Skriv ut intervjuguide".
// Without --instrument, the newest bundled brukarrevision instrument.
#include <optional>

#include "audit_guides.h"
#include "bundled.h"
#include "cli_common.h"
#include "commands.h"
#include "output.h"
#include "output_common.h"

namespace cli {
namespace {

using namespace spegeln;

constexpr const char* kUsage = "cli.guide.usage";
constexpr const char* kBundledAudit = "skane-2025-brukarrevision";

int usage(const UiStrings& t, const std::string& sentence) {
    usage_error(t, sentence, kUsage, "spegeln guide");
    return kExitUsage;
}

std::string kind_list() {
    std::string out;
    for (GuideKind k : kAllGuideKinds) out += (out.empty() ? "" : ", ") + std::string(guide_kind_id(k));
    return out;
}

}  // namespace

int cmd_guide(const std::vector<std::string>& raw, const UiStrings& t) {
    std::vector<std::string> words;
    std::string instrument_file, unit_kind, output;
    for (size_t i = 0; i < raw.size(); ++i) {
        const std::string& a = raw[i];
        auto value = [&](const std::string& flag, std::string& dest) { return flag_value(raw, i, flag, dest); };
        int v = 0;
        if (a == "--help" || a == "-h") return help(t, kUsage);
        if ((v = value("--instrument", instrument_file)) != 0) {
            if (v < 0) return usage(t, t.get("cli.error.instrument_value"));
        } else if ((v = value("--unit-kind", unit_kind)) != 0) {
            if (v < 0) return usage(t, t.get("cli.guide.unit_kind_value"));
        } else if ((v = value("-o", output)) != 0 || (v = value("--output", output)) != 0) {
            if (v < 0) return usage(t, t.get("cli.guide.output_value"));
        } else if (a.size() > 1 && a[0] == '-') {
            return usage(t, t.format("cli.error.unknown_flag", {terminal_safe(quote_for_message(a))}));
        } else {
            words.push_back(a);
        }
    }
    if (words.size() != 1) return usage(t, t.format("cli.guide.one_kind", {kind_list()}));
    auto kind = guide_kind_from_id(words[0]);
    if (!kind)
        return usage(t, t.format("cli.guide.unknown_kind", {terminal_safe(quote_for_message(words[0])), kind_list()}));

    std::optional<Instrument> in;
    if (!instrument_file.empty()) {
        in = load_instrument_file(instrument_file, t);
        if (!in) return kExitInvalid;
    } else {
        in = bundled_instrument(kBundledAudit);
        if (!in) return kExitInvalid;  // unreachable: the build's tests load every bundled instrument
    }
    if (!unit_kind.empty() && !in->find_unit_kind(unit_kind)) {
        std::string kinds;
        for (const auto& k : in->unit_kinds) kinds += (kinds.empty() ? "" : ", ") + k.id;
        return usage(t, t.format("cli.guide.unknown_unit_kind", {terminal_safe(quote_for_message(unit_kind)), kinds}));
    }
    const std::string html = audit_guide_html(*in, *kind, t, unit_kind);
    return write_result(output, html, t) ? kExitOk : kExitInvalid;
}

}  // namespace cli
