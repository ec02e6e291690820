#include "personal_data.h"

#include <algorithm>
#include <chrono>

namespace spegeln {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Characters that glue two digit runs into one number ("2024-000123",
// "2023/456", "1.234", "12,5", "10:30"): a digit run next to one of them and a
// digit is part of something longer.
bool is_number_glue(char c) {
    return c == '-' || c == '+' || c == '/' || c == '.' || c == ',' || c == ':';
}

// Whether a number may start at `i`: not inside a word, nor right after another
// number joined by glue.
bool starts_cleanly(std::string_view s, size_t i) {
    if (i == 0) return true;
    char p = s[i - 1];
    if (is_ascii_alnum(p)) return false;
    if (is_number_glue(p) && i >= 2 && is_digit(s[i - 2])) return false;
    return true;
}

// Whether a number may end just before `i` (the same rule looking forward).
bool ends_cleanly(std::string_view s, size_t i) {
    if (i >= s.size()) return true;
    char n = s[i];
    if (is_ascii_alnum(n)) return false;
    if (is_number_glue(n) && i + 1 < s.size() && is_digit(s[i + 1])) return false;
    return true;
}

size_t digit_run(std::string_view s, size_t i) {
    size_t n = 0;
    while (i + n < s.size() && is_digit(s[i + n])) ++n;
    return n;
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool valid_day(int year, int month, int day) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    int max = kDays[month - 1] + (month == 2 && leap(year) ? 1 : 0);
    return day <= max;
}

// The current year (UTC) from the clock, by the civil-from-days rule (H. Hinnant),
// without the C++20 calendar types that not every standard library of the web
// build has.
int current_year() {
    using namespace std::chrono;
    long long z = duration_cast<hours>(system_clock::now().time_since_epoch()).count() / 24 + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    long long month = mp < 10 ? mp + 3 : mp - 9;
    return static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// A personnummer or samordningsnummer starting at `i`, or none: on success
// sets `end` and `kind`.
bool match_personnummer(std::string_view s, size_t i, int reference_year, size_t& end, PersonalDataKind& kind) {
    if (!starts_cleanly(s, i)) return false;
    size_t run = digit_run(s, i);
    std::string digits;
    char sep = 0;
    if (run == 12 || run == 10) {
        digits = std::string(s.substr(i, run));
        end = i + run;
    } else if ((run == 8 || run == 6) && i + run + 5 <= s.size() && (s[i + run] == '-' || s[i + run] == '+') &&
               digit_run(s, i + run + 1) == 4) {
        sep = s[i + run];
        digits = std::string(s.substr(i, run)) + std::string(s.substr(i + run + 1, 4));
        end = i + run + 5;
    } else {
        return false;
    }
    if (!ends_cleanly(s, end)) return false;
    int year = 0;
    std::string_view rest = digits;
    if (digits.size() == 12) {
        year = to_int(rest.substr(0, 4));
        rest = rest.substr(2);
        if (year < 1800 || year > reference_year) return false;
    } else {
        int yy = to_int(rest.substr(0, 2));
        year = reference_year / 100 * 100 + yy;
        if (year > reference_year) year -= 100;
        if (sep == '+') year -= 100;  // 100 years or older
    }
    int month = to_int(rest.substr(2, 2));
    int day = to_int(rest.substr(4, 2));
    kind = PersonalDataKind::Personnummer;
    if (day > 60) {
        day -= 60;
        kind = PersonalDataKind::Samordningsnummer;
    }
    if (!valid_day(year, month, day)) return false;
    return luhn_valid(rest);
}

bool is_space_sep(std::string_view s, size_t i, size_t& width) {
    if (i < s.size() && s[i] == ' ') {
        width = 1;
        return true;
    }
    // A no-break space (U+00A0), as word processors put between digit groups.
    if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') {
        width = 2;
        return true;
    }
    return false;
}

// One group separator between digits: a space, a no-break space or a dash.
bool group_sep(std::string_view s, size_t i, size_t& width) {
    if (is_space_sep(s, i, width)) return true;
    if (i < s.size() && s[i] == '-') {
        width = 1;
        return true;
    }
    return false;
}

// A Swedish phone number starting at `i`. The national significant number
// (without 0 or +46) is 9 digits for a mobile (7[02369]…), 7–9 for a landline
// (area code 8, 1x–9x, 1xx–9xx); a national number written in groups starts
// with its area code as a group of its own ("08", "031", "0431", "070"), which
// keeps dates such as 01-02-2025 out.
bool match_phone(std::string_view s, size_t i, size_t& end) {
    if (!starts_cleanly(s, i)) return false;
    if (i > 0 && s[i - 1] == '+') return false;
    // A group of a larger number written with spaces ("1 020 304 050 kr").
    size_t w0 = 0;
    if (i >= 2 && is_space_sep(s, i - 1, w0) && is_digit(s[i - 2])) return false;
    if (i >= 3 && s[i - 2] == '\xC2' && s[i - 1] == '\xA0' && is_digit(s[i - 3])) return false;
    size_t pos = i;
    bool international = false;
    if (s.substr(i, 3) == "+46") {
        international = true;
        pos = i + 3;
    } else if (s.substr(i, 4) == "0046") {
        international = true;
        pos = i + 4;
    } else if (!(s[i] == '0' && i + 1 < s.size() && s[i + 1] >= '1' && s[i + 1] <= '9')) {
        return false;
    }
    if (international) {
        size_t w = 0;
        if (group_sep(s, pos, w)) pos += w;
        if (s.substr(pos, 3) == "(0)") {
            pos += 3;
            if (group_sep(s, pos, w)) pos += w;
        }
        if (pos >= s.size() || s[pos] < '1' || s[pos] > '9') return false;
    }
    // Digit groups, each with its end and the national digits so far.
    struct Group {
        size_t end;
        std::string nsn;
    };
    std::vector<Group> groups;
    std::string nsn;
    size_t first_group_digits = 0;
    while (pos < s.size() && is_digit(s[pos])) {
        size_t n = digit_run(s, pos);
        std::string_view g = s.substr(pos, n);
        if (groups.empty()) {
            first_group_digits = n;
            if (!international) g = g.substr(1);  // the trunk 0
        }
        nsn += std::string(g);
        pos += n;
        groups.push_back({pos, nsn});
        if (nsn.size() > 9) break;
        size_t w = 0;
        if (!group_sep(s, pos, w) || pos + w >= s.size() || !is_digit(s[pos + w])) break;
        pos += w;
    }
    for (size_t k = groups.size(); k-- > 0;) {
        const std::string& n = groups[k].nsn;
        if (n.empty()) continue;
        bool ok = false;
        if (n[0] == '7')
            ok = n.size() == 9 && std::string_view("02369").find(n[1]) != std::string_view::npos;
        else
            ok = n.size() >= 7 && n.size() <= 9;
        if (ok && !international && k > 0)
            ok = first_group_digits == 3 || first_group_digits == 4 || (first_group_digits == 2 && s[i + 1] == '8');
        if (!ok) continue;
        size_t e = groups[k].end;
        // Another group joined by a dash or glue would make it a different number.
        if (!ends_cleanly(s, e)) continue;
        end = e;
        return true;
    }
    return false;
}

// Bytes that may be part of an e-mail address besides ASCII letters and digits:
// multi-byte UTF-8 letters (å, ä, ö in IDN domains), but not the no-break
// space, Latin-1 punctuation (U+0080–U+00BF) or general punctuation (U+2000–
// U+206F, quotation marks and dashes).
bool utf8_letter_at(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return false;
    if (c >= 0x80 && c < 0xC0) {
        // A continuation byte: part of the letter whose lead byte was accepted.
        return true;
    }
    if (c == 0xC2) return false;
    if (c == 0xE2 && i + 1 < s.size() &&
        (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81))
        return false;
    return true;
}

bool local_char(std::string_view s, size_t i) {
    char c = s[i];
    return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool domain_char(std::string_view s, size_t i) {
    char c = s[i];
    return is_ascii_alnum(c) || c == '.' || c == '-' || utf8_letter_at(s, i);
}

// An e-mail address around the '@' at `at`.
bool match_email(std::string_view s, size_t at, size_t& start, size_t& end) {
    size_t b = at;
    while (b > 0 && local_char(s, b - 1)) --b;
    // A multi-byte letter in the name: step back over whole characters only.
    while (b > 0 && utf8_letter_at(s, b - 1) && static_cast<unsigned char>(s[b - 1]) >= 0x80) {
        size_t k = b - 1;
        while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
        if (!utf8_letter_at(s, k)) break;
        b = k;
        while (b > 0 && local_char(s, b - 1)) --b;
    }
    while (b < at && s[b] == '.') ++b;
    if (b == at || s[at - 1] == '.') return false;
    size_t e = at + 1;
    while (e < s.size() && domain_char(s, e)) ++e;
    while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
    std::string_view domain = s.substr(at + 1, e - at - 1);
    if (domain.empty()) return false;
    size_t last_dot = domain.rfind('.');
    if (last_dot == std::string_view::npos || last_dot == 0) return false;
    // Every label non-empty, not starting or ending with '-'.
    size_t label_start = 0;
    for (size_t k = 0; k <= domain.size(); ++k) {
        if (k == domain.size() || domain[k] == '.') {
            if (k == label_start || domain[label_start] == '-' || domain[k - 1] == '-') return false;
            label_start = k + 1;
        }
    }
    std::string_view tld = domain.substr(last_dot + 1);
    if (tld.size() < 2) return false;
    for (char c : tld)
        if (is_digit(c) || c == '-') return false;
    start = b;
    end = e;
    return true;
}

bool overlaps(const std::vector<PersonalDataFinding>& found, size_t start, size_t end) {
    for (const auto& f : found)
        if (start < f.end && f.start < end) return true;
    return false;
}

bool plain_name(const std::string& k) {
    if (k.empty()) return false;
    for (char c : k)
        if (!(is_ascii_alnum(c) || c == '_')) return false;
    return true;
}

void walk(const json& v, const std::string& path, int reference_year, std::vector<JsonPersonalDataFinding>& out) {
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        for (const auto& f : find_personal_data(s, reference_year))
            out.push_back({path, f, s.substr(f.start, f.end - f.start)});
    } else if (v.is_object()) {
        for (const auto& [k, child] : v.items())
            walk(child, plain_name(k) ? path_member(path, k) : path_key(path, k), reference_year, out);
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); ++i) walk(v[i], path_index(path, i), reference_year, out);
    }
}

}  // namespace

const char* personal_data_kind_id(PersonalDataKind kind) {
    switch (kind) {
        case PersonalDataKind::Personnummer:
            return "personnummer";
        case PersonalDataKind::Samordningsnummer:
            return "samordningsnummer";
        case PersonalDataKind::Phone:
            return "telefon";
        case PersonalDataKind::Email:
            return "epost";
    }
    return "personnummer";
}

bool luhn_valid(std::string_view d) {
    if (d.size() != 10) return false;
    int sum = 0;
    for (size_t k = 0; k < 10; ++k) {
        if (!is_digit(d[k])) return false;
        int x = d[k] - '0';
        if (k % 2 == 0) x *= 2;
        sum += x / 10 + x % 10;
    }
    return sum % 10 == 0;
}

std::vector<PersonalDataFinding> find_personal_data(std::string_view text, int reference_year) {
    if (reference_year == 0) reference_year = current_year();
    std::vector<PersonalDataFinding> found;
    // E-mail addresses first: a number inside one is part of the address.
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '@') continue;
        size_t b = 0, e = 0;
        if (match_email(text, i, b, e) && !overlaps(found, b, e)) {
            found.push_back({PersonalDataKind::Email, b, e});
            i = e - 1;
        }
    }
    std::vector<PersonalDataFinding> numbers;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!is_digit(text[i]) && text[i] != '+') continue;
        size_t e = 0;
        PersonalDataKind kind{};
        if (is_digit(text[i]) && match_personnummer(text, i, reference_year, e, kind) && !overlaps(found, i, e)) {
            numbers.push_back({kind, i, e});
            i = e - 1;
        } else if (match_phone(text, i, e) && !overlaps(found, i, e)) {
            numbers.push_back({PersonalDataKind::Phone, i, e});
            i = e - 1;
        } else {
            // Skip the rest of this number: a match never starts inside one.
            while (i + 1 < text.size() && is_digit(text[i + 1])) ++i;
        }
    }
    found.insert(found.end(), numbers.begin(), numbers.end());
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return found;
}

std::vector<JsonPersonalDataFinding> find_personal_data_in_json(const json& doc, int reference_year) {
    if (reference_year == 0) reference_year = current_year();
    std::vector<JsonPersonalDataFinding> out;
    walk(doc, "", reference_year, out);
    return out;
}

std::string mask_personal_data(std::string_view m, PersonalDataKind kind) {
    std::string out(m);
    if (kind == PersonalDataKind::Email) {
        size_t at = out.rfind('@');
        if (at == std::string::npos) return std::string(out.size(), '*');
        for (size_t k = 1; k < at; ++k) out[k] = '*';
        // Keep a multi-byte first character whole.
        size_t first_end = 1;
        while (first_end < at && (static_cast<unsigned char>(m[first_end]) & 0xC0) == 0x80) ++first_end;
        for (size_t k = 1; k < first_end; ++k) out[k] = m[k];
        return out;
    }
    if (kind == PersonalDataKind::Phone) {
        size_t keep = m.rfind("+46", 0) == 0 ? 4 : m.rfind("0046", 0) == 0 ? 6 : 3;
        size_t seen = 0;
        for (char& c : out)
            if (is_digit(c) && ++seen > keep) c = '*';
        return out;
    }
    // A personnummer: the last four digits (birth number and check digit).
    size_t masked = 0;
    for (size_t k = out.size(); k-- > 0 && masked < 4;)
        if (is_digit(out[k])) {
            out[k] = '*';
            ++masked;
        }
    return out;
}

}  // namespace spegeln
