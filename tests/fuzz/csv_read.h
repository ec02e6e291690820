// csv_read.h — a small, strict reader for the CSV that core/csv.h writes.
//
// Used by the fuzz targets to read the writer's output back. Strict on purpose:
// the file must start with the UTF-8 byte-order mark, records end in CRLF, cells
// are separated by ';', a quoted cell doubles its quotes and is followed by ';'
// or the end of the record, and an unquoted cell contains none of ; " CR LF.
// Anything else is an error, so a writer that drifts from csv.h is caught.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

using CsvRows = std::vector<std::vector<std::string>>;

inline std::optional<CsvRows> read_csv_strict(std::string_view text, std::string* error) {
    auto bad = [&](const char* why) -> std::optional<CsvRows> {
        if (error) *error = why;
        return std::nullopt;
    };
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.substr(0, kBom.size()) != kBom) return bad("no byte-order mark");
    text.remove_prefix(kBom.size());
    CsvRows rows;
    size_t i = 0;
    while (i < text.size()) {
        std::vector<std::string> row;
        for (;;) {
            std::string cell;
            if (i < text.size() && text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= text.size()) return bad("quoted cell not closed");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    cell += text[i++];
                }
                if (i < text.size() && text[i] != ';' && text[i] != '\r') return bad("text after a closing quote");
            } else {
                while (i < text.size() && text[i] != ';' && text[i] != '\r') {
                    if (text[i] == '"' || text[i] == '\n') return bad("quote or LF in an unquoted cell");
                    cell += text[i++];
                }
            }
            row.push_back(std::move(cell));
            if (i >= text.size()) return bad("last record does not end in CRLF");
            if (text[i] == ';') {
                ++i;
                continue;
            }
            // text[i] == '\r'
            if (i + 1 >= text.size() || text[i + 1] != '\n') return bad("CR not followed by LF");
            i += 2;
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// What csv.h promises a cell reads back as: the value itself, or with an
// apostrophe in front when Excel would take it for a formula.
inline bool starts_like_formula(std::string_view v) {
    if (v.empty()) return false;
    char c = v[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// "-4,5" and "72": numbers Excel reads as numbers (csv.h); a '-' may lead only these.
inline bool is_plain_number(std::string_view v) {
    size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
    size_t digits_before = 0, digits_after = 0;
    bool comma = false;
    for (; i < v.size(); ++i) {
        if (v[i] >= '0' && v[i] <= '9')
            (comma ? digits_after : digits_before)++;
        else if (v[i] == ',' && !comma)
            comma = true;
        else
            return false;
    }
    return digits_before > 0 && (!comma || digits_after > 0);
}

inline std::string expected_cell(std::string_view v) {
    if (starts_like_formula(v) && !is_plain_number(v)) return "'" + std::string(v);
    return std::string(v);
}

}  // namespace fuzz
