// Fuzzes parse_json (core/json_read.h) against nlohmann's own parser.
//
// parse_json accepts a text exactly when all of these hold (json_read.h and
// json_read.cpp): nlohmann's grammar accepts it, it is at most kMaxDocumentBytes,
// not blank, has no NUL byte, is valid UTF-8 (after an optional byte-order mark),
// nests at most kMaxNestingDepth deep, has at most kMaxJsonValues values and
// has no key twice in one object. This
// target computes those rules independently and compares; when both accept, the
// documents must be equal, so parse_json never accepts invalid JSON and never
// changes a value.
#include <set>
#include <vector>

#include "fuzz_check.h"
#include "json_read.h"

namespace {

using spegeln::json;

// Tracks nesting, values and duplicate keys through nlohmann's SAX interface.
struct Oracle {
    std::vector<std::set<std::string>> keys;  // one per open container (arrays too)
    int depth = 0, deepest = 0;
    size_t values = 0;  // scalars, arrays and objects
    bool duplicate = false;

    bool value() {
        ++values;
        return true;
    }
    bool open() {
        ++values;
        keys.emplace_back();
        deepest = std::max(deepest, ++depth);
        return true;
    }
    bool close() {
        keys.pop_back();
        --depth;
        return true;
    }
    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const std::string&) { return value(); }
    bool string(std::string&) { return value(); }
    bool binary(json::binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(); }
    bool start_array(std::size_t) { return open(); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        if (!keys.back().insert(k).second) duplicate = true;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text = fuzz::as_text(data, size);
    spegeln::Diagnostics diag;
    auto parsed = spegeln::parse_json(text, diag);
    fuzz::check_result(parsed, diag, "parse_json");

    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    // nlohmann's SAX parser is iterative, so the oracle can walk any depth.
    bool blank = body.find_first_not_of(" \t\r\n") == std::string_view::npos;
    bool has_nul = body.find('\0') != std::string_view::npos;
    Oracle oracle;
    bool grammar = !blank && !has_nul &&
                   json::sax_parse(body.begin(), body.end(), &oracle, nlohmann::detail::input_format_t::json, true);
    bool expect_accept = grammar && size <= spegeln::kMaxDocumentBytes && spegeln::is_valid_utf8(body) &&
                         oracle.deepest <= spegeln::kMaxNestingDepth && oracle.values <= spegeln::kMaxJsonValues &&
                         !oracle.duplicate;
    if (parsed.has_value() != expect_accept)
        fuzz::fail(parsed ? "parse_json accepted what the rules refuse" : "parse_json refused valid JSON",
                   diag.items.empty() ? std::string_view{} : std::string_view(diag.items[0].code));
    if (parsed) {
        json reference = json::parse(body.begin(), body.end(), nullptr, false);
        fuzz::check(!reference.is_discarded() && reference == *parsed, "parse_json changed the document");
        // Every accepted document can be written back and read again unchanged.
        spegeln::Diagnostics again;
        auto round = spegeln::parse_json(spegeln::dump_json(*parsed), again);
        fuzz::check(round && *round == *parsed, "dump_json of a parsed document does not read back");
    }
    // Messages quote what they refer to (in their parameters); they must stay printable UTF-8.
    for (const auto& d : diag.items) {
        fuzz::check(spegeln::is_valid_utf8(d.path), "path is not UTF-8", d.path);
        for (const auto& arg : d.args) fuzz::check(spegeln::is_valid_utf8(arg), "parameter is not UTF-8", arg);
    }
    return 0;
}
