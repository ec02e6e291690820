#include "bundled.h"

#include "audit_fields.h"
#include "version_compare.h"

namespace spegeln {

std::string_view bundled_asset(std::string_view name) {
    for (const auto& f : spegeln_bundled_assets())
        if (f.name == name) return f.data;
    return {};
}

std::vector<Instrument> bundled_instruments(Diagnostics* diag) {
    std::vector<Instrument> out;
    for (const auto& f : spegeln_bundled_assets()) {
        if (f.name.rfind("instruments/", 0) != 0) continue;
        Diagnostics local;
        if (auto in = load_instrument(f.data, local)) out.push_back(std::move(*in));
        if (diag) {
            for (auto d : local.items) {
                d.path = std::string(f.name) + (d.path.empty() ? "" : ": " + d.path);
                diag->items.push_back(std::move(d));
            }
        }
    }
    // A mapping from an earlier version that is bundled too must name exactly its items.
    if (diag)
        for (const auto& newer : out)
            for (const auto& older : out)
                if (newer.id == older.id && newer.find_previous_version(older.version)) {
                    Diagnostics local;
                    check_version_mapping(newer, older, local);
                    for (auto d : local.items) {
                        d.path = newer.id + " " + newer.version + ": " + d.path;
                        diag->items.push_back(std::move(d));
                    }
                }
    // The newest version's crosswalk to another bundled instrument names items of that one's newest version.
    auto newest = [&out](const Instrument& in) {
        for (const auto& other : out)
            if (other.id == in.id && version_order(other.version, in.version) > 0) return false;
        return true;
    };
    if (diag)
        for (const auto& from : out)
            for (const auto& target : out) {
                if (target.id == from.id || !newest(from) || !newest(target)) continue;
                Diagnostics local;
                check_crosswalk(from, target, local);
                for (auto d : local.items) {
                    d.path = from.id + " " + from.version + ": " + d.path;
                    diag->items.push_back(std::move(d));
                }
            }
    return out;
}

std::optional<Instrument> bundled_instrument(std::string_view id) {
    std::optional<Instrument> best;
    for (auto& in : bundled_instruments())
        if (in.id == id && (!best || version_order(in.version, best->version) > 0)) best = std::move(in);
    return best;
}

std::optional<Instrument> bundled_instrument(std::string_view id, std::string_view version) {
    for (auto& in : bundled_instruments())
        if (in.id == id && in.version == version) return std::move(in);
    return std::nullopt;
}

std::optional<Instrument> bundled_instrument_for(const Assessment& a) {
    if (auto exact = bundled_instrument(a.instrument_id, a.instrument_version)) return exact;
    return bundled_instrument(a.instrument_id);
}

}  // namespace spegeln
