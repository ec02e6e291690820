// Fuzzes load_audit (core/audit.h) and the personal-data detector
// (core/personal_data.h) on the same bytes: the audit reader accepts or refuses
// with an error, an accepted audit writes back to the same file and scores and
// reports against the bundled instrument it names; the detector's findings lie
// inside the text, in order, without overlap, whatever the bytes.
#include "audit_report.h"
#include "bundled.h"
#include "fuzz_exercise.h"
#include "personal_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::vector<spegeln::Instrument> bundled = spegeln::bundled_instruments();
    std::string_view text = fuzz::as_text(data, size);

    size_t last_end = 0;
    for (const auto& f : spegeln::find_personal_data(text, 2025)) {
        fuzz::check(f.start < f.end && f.end <= text.size(), "finding outside the text");
        fuzz::check(f.start >= last_end, "findings overlap or are out of order");
        last_end = f.end;
    }

    spegeln::Diagnostics diag;
    auto a = spegeln::load_audit(text, diag);
    fuzz::check_result(a, diag, "load_audit");
    if (!a) return 0;
    std::string written = spegeln::audit_to_json(*a);
    spegeln::Diagnostics again;
    auto reread = spegeln::load_audit(written, again);
    fuzz::check_result(reread, again, "load_audit (written back)");
    fuzz::check(reread.has_value(), "a loaded audit, written back, does not load", written);
    fuzz::check(spegeln::audit_to_json(*reread) == written, "audit_to_json is not stable", written);
    for (const auto& in : bundled) {
        if (in.id != a->instrument_id) continue;
        spegeln::Diagnostics checked;
        spegeln::check_audit_against_instrument(*a, in, checked);
        if (checked.has_errors()) continue;
        spegeln::AuditScore s = spegeln::score_audit(in, *a);
        for (const auto& d : s.principles) fuzz::check_dimension(in, d.score, s.report.unit_kind);
        fuzz::check_output(spegeln::audit_report_json(in, *a, s), true);
        fuzz::check_csv(spegeln::audit_report_csv(in, *a, s, fuzz::swedish()));
        fuzz::check_output(spegeln::audit_report_html(in, *a, s, fuzz::swedish()), false);
    }
    return 0;
}
