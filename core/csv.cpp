#include "csv.h"

namespace spegeln {
namespace {

// "-4,5", "-4.5" or "72" is a number Excel reads as such, not a formula; only those
// may start with '-' without being neutralised.
bool is_plain_number(const std::string& v) {
    size_t i = v[0] == '-' ? 1 : 0;
    bool digits = false, sep = false;
    for (; i < v.size(); ++i) {
        if (v[i] >= '0' && v[i] <= '9')
            digits = true;
        else if ((v[i] == ',' || v[i] == '.') && !sep && digits)
            sep = true;
        else
            return false;
    }
    return digits && v.back() != ',' && v.back() != '.';
}

}  // namespace

CsvWriter::CsvWriter(char separator) : out_("\xEF\xBB\xBF"), sep_(separator) {}

void CsvWriter::row(const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out_ += sep_;
        out_ += csv_cell(cells[i], sep_);
    }
    // Excel on Windows expects CRLF between records (RFC 4180).
    out_ += "\r\n";
}

std::string csv_cell(std::string_view value, char separator) {
    std::string v(value);
    // A leading = + - @ (or a tab/CR that Excel skips before one) would make
    // Excel evaluate the cell as a formula; an apostrophe makes it plain text.
    if (!v.empty() && !is_plain_number(v) &&
        (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    bool quote = v.find_first_of("\"\r\n") != std::string::npos || v.find(separator) != std::string::npos;
    if (!quote) return v;
    std::string q = "\"";
    for (char c : v) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

}  // namespace spegeln
