// `spegeln compare SELF.json AUDIT.json` when the second file is a
// brukarrevision: the unit's two views side by side (core/audit_compare.h).
// Each file is checked against its own instrument: the one given with
// --instrument that has its id and version, else the bundled one.
#include <optional>

#include "audit.h"
#include "audit_compare.h"
#include "bundled.h"
#include "cli_common.h"
#include "commands.h"
#include "json_read.h"

namespace cli {
namespace {

using namespace spegeln;

std::optional<Instrument> instrument_of(const std::string& id, const std::string& version,
                                        const std::vector<std::string>& instrument_files, const std::string& file,
                                        const UiStrings& t) {
    for (const auto& path : instrument_files) {
        auto in = load_instrument_file(path, t);
        if (in && in->id == id && (in->version == version || instrument_files.size() == 1)) return in;
    }
    if (auto in = bundled_instrument(id, version)) return in;
    if (auto in = bundled_instrument(id)) return in;
    Diagnostics d;
    d.error("instrument.id", "cli.diag.instrument_not_bundled", {quote_for_message(id)});
    print_diagnostics(file, d, t);
    return std::nullopt;
}

}  // namespace

int compare_self_with_audit(const std::vector<std::string>& files, const std::string& format,
                            const std::vector<std::string>& instrument_files, const UiStrings& t) {
    std::string self_text, audit_text;
    if (!read_input(files[0], self_text, t) || !read_input(files[1], audit_text, t)) return kExitInvalid;
    Diagnostics sd, ad;
    auto self = load_assessment(self_text, sd);
    std::optional<Instrument> self_in;
    if (self) self_in = instrument_of(self->instrument_id, self->instrument_version, instrument_files, files[0], t);
    if (self && self_in) {
        settle_unit_kind(*self, *self_in);
        check_against_instrument(*self, *self_in, sd);
    }
    print_diagnostics(files[0], sd, t);
    auto audit = load_audit(audit_text, ad);
    std::optional<Instrument> audit_in;
    if (audit) audit_in = instrument_of(audit->instrument_id, audit->instrument_version, instrument_files, files[1], t);
    if (audit && audit_in) check_audit_against_instrument(*audit, *audit_in, ad);
    print_diagnostics(files[1], ad, t);
    if (!self || !self_in || sd.has_errors() || !audit || !audit_in || ad.has_errors()) return kExitInvalid;
    Diagnostics d;
    AuditComparison c = compare_self_and_audit(*self_in, *self, *audit_in, *audit, d);
    print_diagnostics(files[1], d, t);
    if (format == "json")
        emit(audit_comparison_json(*self, *audit, c));
    else if (format == "csv")
        emit(audit_comparison_csv(*self_in, *audit_in, c, t));
    else
        emit(audit_comparison_text(*self_in, *audit_in, *self, *audit, c, t));
    return kExitOk;
}

}  // namespace cli
