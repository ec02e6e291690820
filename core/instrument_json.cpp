// Reading, validating and writing instrument JSON (format in docs/instrument-format.md).
#include <cmath>
#include <set>

#include "ids.h"
#include "instrument.h"
#include "instrument_read.h"
#include "json_read.h"
#include "number_format.h"

namespace spegeln {
namespace {

constexpr const char* kFormatName = "strategispegeln-instrument";
constexpr int kFormatVersion = 1;

// The outputs list the total among the principles and areas under kOverallId
// (docs/output-json.md, the CSV), so a dimension with that id would be taken
// for the total.
void check_not_reserved(const std::string& id, const std::string& path, Diagnostics& diag) {
    if (is_reserved_id(id)) diag.error(path_member(path, "id"), "diag.id.reserved", {quote_for_message(id)});
}

// "diag.item.weight_out_of_range" with kMinWeight as its whole part and its
// decimals, so each language writes its own decimal sign ("0,001", "0.001").
void weight_out_of_range(const std::string& path, const json& value, const std::string& label, Diagnostics& diag) {
    const std::string min = format_decimal(kMinWeight, 3, '.');
    const size_t point = min.find('.');
    diag.error(path, "diag.item.weight_out_of_range",
               {min.substr(0, point), min.substr(point + 1), format_decimal(kMaxWeight, 0, '.'), describe_value(value),
                label});
}

void read_scale(const json& v, const std::string& path, Diagnostics& diag, Scale& s) {
    read_text(v, "title", path, diag, s.title, false);
    const json* levels = array_field(v, "levels", path, diag, true, true);
    if (!levels) return;
    for (size_t i = 0; i < levels->size(); ++i) {
        const json& lv = (*levels)[i];
        std::string lp = path_index(path_member(path, "levels"), i);
        if (!require_object(lv, lp, diag)) continue;
        ScaleLevel level;
        long long value = 0;
        if (read_integer(lv, "value", lp, diag, value, true)) {
            if (value != static_cast<long long>(i)) {
                diag.error(path_member(lp, "value"), "diag.scale.level_order",
                           {std::to_string(i), std::to_string(value)});
            }
        }
        level.value = static_cast<int>(i);
        read_text(lv, "label", lp, diag, level.label, true);
        read_text(lv, "description", lp, diag, level.description, false);
        s.levels.push_back(std::move(level));
    }
    if (s.levels.size() < 2) diag.error(path_member(path, "levels"), "diag.scale.too_few_levels");
}

void read_item(const json& v, const std::string& path, Diagnostics& diag, Item& item, const Instrument& in) {
    std::string label = quote_for_message(item.id);
    if (read_string(v, "area", path, diag, item.area, true) && !in.find_area(item.area))
        diag.error(path_member(path, "area"), "diag.item.unknown_area", {quote_for_message(item.area), label});
    read_text(v, "text", path, diag, item.text, true);
    read_text(v, "help", path, diag, item.help, false);
    if (read_string(v, "scale", path, diag, item.scale, true) && !in.find_scale(item.scale))
        diag.error(path_member(path, "scale"), "diag.item.unknown_scale", {quote_for_message(item.scale), label});
    read_source(v, path, diag, item.source, false);
    if (!item.source.document.empty() && !in.sources.empty() && !in.find_source(item.source.document))
        diag.error(path_member(path_member(path, "source"), "document"), "diag.item.unknown_source",
                   {quote_for_message(item.source.document), label});

    std::string pp = path_member(path, "principles");
    auto pit = v.find("principles");
    if (pit == v.end() || (pit->is_array() && pit->empty())) {
        diag.error(pp, "diag.item.no_principle", {label});
    } else if (!pit->is_array()) {
        diag.error(pp, "diag.wrong_type", {"diag.type.array", type_code(*pit)});
    } else if (pit->size() > kMaxPerItem) {
        diag.error(pp, "diag.item.too_many", {std::to_string(pit->size()), std::to_string(kMaxPerItem), label});
    } else {
        for (size_t i = 0; i < pit->size(); ++i) {
            const json& pw = (*pit)[i];
            std::string wp = path_index(pp, i);
            if (!require_object(pw, wp, diag)) continue;
            PrincipleWeight w;
            if (read_string(pw, "id", wp, diag, w.principle, true)) {
                if (!in.find_principle(w.principle))
                    diag.error(path_member(wp, "id"), "diag.item.unknown_principle",
                               {quote_for_message(w.principle), label});
                else if (item.weight_for(w.principle) > 0)
                    diag.error(path_member(wp, "id"), "diag.item.principle_twice",
                               {quote_for_message(w.principle), label});
            }
            // A bounded range keeps Σ w·value finite and exact enough (docs/scoring.md):
            // 1.7e308 passed "> 0", and the sums overflowed to an empty score.
            if (read_number(pw, "weight", wp, diag, w.weight, false) &&
                !(w.weight >= kMinWeight && w.weight <= kMaxWeight))
                weight_out_of_range(path_member(wp, "weight"), pw["weight"], label, diag);
            item.principles.push_back(w);
        }
    }
    if (const json* actions = array_field(v, "actions", path, diag, false, false, kMaxPerItem)) {
        for (size_t i = 0; i < actions->size(); ++i) {
            LocalizedText t;
            if (read_text_value((*actions)[i], path_index(path_member(path, "actions"), i), diag, t))
                item.actions.push_back(std::move(t));
        }
    }
    read_item_framework_fields(v, path, diag, item, in);
    read_item_audit_fields(v, path, diag, item);
}

}  // namespace

std::optional<Instrument> load_instrument(std::string_view json_text, Diagnostics& diag) {
    Diagnostics local;
    auto parsed = parse_json(json_text, local);
    if (!parsed) {
        diag.append(local);
        return std::nullopt;
    }
    const json& root = *parsed;
    Instrument in;
    if (!require_object(root, "", local)) {
        diag.append(local);
        return std::nullopt;
    }
    std::string format;
    if (read_string(root, "format", "", local, format, true) && format != kFormatName) {
        local.error("format", "diag.format.not_instrument",
                    {quote_for_message(format), quote_for_message(kFormatName)});
        diag.append(local);
        return std::nullopt;
    }
    long long fv = 0;
    if (read_integer(root, "format_version", "", local, fv, true)) {
        if (fv > kFormatVersion) {
            local.error("format_version", "diag.format.version_newer",
                        {std::to_string(fv), std::to_string(kFormatVersion)});
        } else if (fv < 1) {
            local.error("format_version", "diag.format.version_invalid", {std::to_string(fv)});
        }
    }
    in.format_version = static_cast<int>(fv);
    std::set<std::string> no_dupes;
    if (read_string(root, "id", "", local, in.id, true) && !is_valid_id(in.id))
        local.error("id", "diag.id.invalid", {quote_for_message(in.id)});
    if (read_string(root, "version", "", local, in.version, true) && in.version.empty())
        local.error("version", "diag.empty");
    read_text(root, "title", "", local, in.title, true);
    read_text(root, "description", "", local, in.description, false);
    long long minutes = 0;
    if (read_integer(root, "estimated_minutes", "", local, minutes, false)) {
        if (minutes < 0 || minutes > 600)
            local.error("estimated_minutes", "diag.range", {"0", "600"});
        else
            in.estimated_minutes = static_cast<int>(minutes);
    }
    if (const json* modes = array_field(root, "modes", "", local, true, true)) {
        for (size_t i = 0; i < modes->size(); ++i) {
            const json& m = (*modes)[i];
            auto mode = m.is_string() ? mode_from_id(m.get_ref<const std::string&>()) : std::nullopt;
            if (!mode)
                local.error(path_index("modes", i), "diag.mode.unknown", {describe_value(m)});
            else
                in.modes.push_back(*mode);
        }
    }
    std::set<std::string> source_ids, principle_ids, area_ids, scale_ids, item_ids;
    if (const json* sources = array_field(root, "sources", "", local, false, false)) {
        for (size_t i = 0; i < sources->size(); ++i) {
            std::string p = path_index("sources", i);
            if (!require_object((*sources)[i], p, local)) continue;
            SourceDocument s;
            read_id((*sources)[i], p, local, source_ids, s.id, "diag.what.source");
            read_string((*sources)[i], "title", p, local, s.title, true);
            read_string((*sources)[i], "file", p, local, s.file, false);
            in.sources.push_back(std::move(s));
        }
    }
    read_text(root, "consent_text", "", local, in.consent_text, false);
    read_unit_kinds(root, local, in);
    read_frameworks(root, local, in);
    if (const json* principles = array_field(root, "principles", "", local, true, true)) {
        for (size_t i = 0; i < principles->size(); ++i) {
            std::string p = path_index("principles", i);
            if (!require_object((*principles)[i], p, local)) continue;
            Principle pr;
            read_id((*principles)[i], p, local, principle_ids, pr.id, "diag.what.principle");
            check_not_reserved(pr.id, p, local);
            read_text((*principles)[i], "title", p, local, pr.title, true);
            read_text((*principles)[i], "description", p, local, pr.description, false);
            read_source((*principles)[i], p, local, pr.source, false);
            in.principles.push_back(std::move(pr));
        }
    }
    if (const json* areas = array_field(root, "areas", "", local, true, true)) {
        for (size_t i = 0; i < areas->size(); ++i) {
            std::string p = path_index("areas", i);
            if (!require_object((*areas)[i], p, local)) continue;
            Area a;
            read_id((*areas)[i], p, local, area_ids, a.id, "diag.what.area");
            check_not_reserved(a.id, p, local);
            read_string((*areas)[i], "number", p, local, a.number, false);
            read_text((*areas)[i], "title", p, local, a.title, true);
            read_text((*areas)[i], "description", p, local, a.description, false);
            read_source((*areas)[i], p, local, a.source, false);
            in.areas.push_back(std::move(a));
        }
    }
    if (const json* scales = array_field(root, "scales", "", local, true, true)) {
        for (size_t i = 0; i < scales->size(); ++i) {
            std::string p = path_index("scales", i);
            if (!require_object((*scales)[i], p, local)) continue;
            Scale s;
            read_id((*scales)[i], p, local, scale_ids, s.id, "diag.what.scale");
            read_scale((*scales)[i], p, local, s);
            in.scales.push_back(std::move(s));
        }
    }
    if (const json* items = array_field(root, "items", "", local, true, true, kMaxInstrumentItems)) {
        for (size_t i = 0; i < items->size(); ++i) {
            std::string p = path_index("items", i);
            if (!require_object((*items)[i], p, local)) continue;
            Item item;
            read_id((*items)[i], p, local, item_ids, item.id, "diag.what.item");
            read_item((*items)[i], p, local, item, in);
            in.items.push_back(std::move(item));
        }
    }
    // A declared dimension that no item measures would always be empty: almost
    // certainly a mistake in the instrument, so it is an error, not a warning.
    for (size_t i = 0; i < in.principles.size(); ++i) {
        bool used = false;
        for (const auto& item : in.items) used = used || item.weight_for(in.principles[i].id) > 0;
        if (!used && !in.principles[i].id.empty())
            local.error(path_index("principles", i), "diag.principle.unused", {quote_for_message(in.principles[i].id)});
    }
    for (size_t i = 0; i < in.areas.size(); ++i) {
        if (in.items_in_area(in.areas[i].id).empty() && !in.areas[i].id.empty())
            local.error(path_index("areas", i), "diag.area.empty", {quote_for_message(in.areas[i].id)});
    }
    check_framework_targets(in, local);
    read_previous_versions(root, local, in);
    bool ok = !local.has_errors();
    diag.append(local);
    if (!ok) return std::nullopt;
    return in;
}

std::string instrument_to_json(const Instrument& in) {
    json j = json::object();
    j["format"] = kFormatName;
    j["format_version"] = kFormatVersion;
    j["id"] = in.id;
    j["version"] = in.version;
    j["title"] = text_json(in.title);
    j["description"] = text_json(in.description);
    j["modes"] = json::array();
    for (Mode m : in.modes) j["modes"].push_back(mode_id(m));
    j["estimated_minutes"] = in.estimated_minutes;
    if (!in.consent_text.empty()) j["consent_text"] = text_json(in.consent_text);
    j["sources"] = json::array();
    for (const auto& s : in.sources) j["sources"].push_back({{"id", s.id}, {"title", s.title}, {"file", s.file}});
    write_framework_fields(in, j);
    j["principles"] = json::array();
    for (const auto& p : in.principles)
        j["principles"].push_back({{"id", p.id},
                                   {"title", text_json(p.title)},
                                   {"description", text_json(p.description)},
                                   {"source", source_json(p.source)}});
    j["areas"] = json::array();
    for (const auto& a : in.areas)
        j["areas"].push_back({{"id", a.id},
                              {"number", a.number},
                              {"title", text_json(a.title)},
                              {"description", text_json(a.description)},
                              {"source", source_json(a.source)}});
    j["scales"] = json::array();
    for (const auto& s : in.scales) {
        json levels = json::array();
        for (const auto& l : s.levels)
            levels.push_back(
                {{"value", l.value}, {"label", text_json(l.label)}, {"description", text_json(l.description)}});
        j["scales"].push_back({{"id", s.id}, {"title", text_json(s.title)}, {"levels", levels}});
    }
    j["items"] = json::array();
    for (const auto& it : in.items) {
        json pw = json::array();
        for (const auto& w : it.principles) pw.push_back({{"id", w.principle}, {"weight", w.weight}});
        json actions = json::array();
        for (const auto& a : it.actions) actions.push_back(text_json(a));
        json ij = {
            {"id", it.id},      {"area", it.area},   {"text", text_json(it.text)},       {"help", text_json(it.help)},
            {"principles", pw}, {"scale", it.scale}, {"source", source_json(it.source)}, {"actions", actions}};
        write_item_framework_fields(it, ij);
        write_item_audit_fields(it, ij);
        j["items"].push_back(std::move(ij));
    }
    write_previous_versions(in, j);
    return dump_json(j);
}

}  // namespace spegeln
