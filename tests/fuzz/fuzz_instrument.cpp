// Fuzzes load_instrument (core/instrument.h). An accepted instrument must be
// written back by instrument_to_json into a file that loads again and writes
// the same bytes, and a new assessment of it must score and export cleanly.
#include "fuzz_exercise.h"
#include "instrument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    spegeln::Diagnostics diag;
    auto in = spegeln::load_instrument(fuzz::as_text(data, size), diag);
    fuzz::check_result(in, diag, "load_instrument");
    if (!in) return 0;
    std::string written = spegeln::instrument_to_json(*in);
    spegeln::Diagnostics again;
    auto reread = spegeln::load_instrument(written, again);
    fuzz::check_result(reread, again, "load_instrument (written back)");
    fuzz::check(reread.has_value(), "a loaded instrument, written back, does not load",
                again.items.empty() ? std::string_view{} : std::string_view(again.items[0].code));
    fuzz::check(spegeln::instrument_to_json(*reread) == written, "instrument_to_json is not stable", written);
    for (spegeln::Mode m : in->modes) fuzz::exercise(*in, spegeln::new_assessment(*in, m));
    return 0;
}
