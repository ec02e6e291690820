#include "json_read.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace spegeln {
namespace {

// Line and column (1-based, columns counted in bytes) of a byte offset.
void line_col(std::string_view text, size_t offset, size_t& line, size_t& col) {
    line = 1;
    col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
}

// Deepest nesting of [ and { outside strings; stops counting once over `limit`.
int nesting_depth(std::string_view text, int limit, size_t& where) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit) {
                    where = i;
                    return deepest;
                }
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// The encoding of text that is not UTF-8 but UTF-16 or UTF-32, or "" for
// anything else. By the byte-order mark, else by where the NUL bytes are: JSON
// text starts with an ASCII character (RFC 8259 §8.1, RFC 4627 §3), which in
// UTF-16 is one NUL and the character, in UTF-32 three NULs and the character.
std::string wide_encoding(std::string_view t) {
    auto starts = [&](std::string_view prefix) { return t.substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv)) return "UTF-32";
    if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv)) return "UTF-16";
    if (t.size() >= 4 && t[0] == 0 && t[1] == 0 && t[2] == 0 && t[3] != 0) return "UTF-32";
    if (t.size() >= 4 && t[0] != 0 && t[1] == 0 && t[2] == 0 && t[3] == 0) return "UTF-32";
    if (t.size() >= 2 && ((t[0] == 0 && t[1] != 0) || (t[0] != 0 && t[1] == 0))) return "UTF-16";
    return "";
}

bool plain_name(const std::string& k) {
    if (k.empty()) return false;
    for (char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// Builds the DOM like nlohmann's own json_sax_dom_parser but records the error
// instead of throwing it (SAX dispatch is static, so these methods are the ones
// called). It also refuses duplicate keys: nlohmann would silently keep only the
// last one, and a user's answer must never vanish without a word. Members are
// appended directly: ordered_json's operator[] searches the object linearly, so
// going through it made one object with 100 000 keys take minutes (a hang).
struct RecordingSax {
    explicit RecordingSax(json& target) : root(target) {}

    struct Frame {
        bool is_object = false;
        std::string path;
        size_t next_index = 0;
        // A hash set, not a vector: a hostile file with a million keys in one
        // object must not make the duplicate check quadratic either.
        std::unordered_set<std::string> keys;
        std::string pending_key;
    };
    json& root;
    std::vector<json*> open;  // the containers being filled, innermost last
    json* member = nullptr;   // the value slot of the object's latest key
    std::vector<Frame> frames;

    // Every value (scalars, arrays and objects) counts; past kMaxJsonValues the
    // parse stops, so memory never grows with what a hostile file repeats.
    size_t values = 0;
    bool too_many_values = false;
    bool count() {
        if (++values <= kMaxJsonValues) return true;
        too_many_values = true;
        return false;
    }

    std::string child_path() {
        if (frames.empty()) return "";
        Frame& f = frames.back();
        // A key that is not a plain name is quoted, so quotes and control
        // characters in it cannot break (or reach a terminal through) the path.
        if (f.is_object)
            return plain_name(f.pending_key) ? path_member(f.path, f.pending_key) : path_key(f.path, f.pending_key);
        return path_index(f.path, f.next_index++);
    }
    void on_value() {
        if (!frames.empty() && !frames.back().is_object) frames.back().next_index++;
    }

    // Puts a value where the parser is (the root, the end of an array, or the
    // slot of the latest key) and returns where it went.
    json* add(json&& v) {
        if (open.empty()) {
            root = std::move(v);
            return &root;
        }
        if (open.back()->is_array()) {
            auto& array = open.back()->get_ref<json::array_t&>();
            array.push_back(std::move(v));
            return &array.back();
        }
        *member = std::move(v);
        return member;
    }

    bool null() {
        if (!count()) return false;
        on_value();
        add(json(nullptr));
        return true;
    }
    bool boolean(bool v) {
        if (!count()) return false;
        on_value();
        add(json(v));
        return true;
    }
    bool number_integer(json::number_integer_t v) {
        if (!count()) return false;
        on_value();
        add(json(v));
        return true;
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (!count()) return false;
        on_value();
        add(json(v));
        return true;
    }
    bool number_float(json::number_float_t v, const std::string&) {
        if (!count()) return false;
        on_value();
        add(json(v));
        return true;
    }
    bool string(std::string& v) {
        if (!count()) return false;
        on_value();
        add(json(std::move(v)));
        return true;
    }
    bool binary(json::binary_t& v) {
        if (!count()) return false;
        on_value();
        add(json::binary(std::move(v)));
        return true;
    }
    bool start_object(std::size_t) {
        if (!count()) return false;
        frames.push_back({true, child_path(), 0, {}, {}});
        open.push_back(add(json::object()));
        return true;
    }
    bool start_array(std::size_t) {
        if (!count()) return false;
        frames.push_back({false, child_path(), 0, {}, {}});
        open.push_back(add(json::array()));
        return true;
    }
    bool end_object() {
        frames.pop_back();
        open.pop_back();
        return true;
    }
    bool end_array() {
        frames.pop_back();
        open.pop_back();
        return true;
    }
    bool key(std::string& k) {
        Frame& f = frames.back();
        if (!f.keys.insert(k).second) {
            duplicate_path = path_key(f.path, k);
            return false;  // stops the parse
        }
        f.pending_key = k;
        // The key is new (checked above), so it can be appended without a search.
        auto& object = open.back()->get_ref<json::object_t&>();
        object.emplace_back(k, nullptr);
        member = &object.back().second;
        return true;
    }
    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) {
        failed = true;
        error_position = position;
        last_token = token;
        reason = ex.what();
        error_id = ex.id;
        return false;
    }
    bool failed = false;
    int error_id = 0;
    size_t error_position = 0;
    std::string last_token;
    std::string reason;
    std::string duplicate_path;
};

// nlohmann's messages look like "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error while parsing value - unexpected end of input; …".
// Their grammar is small and fixed (nlohmann's parser.hpp exception_message and
// lexer.hpp error_message), so each part becomes a translation key: where the
// parser was, what it met, and what it expected. Nothing of the English text
// reaches a user.
struct SyntaxError {
    std::string where;     // "diag.json.where.…"
    std::string problem;   // "diag.json.lex.…" for a bad token, else empty
    std::string met;       // the unexpected token: a "diag.json.token.…" key or punctuation
    std::string expected;  // likewise, or empty
};

// A token name of nlohmann's lexer (token_type_name) as a parameter.
std::string token_param(const std::string& name) {
    if (name == "end of input") return "diag.json.token.end";
    if (name == "string literal") return "diag.json.token.string";
    if (name == "number literal") return "diag.json.token.number";
    if (name == "'[', '{', or a literal") return "diag.json.token.value";
    if (name == "true literal") return "true";
    if (name == "false literal") return "false";
    if (name == "null literal") return "null";
    // Punctuation ('[', ':', …) reads the same in every language.
    if (name.size() == 3 && name[0] == '\'' && name[2] == '\'') return name;
    return "diag.json.token.unknown";
}

std::string lexer_problem(const std::string& m) {
    static constexpr const char* kProblems[][2] = {
        {"invalid literal", "diag.json.lex.literal"},
        {"invalid string: missing closing quote", "diag.json.lex.missing_quote"},
        {"invalid string: control character", "diag.json.lex.control_character"},
        {"invalid string: forbidden character after backslash", "diag.json.lex.bad_escape"},
        {"invalid string: ill-formed UTF-8 byte", "diag.json.lex.bad_utf8"},
        {"invalid string: '\\u' must be followed by 4 hex digits", "diag.json.lex.bad_unicode_escape"},
        {"invalid string: surrogate U+D800..U+DBFF", "diag.json.lex.lone_high_surrogate"},
        {"invalid string: surrogate U+DC00..U+DFFF", "diag.json.lex.lone_low_surrogate"},
        {"invalid number; expected digit after '-'", "diag.json.lex.number_minus"},
        {"invalid number; expected digit after '.'", "diag.json.lex.number_point"},
        {"invalid number; expected '+', '-', or digit after exponent", "diag.json.lex.number_exponent"},
        {"invalid number; expected digit after exponent sign", "diag.json.lex.number_exponent_sign"},
        {"invalid BOM", "diag.json.lex.bom"},
    };
    for (const auto& [from, to] : kProblems)
        if (m.rfind(from, 0) == 0) return to;
    return "diag.json.lex.other";
}

SyntaxError explain(const std::string& what) {
    SyntaxError e;
    std::string detail = what;
    // Drop the "[json.exception.parse_error.101] parse error at line 1, column 5: " prefix.
    if (auto pos = detail.find(": "); pos != std::string::npos) detail = detail.substr(pos + 2);
    e.where = "diag.json.where.document";
    if (detail.rfind("syntax error while parsing ", 0) == 0) {
        auto ctx_end = detail.find(" - ");
        std::string ctx = detail.substr(27, ctx_end == std::string::npos ? std::string::npos : ctx_end - 27);
        if (ctx == "value")
            e.where = "diag.json.where.value";
        else if (ctx == "object key")
            e.where = "diag.json.where.object_key";
        else if (ctx == "object separator")
            e.where = "diag.json.where.object_separator";
        else if (ctx == "object")
            e.where = "diag.json.where.object";
        else if (ctx == "array")
            e.where = "diag.json.where.array";
    }
    auto dash = detail.find(" - ");
    std::string rest = dash == std::string::npos ? detail : detail.substr(dash + 3);
    if (auto last = rest.find("; last read: "); last != std::string::npos) {
        e.problem = lexer_problem(rest.substr(0, last));
        return e;
    }
    std::string expected;
    if (auto exp = rest.find("; expected "); exp != std::string::npos) {
        expected = rest.substr(exp + 11);
        rest = rest.substr(0, exp);
    }
    if (rest.rfind("unexpected ", 0) == 0)
        e.met = token_param(rest.substr(11));
    else
        e.met = "diag.json.token.unknown";
    if (!expected.empty()) e.expected = token_param(expected);
    return e;
}

// nlohmann's "last read" token ends at the byte where the error is, which can
// be inside a multi-byte character (" \xDE\xAF<" gives '\xDE'); drop cut
// characters so a message stays UTF-8 (found by tests/fuzz/fuzz_json.cpp).
std::string drop_cut_characters(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        std::string_view ch = std::string_view(s).substr(i, len);
        bool whole = ch.size() == len && is_valid_utf8(ch);
        if (whole) out += ch;
        i += whole ? len : 1;
    }
    return out;
}

}  // namespace

bool is_valid_utf8(std::string_view s, size_t* bad_offset) {
    size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    while (i < s.size()) {
        unsigned char c = p[i];
        size_t len;
        uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        if (i + len > s.size()) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                if (bad_offset) *bad_offset = i;
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond U+10FFFF are not UTF-8.
        bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += len;
    }
    return true;
}

std::optional<json> parse_json(std::string_view text, Diagnostics& diag) {
    if (text.size() > kMaxDocumentBytes) {
        report_too_large(text.size(), diag);
        return std::nullopt;
    }
    // A UTF-8 byte-order mark is harmless (Excel and Notepad write one).
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // Windows' editors offer "Unicode" (UTF-16); such a file is full of NUL
    // bytes, and saying so would not tell the user what to do.
    if (std::string encoding = wide_encoding(text); !encoding.empty()) {
        diag.error("", "diag.json.wide_encoding", {encoding});
        return std::nullopt;
    }
    size_t line, col, bad = 0;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        diag.error("", "diag.json.empty");
        return std::nullopt;
    }
    // nlohmann stops at a NUL byte as if the text ended there, so anything after it
    // would be ignored without a word; JSON never contains a raw NUL.
    if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
        line_col(text, nul, line, col);
        diag.error("", "diag.json.nul_byte", {std::to_string(line), std::to_string(col)});
        return std::nullopt;
    }
    if (!is_valid_utf8(text, &bad)) {
        line_col(text, bad, line, col);
        diag.error("", "diag.json.bad_utf8", {std::to_string(line), std::to_string(col)});
        return std::nullopt;
    }
    size_t deep_at = 0;
    if (nesting_depth(text, kMaxNestingDepth, deep_at) > kMaxNestingDepth) {
        line_col(text, deep_at, line, col);
        diag.error("", "diag.json.too_deep",
                   {std::to_string(kMaxNestingDepth), std::to_string(line), std::to_string(col)});
        return std::nullopt;
    }
    json root;
    RecordingSax sax(root);
    bool ok = json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (sax.too_many_values) {
        diag.error("", "diag.json.too_many_values", {std::to_string(kMaxJsonValues)});
        return std::nullopt;
    }
    if (!sax.duplicate_path.empty()) {
        diag.error(sax.duplicate_path, "diag.json.duplicate_key");
        return std::nullopt;
    }
    if (!ok || sax.failed) {
        // nlohmann counts the position after the offending character.
        size_t at = sax.error_position > 0 ? sax.error_position - 1 : 0;
        line_col(text, at, line, col);
        // Reading the end of input counts as one more character: an error there
        // is past the last byte, while an error *at* the last byte (`[1,]`) is not.
        bool truncated = sax.error_position > text.size();
        std::string l = std::to_string(line), c = std::to_string(col);
        // out_of_range.406 is nlohmann's "number overflow parsing '1e400'".
        if (truncated) {
            diag.error("", "diag.json.truncated", {l, c});
        } else if (sax.error_id == 406) {
            diag.error("", "diag.json.number_overflow", {l, c, quote_for_message(drop_cut_characters(sax.last_token))});
        } else if (sax.reason.empty()) {
            diag.error("", "diag.json.invalid", {l, c});
        } else {
            SyntaxError e = explain(sax.reason);
            if (!e.problem.empty())
                diag.error("", "diag.json.bad_token",
                           {l, c, e.problem, quote_for_message(drop_cut_characters(sax.last_token))});
            else if (!e.expected.empty())
                diag.error("", "diag.json.unexpected_expected", {l, c, e.where, e.met, e.expected});
            else
                diag.error("", "diag.json.unexpected", {l, c, e.where, e.met});
        }
        return std::nullopt;
    }
    return root;
}

std::string path_member(const std::string& base, std::string_view name) {
    if (base.empty()) return std::string(name);
    return base + "." + std::string(name);
}

std::string path_key(const std::string& base, std::string_view key) {
    return base + "[" + quote_for_message(key) + "]";
}

std::string path_index(const std::string& base, size_t index) {
    return base + "[" + std::to_string(index) + "]";
}

std::string quote_for_message(std::string_view s) {
    constexpr size_t kMax = 60;
    std::string out = "\"";
    size_t shown = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // Stop only where a character starts, never inside a multi-byte one.
        if (shown >= kMax && (c & 0xC0) != 0x80) {
            out += "…";
            break;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
        if ((c & 0xC0) != 0x80) ++shown;  // count characters, not bytes
    }
    // Invalid UTF-8 from a caller never reaches a message.
    if (!is_valid_utf8(out)) out = "\"\uFFFD";  // U+FFFD, the replacement character
    return out + "\"";
}

std::string type_code(const json& v) {
    switch (v.type()) {
        case json::value_t::null:
            return "diag.type.null";
        case json::value_t::object:
            return "diag.type.object";
        case json::value_t::array:
            return "diag.type.array";
        case json::value_t::string:
            return "diag.type.string";
        case json::value_t::boolean:
            return "diag.type.boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float:
            return "diag.type.number";
        default:
            return "diag.type.unknown";
    }
}

std::string describe_value(const json& v) {
    if (v.is_string()) return quote_for_message(v.get_ref<const std::string&>());
    if (v.is_number() || v.is_boolean() || v.is_null()) {
        std::string s = v.dump();
        return s.size() > 40 ? s.substr(0, 40) + "…" : s;
    }
    return type_code(v);
}

namespace {
const json* find_field(const json& obj, std::string_view name) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(std::string(name));
    return it == obj.end() ? nullptr : &*it;
}

void missing(const std::string& path, std::string_view name, Diagnostics& diag) {
    diag.error(path_member(path, name), "diag.missing");
}

void wrong_type(const std::string& path, std::string_view name, const json& v, const char* expected,
                Diagnostics& diag) {
    diag.error(path_member(path, name), "diag.wrong_type", {expected, type_code(v)});
}
}  // namespace

bool read_string(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, std::string& out,
                 bool required) {
    const json* v = find_field(obj, name);
    if (!v) {
        if (required) missing(path, name, diag);
        return !required;
    }
    if (!v->is_string()) {
        wrong_type(path, name, *v, "diag.type.string", diag);
        return false;
    }
    out = v->get_ref<const std::string&>();
    return true;
}

bool read_text_value(const json& v, const std::string& path, Diagnostics& diag, LocalizedText& out, bool allow_empty) {
    if (v.is_string()) {
        out.sv = v.get_ref<const std::string&>();
    } else if (v.is_object()) {
        bool ok = read_string(v, "sv", path, diag, out.sv, true);
        if (!(read_string(v, "en", path, diag, out.en, false) && ok)) return false;
    } else {
        diag.error(path, "diag.wrong_type", {"diag.type.text", type_code(v)});
        return false;
    }
    if (out.sv.empty() && !allow_empty) {
        diag.error(v.is_object() ? path_member(path, "sv") : path, "diag.empty");
        return false;
    }
    return true;
}

bool read_text(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, LocalizedText& out,
               bool required) {
    const json* v = find_field(obj, name);
    if (!v) {
        if (required) missing(path, name, diag);
        return !required;
    }
    return read_text_value(*v, path_member(path, name), diag, out, !required);
}

bool read_number(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, double& out,
                 bool required) {
    const json* v = find_field(obj, name);
    if (!v) {
        if (required) missing(path, name, diag);
        return !required;
    }
    if (!v->is_number()) {
        wrong_type(path, name, *v, "diag.type.number", diag);
        return false;
    }
    double d = v->get<double>();
    if (!std::isfinite(d)) {
        diag.error(path_member(path, name), "diag.number_too_large", {describe_value(*v)});
        return false;
    }
    out = d;
    return true;
}

std::optional<json> read_document_head(std::string_view text, const DocumentKind& kind, Diagnostics& diag) {
    auto parsed = parse_json(text, diag);
    if (!parsed) return std::nullopt;
    if (!parsed->is_object()) {
        diag.error("", kind.not_object, {type_code(*parsed)});
        return std::nullopt;
    }
    std::string format;
    if (read_string(*parsed, "format", "", diag, format, true) && format != kind.format) {
        const std::string expected(kind.format);
        diag.error("format",
                   format == "strategispegeln-instrument" && kind.instrument_format ? kind.instrument_format
                                                                                    : kind.wrong_format,
                   {quote_for_message(format), quote_for_message(expected)});
        return std::nullopt;
    }
    long long fv = 0;
    if (read_integer(*parsed, "format_version", "", diag, fv, true)) {
        if (fv > kind.newest_version)
            diag.error("format_version", "diag.format.version_newer",
                       {std::to_string(fv), std::to_string(kind.newest_version)});
        else if (fv < 1)
            diag.error("format_version", "diag.format.version_invalid", {std::to_string(fv)});
    }
    return parsed;
}

bool read_integer(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, long long& out,
                  bool required) {
    const json* v = find_field(obj, name);
    if (!v) {
        if (required) missing(path, name, diag);
        return !required;
    }
    if (v->is_number_integer() && !v->is_number_unsigned()) {
        out = v->get<long long>();
        return true;
    }
    if (v->is_number_unsigned()) {
        auto u = v->get<unsigned long long>();
        if (u > static_cast<unsigned long long>(INT64_MAX)) {
            diag.error(path_member(path, name), "diag.number_too_large", {describe_value(*v)});
            return false;
        }
        out = static_cast<long long>(u);
        return true;
    }
    if (v->is_number_float()) {
        double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            out = static_cast<long long>(d);
            return true;
        }
        if (std::isfinite(d) && d == std::floor(d)) {
            diag.error(path_member(path, name), "diag.number_too_large", {describe_value(*v)});
            return false;
        }
        diag.error(path_member(path, name), "diag.not_integer", {describe_value(*v)});
        return false;
    }
    wrong_type(path, name, *v, "diag.type.integer", diag);
    return false;
}

std::string dump_json(const json& j, int indent) {
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace spegeln
