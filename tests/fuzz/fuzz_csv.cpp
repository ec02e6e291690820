// Fuzzes the CSV writer (core/csv.h): rows of fuzzed strings and of numbers
// formatted as the outputs format them (format_decimal, number_format.h) are
// written with CsvWriter and read back with the strict reader of csv_read.h.
// Every cell must come back as written, with an apostrophe in front exactly
// when it could start a formula, and numbers must stay numbers Excel reads.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdlib>

#include "csv.h"
#include "csv_read.h"
#include "fuzz_check.h"
#include "number_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    spegeln::CsvWriter writer;
    fuzz::CsvRows written;
    while (in.remaining_bytes() > 0 && written.size() < 64) {
        std::vector<std::string> row;
        size_t cells = in.ConsumeIntegralInRange<size_t>(0, 12);
        for (size_t i = 0; i < cells; ++i) {
            if (in.ConsumeBool()) {
                double v = in.ConsumeFloatingPoint<double>();
                int decimals = in.ConsumeIntegralInRange<int>(0, 3);
                std::string s = spegeln::format_decimal(v, decimals);
                if (std::isfinite(v)) {
                    // A formatted number is one Excel reads as a number, so it is
                    // never neutralised, and it is the value rounded.
                    fuzz::check(fuzz::is_plain_number(s), "format_decimal wrote no plain number", s);
                    std::string dotted = s;
                    for (char& c : dotted)
                        if (c == ',') c = '.';
                    double back = std::strtod(dotted.c_str(), nullptr);
                    double tolerance = 0.5 * std::pow(10.0, -decimals) + std::fabs(v) * 1e-15;
                    fuzz::check(std::fabs(back - v) <= tolerance, "format_decimal changed the value", s);
                }
                row.push_back(std::move(s));
            } else {
                row.push_back(in.ConsumeRandomLengthString(64));
            }
        }
        writer.row(row);
        written.push_back(std::move(row));
    }
    std::string error;
    auto rows = fuzz::read_csv_strict(writer.str(), &error);
    fuzz::check(rows.has_value(), "CSV does not read back", error);
    fuzz::check(rows->size() == written.size(), "CSV has another number of rows");
    for (size_t r = 0; r < written.size(); ++r) {
        // An empty row is written as an empty line, which reads as one empty cell.
        std::vector<std::string> expected;
        for (const auto& cell : written[r]) expected.push_back(fuzz::expected_cell(cell));
        if (expected.empty()) expected.push_back("");
        fuzz::check((*rows)[r] == expected, "a CSV row did not read back as written");
    }
    return 0;
}
