#include "bundled.h"

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
    return out;
}

std::optional<Instrument> bundled_instrument(std::string_view id) {
    for (auto& in : bundled_instruments())
        if (in.id == id) return std::move(in);
    return std::nullopt;
}

}  // namespace spegeln
