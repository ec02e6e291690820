// csv.h — CSV that opens correctly in Excel.
//
// UTF-8 with a byte-order mark (or Excel guesses the wrong encoding), ';' as the
// separator for Swedish (',' is the decimal sign there) and ',' for English
// (docs/translations.md), fields quoted when needed, and any cell that begins
// with = + - or @ (other than a plain number like -4,5 or -4.5) prefixed with an
// apostrophe so Excel shows it as text instead of running it as a formula (CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spegeln {

class CsvWriter {
public:
    explicit CsvWriter(char separator = ';');  // starts with the BOM
    void row(const std::vector<std::string>& cells);
    const std::string& str() const { return out_; }

private:
    std::string out_;
    char sep_;
};

// One cell, quoted (when it holds `separator`, a quote or a line break) and
// neutralised as described above.
std::string csv_cell(std::string_view value, char separator = ';');

}  // namespace spegeln
