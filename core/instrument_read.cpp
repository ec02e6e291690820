// The field readers shared by the files that read an instrument (instrument_read.h).
#include "instrument_read.h"

#include "ids.h"
#include "instrument.h"

namespace spegeln {

bool read_id(const json& obj, const std::string& path, Diagnostics& diag, std::set<std::string>& seen, std::string& out,
             const char* what_code) {
    if (!read_string(obj, "id", path, diag, out, true)) return false;
    std::string p = path_member(path, "id");
    if (!is_valid_id(out)) {
        diag.error(p, "diag.id.invalid", {quote_for_message(out)});
        return false;
    }
    if (!seen.insert(out).second) {
        diag.error(p, "diag.id.duplicate", {what_code, quote_for_message(out)});
        return false;
    }
    return true;
}

const json* array_field(const json& obj, const char* name, const std::string& path, Diagnostics& diag, bool required,
                        bool non_empty, size_t max_size) {
    auto it = obj.find(name);
    if (it == obj.end()) {
        if (required) diag.error(path_member(path, name), "diag.missing");
        return nullptr;
    }
    if (!it->is_array()) {
        diag.error(path_member(path, name), "diag.wrong_type", {"diag.type.array", type_code(*it)});
        return nullptr;
    }
    if (non_empty && it->empty()) {
        diag.error(path_member(path, name), "diag.empty");
        return nullptr;
    }
    if (it->size() > max_size) {
        diag.error(path_member(path, name), "diag.too_many", {std::to_string(it->size()), std::to_string(max_size)});
        return nullptr;
    }
    return &*it;
}

const json* object_field(const json& obj, const char* name, const std::string& path, Diagnostics& diag,
                         size_t max_size) {
    auto it = obj.find(name);
    if (it == obj.end()) return nullptr;
    if (!it->is_object()) {
        diag.error(path_member(path, name), "diag.wrong_type", {"diag.type.object", type_code(*it)});
        return nullptr;
    }
    if (it->size() > max_size) {
        diag.error(path_member(path, name), "diag.too_many", {std::to_string(it->size()), std::to_string(max_size)});
        return nullptr;
    }
    return &*it;
}

bool require_object(const json& v, const std::string& path, Diagnostics& diag) {
    if (v.is_object()) return true;
    diag.error(path, "diag.wrong_type", {"diag.type.object", type_code(v)});
    return false;
}

void read_source(const json& obj, const std::string& path, Diagnostics& diag, SourceRef& out, bool required) {
    auto it = obj.find("source");
    if (it == obj.end()) {
        if (required) diag.error(path_member(path, "source"), "diag.source.missing");
        return;
    }
    std::string p = path_member(path, "source");
    if (!require_object(*it, p, diag)) return;
    read_string(*it, "document", p, diag, out.document, true);
    read_string(*it, "section", p, diag, out.section, true);
    read_string(*it, "detail", p, diag, out.detail, false);
}

std::vector<std::string> read_id_list(const json& arr, const std::string& path, Diagnostics& diag) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (size_t i = 0; i < arr.size(); ++i) {
        const json& v = arr[i];
        std::string p = path_index(path, i);
        if (!v.is_string()) {
            diag.error(p, "diag.wrong_type", {"diag.type.string", type_code(v)});
            continue;
        }
        const std::string& id = v.get_ref<const std::string&>();
        if (!is_valid_id(id)) {
            diag.error(p, "diag.id.invalid", {quote_for_message(id)});
        } else if (!seen.insert(id).second) {
            diag.error(p, "diag.list.twice", {quote_for_message(id)});
        } else {
            out.push_back(id);
        }
    }
    return out;
}

json text_json(const LocalizedText& t) {
    json j = json::object();
    j["sv"] = t.sv;
    if (!t.en.empty()) j["en"] = t.en;
    return j;
}

json source_json(const SourceRef& s) {
    json j = {{"document", s.document}, {"section", s.section}};
    if (!s.detail.empty()) j["detail"] = s.detail;
    return j;
}

}  // namespace spegeln
