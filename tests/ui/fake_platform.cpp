#include "fake_platform.h"

#include <cstdio>

#include "platform.h"

namespace fake {

// One per test process; every test starts with reset().
Platform g_platform;

Platform& platform() {
    return g_platform;
}

void reset() {
    platform() = Platform{};
}

}  // namespace fake

namespace platform {

bool storage_write(const std::string& name, const std::string& data) {
    if (fake::platform().fail_writes) return false;
    fake::platform().storage[name] = data;
    return true;
}

std::optional<std::string> storage_read(const std::string& name) {
    auto it = fake::platform().storage.find(name);
    if (it == fake::platform().storage.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> storage_list() {
    std::vector<std::string> out;
    for (const auto& [k, v] : fake::platform().storage) out.push_back(k);
    return out;
}

bool storage_remove(const std::string& name) {
    return fake::platform().storage.erase(name) > 0;
}
bool storage_ready() {
    return fake::platform().ready;
}

bool download(const std::string& filename, const std::string& mime, const std::string& data) {
    if (fake::platform().fail_downloads) return false;
    fake::platform().downloads.push_back({filename, mime, data});
    return true;
}

bool request_open_file(const std::string& accept, const std::string& /*title*/) {
    if (fake::platform().no_file_picker) return false;
    fake::platform().open_file_requests.push_back(accept);
    return true;
}
bool request_open_files(const std::string& accept, const std::string& /*title*/) {
    if (fake::platform().no_file_picker) return false;
    fake::platform().open_file_requests.push_back("multiple:" + accept);
    return true;
}
void open_html(const std::string& title, const std::string& html) {
    fake::platform().opened_html.push_back({title, html});
}
std::string today() {
    return fake::platform().today;
}

std::string now_iso() {
    int t = fake::platform().clock++;
    char buf[32];
    std::snprintf(buf, sizeof buf, "2026-03-15T%02d:%02d:%02dZ", 10 + t / 3600, (t / 60) % 60, t % 60);
    return buf;
}

std::string first_screen_form() {
    return fake::platform().first_screen;
}
std::vector<std::string> preferred_languages() {
    return fake::platform().languages;
}
void set_language(const std::string& lang, const std::string& title) {
    fake::platform().document_lang = lang;
    fake::platform().document_title = title;
}
std::string ui_strings_overlay(const std::string& lang) {
    return fake::platform().overlay ? "ui/desktop/" + lang + ".json" : "";
}

std::string random_id() {
    return "id" + std::to_string(fake::platform().next_id++);
}
void publish_semantics(const std::string& json) {
    fake::platform().semantics = json;
}
void announce(const std::string& text) {
    fake::platform().announcements.push_back(text);
}
bool prefers_high_contrast() {
    return fake::platform().high_contrast;
}
bool prefers_reduced_motion() {
    return fake::platform().reduced_motion;
}

}  // namespace platform
