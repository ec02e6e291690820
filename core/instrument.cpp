#include "instrument.h"

#include <string>

namespace spegeln {

const char* mode_id(Mode m) {
    switch (m) {
        case Mode::SelfAssessment:
            return "self-assessment";
        case Mode::Brukarrevision:
            return "brukarrevision";
        case Mode::Workshop:
            return "workshop";
    }
    return "self-assessment";
}

std::optional<Mode> mode_from_id(const std::string& id) {
    if (id == "self-assessment") return Mode::SelfAssessment;
    if (id == "brukarrevision") return Mode::Brukarrevision;
    if (id == "workshop") return Mode::Workshop;
    return std::nullopt;
}

const char* mode_label_sv(Mode m) {
    switch (m) {
        case Mode::SelfAssessment:
            return "Självskattning";
        case Mode::Brukarrevision:
            return "Brukarrevision";
        case Mode::Workshop:
            return "Workshop";
    }
    return "";
}

double Item::weight_for(const std::string& principle) const {
    for (const auto& pw : principles)
        if (pw.principle == principle) return pw.weight;
    return 0.0;
}

bool Item::applies_to(const std::string& unit_kind) const {
    if (unit_kind.empty() || unit_kinds.empty()) return true;
    for (const auto& k : unit_kinds)
        if (k == unit_kind) return true;
    return false;
}

namespace {
const LocalizedText& for_kind(const TextsByKind& texts, const std::string& unit_kind, const LocalizedText& fallback) {
    if (!unit_kind.empty())
        for (const auto& [kind, text] : texts)
            if (kind == unit_kind) return text;
    return fallback;
}
}  // namespace

const LocalizedText& Item::text_in(const std::string& unit_kind) const {
    return for_kind(text_for, unit_kind, text);
}

const LocalizedText& Item::help_in(const std::string& unit_kind) const {
    return for_kind(help_for, unit_kind, help);
}

const std::vector<std::string>* Item::targets_in(const std::string& framework) const {
    for (const auto& f : frameworks)
        if (f.framework == framework) return &f.targets;
    return nullptr;
}

int version_order(std::string_view a, std::string_view b) {
    auto part = [](std::string_view& s) {
        size_t dot = s.find('.');
        std::string_view p = s.substr(0, dot);
        s = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
        return p;
    };
    auto numeric = [](std::string_view p) {
        if (p.empty() || p.size() > 9) return false;
        for (char c : p)
            if (c < '0' || c > '9') return false;
        return true;
    };
    while (!a.empty() || !b.empty()) {
        std::string_view x = part(a), y = part(b);
        if (numeric(x) && numeric(y)) {
            long long nx = std::stoll(std::string(x)), ny = std::stoll(std::string(y));
            if (nx != ny) return nx < ny ? -1 : 1;
        } else if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

const UnitKind* Instrument::find_unit_kind(const std::string& kind_id) const {
    for (const auto& k : unit_kinds)
        if (k.id == kind_id) return &k;
    return nullptr;
}

const Framework* Instrument::find_framework(const std::string& framework_id) const {
    for (const auto& f : frameworks)
        if (f.id == framework_id) return &f;
    return nullptr;
}

const PreviousVersion* Instrument::find_previous_version(const std::string& v) const {
    for (const auto& p : previous_versions)
        if (p.version == v) return &p;
    return nullptr;
}

const Item* Instrument::find_item(const std::string& item_id) const {
    for (const auto& it : items)
        if (it.id == item_id) return &it;
    return nullptr;
}

const Area* Instrument::find_area(const std::string& area_id) const {
    for (const auto& a : areas)
        if (a.id == area_id) return &a;
    return nullptr;
}

const Principle* Instrument::find_principle(const std::string& principle_id) const {
    for (const auto& p : principles)
        if (p.id == principle_id) return &p;
    return nullptr;
}

const Scale* Instrument::find_scale(const std::string& scale_id) const {
    for (const auto& s : scales)
        if (s.id == scale_id) return &s;
    return nullptr;
}

const Scale& Instrument::scale_of(const Item& item) const {
    const Scale* s = find_scale(item.scale);
    // A loaded instrument has been validated, so every item's scale exists; the
    // fallback only keeps a programming error from reading out of bounds.
    static const Scale kEmpty{};
    return s ? *s : kEmpty;
}

const SourceDocument* Instrument::find_source(const std::string& source_id) const {
    for (const auto& s : sources)
        if (s.id == source_id) return &s;
    return nullptr;
}

std::vector<const Item*> Instrument::items_in_area(const std::string& area_id) const {
    std::vector<const Item*> out;
    for (const auto& it : items)
        if (it.area == area_id) out.push_back(&it);
    return out;
}

bool Instrument::supports(Mode m) const {
    for (Mode x : modes)
        if (x == m) return true;
    return false;
}

}  // namespace spegeln
