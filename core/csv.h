// csv.h — CSV that opens correctly in Swedish Excel.
//
// UTF-8 with a byte-order mark (or Excel guesses the wrong encoding), ';' as the
// separator (',' is the decimal sign in Swedish), fields quoted when needed, and
// any cell that begins with = + - or @ (other than a plain number like -4,5) prefixed with an apostrophe so Excel
// shows it as text instead of running it as a formula (CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spegeln {

class CsvWriter {
public:
    CsvWriter();  // starts with the BOM
    void row(const std::vector<std::string>& cells);
    const std::string& str() const { return out_; }

private:
    std::string out_;
};

// One cell, quoted and neutralised as described above.
std::string csv_cell(std::string_view value);

}  // namespace spegeln
