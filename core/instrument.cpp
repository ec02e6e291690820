#include "instrument.h"

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
