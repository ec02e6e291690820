// json_fields.h — keeping fields a newer version may have added (assessment and plan files).
#pragma once

#include <set>
#include <string>

#include "json_read.h"

namespace spegeln {

// Fields a newer version may have added: kept verbatim and written back.
// Keys in a parsed object are unique, so they are appended without the linear
// search of ordered_json's operator[] (quadratic for a hostile file's 100 000 fields).
// The values are moved out of the parsed document, which is thrown away after
// loading: a copy would double the memory of a file that is mostly unknown fields.
inline json take_unknown_fields(json& obj, const std::set<std::string>& known) {
    json extra = json::object();
    auto& out = extra.get_ref<json::object_t&>();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!known.count(it.key())) out.emplace_back(it.key(), std::move(it.value()));
    return extra;
}

// Writes kept unknown fields after the known ones `target` already has.
inline void append_fields(json& target, const json& extra, const std::set<std::string>& known) {
    auto& out = target.get_ref<json::object_t&>();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (known.count(it.key()))
            target[it.key()] = it.value();  // never two equal keys
        else
            out.emplace_back(it.key(), it.value());
    }
}

}  // namespace spegeln
