#include "code.h"

#include <cstdint>
#include <cstdio>

namespace spegeln {
namespace {

constexpr int kBase = 31;  // kCodeAlphabet.size(), prime
static_assert(kCodeAlphabet.size() == kBase);

// Symbols before the answers: instrument, unit kind + core path, date (3), tag (2).
constexpr size_t kHeader = 7;
constexpr int kDateSymbols = 3;
constexpr int kTagValues = kBase * kBase;

int symbol_value(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    size_t at = kCodeAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// Weights 1 … 30 repeating: never 0 mod 31 (a wrong symbol changes the sum), and two
// neighbours' weights differ by 1 or by 29, never by 0 mod 31 (a swap changes the sum).
int weight(size_t position) {
    return static_cast<int>(position % (kBase - 1)) + 1;
}

int inverse_mod(int a) {  // a^(p-2) mod p
    int result = 1, base = a % kBase, e = kBase - 2;
    while (e > 0) {
        if (e & 1) result = result * base % kBase;
        base = base * base % kBase;
        e >>= 1;
    }
    return result;
}

// An unsigned number as base-31 digits, least significant first.
using Big = std::vector<int>;

void mul_add(Big& n, int m, int add) {
    int carry = add;
    for (int& d : n) {
        int v = d * m + carry;
        d = v % kBase;
        carry = v / kBase;
    }
    while (carry > 0) {
        n.push_back(carry % kBase);
        carry /= kBase;
    }
}

int div_mod(Big& n, int d) {
    int rem = 0;
    for (size_t i = n.size(); i-- > 0;) {
        int v = rem * kBase + n[i];
        n[i] = v / d;
        rem = v % d;
    }
    while (!n.empty() && n.back() == 0) n.pop_back();
    return rem;
}

int radix(const Instrument& in, const Item& item) {
    const Scale* s = in.find_scale(item.scale);
    return 3 + (s ? static_cast<int>(s->levels.size()) : 0);
}

int answer_value(const Answer* a) {
    if (!a) return 0;
    switch (a->status) {
        case AnswerStatus::Unanswered:
            return 0;
        case AnswerStatus::VetEj:
            return 1;
        case AnswerStatus::EjAktuellt:
            return 2;
        case AnswerStatus::Level:
            return 3 + a->level;
    }
    return 0;
}

// The answers as one mixed-radix number (the first item least significant).
Big pack_answers(const Instrument& in, const std::vector<int>& values) {
    Big n;
    for (size_t k = in.items.size(); k-- > 0;) mul_add(n, radix(in, in.items[k]), values[k]);
    return n;
}

size_t answer_symbols(const Instrument& in) {
    std::vector<int> top;
    for (const auto& item : in.items) top.push_back(radix(in, item) - 1);
    return pack_answers(in, top).size();
}

size_t code_length(const Instrument& in) {
    return kHeader + answer_symbols(in) + 1;
}

// Days since 2000-01-01 (Howard Hinnant's days_from_civil).
int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 - 10957;
}

std::string civil_from_days(int z) {
    z += 719468 + 10957;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

int tag_of(const std::string& id) {
    uint32_t h = 2166136261u;  // FNV-1a: the same id always gives the same tag
    for (unsigned char c : id) h = (h ^ c) * 16777619u;
    return static_cast<int>(h % kTagValues);
}

std::string grouped(const std::vector<int>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += '-';
        out += kCodeAlphabet[static_cast<size_t>(v[i])];
    }
    return out;
}

}  // namespace

const std::vector<CodeRegistryEntry>& code_registry() {
    // Append only: a code names its instrument by its place here.
    static const std::vector<CodeRegistryEntry> registry = {
        {"skane-2025-workshop", "1.0.0"},
        {"skane-2025-sjalvskattning", "1.0.0"},
        {"skane-2025-sjalvskattning", "1.1.0"},
    };
    return registry;
}

int code_check_value(const std::vector<int>& v) {
    int sum = 0;
    for (size_t i = 0; i < v.size(); ++i) sum = (sum + weight(i) * v[i]) % kBase;
    return (kBase - sum) % kBase * inverse_mod(weight(v.size())) % kBase;
}

bool code_check_passes(const std::vector<int>& v) {
    int sum = 0;
    for (size_t i = 0; i < v.size(); ++i) sum = (sum + weight(i) * v[i]) % kBase;
    return sum == 0;
}

std::string normalize_code(std::string_view code) {
    std::string out;
    for (char c : code) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n') continue;
        int v = symbol_value(c);
        if (v < 0) return "";
        out += kCodeAlphabet[static_cast<size_t>(v)];
    }
    return out;
}

std::string encode_code(const Assessment& a, const Instrument& in, Diagnostics& diag) {
    const auto& reg = code_registry();
    int index = -1;
    for (size_t i = 0; i < reg.size(); ++i)
        if (reg[i].instrument_id == in.id && reg[i].version == in.version) index = static_cast<int>(i);
    if (index < 0) {
        diag.error("", "diag.code.not_in_registry", {in.id, in.version});
        return "";
    }
    int kind = 0;
    for (size_t k = 0; k < in.unit_kinds.size(); ++k)
        if (in.unit_kinds[k].id == a.unit_kind) kind = static_cast<int>(k) + 1;
    if (kind * 2 + 1 >= kBase) {
        diag.error("unit_kind", "diag.code.cannot_carry", {a.unit_kind});
        return "";
    }
    std::vector<int> v = {index, kind * 2 + (a.core_path ? 1 : 0)};
    int days = 0;
    if (is_valid_date(a.date)) {
        auto num = [&](size_t at, size_t len) {
            int n = 0;
            for (size_t i = at; i < at + len; ++i) n = n * 10 + (a.date[i] - '0');
            return n;
        };
        int d = days_from_civil(num(0, 4), num(5, 2), num(8, 2));
        if (d >= 0 && d + 1 < kBase * kBase * kBase) days = d + 1;  // else carried as "no date"
    }
    for (int i = 0; i < kDateSymbols; ++i) {
        v.push_back(days % kBase);
        days /= kBase;
    }
    int tag = tag_of(a.id);
    v.push_back(tag % kBase);
    v.push_back(tag / kBase);
    std::vector<int> values;
    for (const auto& item : in.items) {
        int value = answer_value(a.find_answer(item.id));
        if (value >= radix(in, item)) {
            diag.error("answers[\"" + item.id + "\"].level", "diag.code.cannot_carry", {item.id});
            return "";
        }
        values.push_back(value);
    }
    Big n = pack_answers(in, values);
    n.resize(answer_symbols(in), 0);
    v.insert(v.end(), n.begin(), n.end());
    v.push_back(code_check_value(v));
    return grouped(v);
}

std::optional<Assessment> decode_code(std::string_view code, const std::vector<Instrument>& instruments,
                                      Diagnostics& diag) {
    std::vector<int> v;
    size_t position = 0;
    for (char c : code) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n') continue;
        ++position;
        int value = symbol_value(c);
        if (value < 0) {
            std::string shown = (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                                    ? std::string("?")
                                    : std::string(1, c);
            diag.error("", "diag.code.character", {shown, std::to_string(position)});
            return std::nullopt;
        }
        v.push_back(value);
    }
    if (v.empty()) {
        diag.error("", "diag.code.empty");
        return std::nullopt;
    }
    const auto& reg = code_registry();
    auto find = [&](size_t index) -> const Instrument* {
        if (index >= reg.size()) return nullptr;
        for (const auto& in : instruments)
            if (in.id == reg[index].instrument_id && in.version == reg[index].version) return &in;
        return nullptr;
    };
    size_t index = static_cast<size_t>(v[0]);
    const Instrument* in = find(index);
    if (!code_check_passes(v) || v.size() < kHeader + 2) {
        // A wrong length is said as such when no registered instrument has a code this long.
        bool some_length_fits = false;
        for (size_t i = 0; i < reg.size(); ++i)
            if (const Instrument* other = find(i)) some_length_fits |= code_length(*other) == v.size();
        if (!some_length_fits) {
            std::string expected = in ? std::to_string(code_length(*in)) : std::string();
            if (expected.empty() && find(0)) expected = std::to_string(code_length(*find(0)));
            diag.error("", "diag.code.length", {std::to_string(v.size()), expected});
        } else {
            diag.error("", "diag.code.checksum");
        }
        return std::nullopt;
    }
    if (index >= reg.size()) {
        diag.error("", "diag.code.unknown_instrument", {std::to_string(index)});
        return std::nullopt;
    }
    if (!in) {
        diag.error("", "diag.code.instrument_not_bundled",
                   {std::string(reg[index].instrument_id), std::string(reg[index].version)});
        return std::nullopt;
    }
    if (v.size() != code_length(*in)) {
        diag.error("", "diag.code.length", {std::to_string(v.size()), std::to_string(code_length(*in))});
        return std::nullopt;
    }
    int kind = v[1] / 2;
    if (kind > static_cast<int>(in->unit_kinds.size())) {
        diag.error("", "diag.code.value");
        return std::nullopt;
    }
    int days = v[2] + v[3] * kBase + v[4] * kBase * kBase;
    Big n(v.begin() + static_cast<long>(kHeader), v.end() - 1);
    while (!n.empty() && n.back() == 0) n.pop_back();
    std::vector<int> values;
    for (const auto& item : in->items) values.push_back(div_mod(n, radix(*in, item)));
    if (!n.empty()) {  // more than the answers can hold: not a code this program wrote
        diag.error("", "diag.code.value");
        return std::nullopt;
    }
    Mode mode = in->supports(Mode::Workshop) || in->modes.empty() ? Mode::Workshop : in->modes.front();
    Assessment a = new_assessment(*in, mode);
    a.id = "kod-" + normalize_code(code);
    if (kind > 0) a.unit_kind = in->unit_kinds[static_cast<size_t>(kind - 1)].id;
    a.core_path = v[1] % 2 == 1;
    if (days > 0) a.date = civil_from_days(days - 1);
    for (size_t k = 0; k < in->items.size(); ++k) {
        int value = values[k];
        if (value == 0) continue;
        Answer ans;
        ans.status = value == 1 ? AnswerStatus::VetEj : value == 2 ? AnswerStatus::EjAktuellt : AnswerStatus::Level;
        if (value >= 3) ans.level = value - 3;
        a.answers[in->items[k].id] = ans;
    }
    return a;
}

}  // namespace spegeln
