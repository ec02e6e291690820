#include "assessment.h"

#include <unordered_set>

namespace spegeln {
namespace {

constexpr size_t kMaxUnknownWarnings = 20;
constexpr size_t kMaxListedIds = 20;

// "a", "b", "c" — or the first kMaxListedIds and "… (+N)", which reads the
// same in every language (the list is one parameter of a diagnostic).
std::string short_list(const std::vector<std::string>& ids) {
    std::string out;
    for (size_t i = 0; i < ids.size() && i < kMaxListedIds; ++i) out += (i ? ", " : "") + quote_for_message(ids[i]);
    if (ids.size() > kMaxListedIds) out += " … (+" + std::to_string(ids.size() - kMaxListedIds) + ")";
    return out;
}

}  // namespace

void settle_unit_kind(Assessment& a, const Instrument& instrument) {
    if (a.unit_kind_from_type && !instrument.find_unit_kind(a.unit_kind)) a.unit_kind.clear();
}

std::optional<std::string> unit_kind_for_old_type(const std::string& type) {
    if (type == "vardcentral") return std::string("vardcentral");
    if (type == "psykiatrisk-mottagning") return std::string("psykiatri-oppenvard");
    if (type == "kommunal-verksamhet") return std::string("kommunal");
    if (type == "annan") return std::string();
    return std::nullopt;
}

const Answer* Assessment::find_answer(const std::string& item_id) const {
    auto it = answers.find(item_id);
    return it == answers.end() ? nullptr : &it->second;
}

Assessment new_assessment(const Instrument& instrument, Mode mode) {
    Assessment a;
    a.instrument_id = instrument.id;
    a.instrument_version = instrument.version;
    for (const auto& item : instrument.items) a.instrument_item_ids.push_back(item.id);
    a.mode = mode;
    return a;
}

void check_against_instrument(const Assessment& a, const Instrument& in, Diagnostics& diag) {
    if (a.instrument_id != in.id) {
        diag.error("instrument.id", "diag.instrument.other",
                   {quote_for_message(a.instrument_id), quote_for_message(in.id)});
        return;
    }
    if (a.instrument_version != in.version) {
        std::vector<std::string> args = {quote_for_message(a.instrument_version), quote_for_message(in.version)};
        const char* code = "diag.instrument.version";
        if (!a.instrument_item_ids.empty()) {
            // Sets, not nested loops: a hostile file may list millions of ids.
            std::unordered_set<std::string> before(a.instrument_item_ids.begin(), a.instrument_item_ids.end());
            std::vector<std::string> added, removed;
            for (const auto& item : in.items)
                if (!before.count(item.id)) added.push_back(item.id);
            std::unordered_set<std::string> now;
            for (const auto& item : in.items) now.insert(item.id);
            for (const auto& id : a.instrument_item_ids)
                if (!now.count(id)) removed.push_back(id);
            if (!added.empty()) args.push_back(short_list(added));
            if (!removed.empty()) args.push_back(short_list(removed));
            code = added.empty()
                       ? (removed.empty() ? "diag.instrument.version_same_items" : "diag.instrument.version_removed")
                       : (removed.empty() ? "diag.instrument.version_added" : "diag.instrument.version_added_removed");
        }
        diag.warning("instrument.version", code, std::move(args));
    }
    if (!a.unit_kind.empty() && !in.find_unit_kind(a.unit_kind) && !a.unit_kind_from_type) {
        std::vector<std::string> kinds;
        for (const auto& k : in.unit_kinds) kinds.push_back(k.id);
        if (kinds.empty())
            diag.error("unit_kind", "diag.unit_kind.none_declared",
                       {quote_for_message(a.unit_kind), quote_for_message(in.id)});
        else
            diag.error("unit_kind", "diag.unit_kind.unknown", {quote_for_message(a.unit_kind), short_list(kinds)});
    }
    if (!in.supports(a.mode)) diag.warning("mode", "diag.mode.not_supported", {mode_id(a.mode)});
    size_t unknown = 0;
    for (const auto& [item_id, answer] : a.answers) {
        std::string p = path_key("answers", item_id);
        const Item* item = in.find_item(item_id);
        if (!item) {
            // One warning per unknown answer up to a point, then one sum: a file
            // with a million of them must not bury the user (or the UI) in lines.
            if (++unknown <= kMaxUnknownWarnings)
                diag.warning(p, "diag.answer.unknown_item", {quote_for_message(in.id), quote_for_message(in.version)});
            continue;
        }
        if (answer.has_level()) {
            const Scale& scale = in.scale_of(*item);
            if (answer.level < 0 || answer.level > scale.top())
                diag.error(path_member(p, "level"), "diag.out_of_scale",
                           {std::to_string(answer.level), std::to_string(scale.top())});
        }
    }
    if (unknown > kMaxUnknownWarnings)
        diag.warning("answers", "diag.answer.more_unknown", {std::to_string(unknown - kMaxUnknownWarnings)});
    check_plan_against_instrument(a.plan, in, "handlingsplan", diag);
}

bool is_valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (d[i] < '0' || d[i] > '9') return false;
    auto num = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) v = v * 10 + (d[i] - '0');
        return v;
    };
    int y = num(0, 4), m = num(5, 2), day = num(8, 2);
    if (y < 1900 || m < 1 || m > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool asks_item(const Assessment& a, const Item& item) {
    return item.applies_to(a.unit_kind) && (!a.core_path || item.core);
}

Progress progress(const Instrument& instrument, const Assessment& a, const std::string& area_id) {
    Progress p;
    for (const auto& item : instrument.items) {
        if (!area_id.empty() && item.area != area_id) continue;
        if (!asks_item(a, item)) continue;
        ++p.total;
        const Answer* ans = a.find_answer(item.id);
        if (ans && ans->status != AnswerStatus::Unanswered) ++p.decided;
    }
    return p;
}

}  // namespace spegeln
