// test_overlay.cpp — see test_overlay.h.
#include "test_overlay.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "widgets/fonts.h"

namespace {

struct Overlay {
    char text[256] = "";
    int clicks = 0;
    float scroll_y = 0.0f;
    float scroll_max_y = 0.0f;
    bool button_hovered = false;
    ImVec4 rect_text, rect_button, rect_list;  // x, y, w, h
};
Overlay g_overlay;
std::string g_json;

ImVec4 item_rect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
}

void append_rect(std::string& out, const char* name, const ImVec4& r) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "\"%s\":[%.1f,%.1f,%.1f,%.1f]", name, static_cast<double>(r.x),
                  static_cast<double>(r.y), static_cast<double>(r.z), static_cast<double>(r.w));
    out += buf;
}

void append_string(std::string& out, const char* s) {
    out += '"';
    for (; *s; ++s) {
        const unsigned char c = static_cast<unsigned char>(*s);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

}  // namespace

void test_overlay_draw() {
    Overlay& o = g_overlay;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(em, em), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(em * 20.0f, em * 18.0f), ImGuiCond_Always);
    ImGui::SetNextWindowFocus();  // stay above the app's windows
    ImGui::Begin("Plattformstest", nullptr,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoResize);
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##text", o.text, sizeof o.text);
    o.rect_text = item_rect();
    if (ImGui::Button("Klicka")) ++o.clicks;
    o.rect_button = item_rect();
    o.button_hovered = ImGui::IsItemHovered();
    ImGui::SameLine();
    ImGui::Text("Klick: %d", o.clicks);
    ImGui::BeginChild("lista", ImVec2(0.0f, em * 10.0f), true);
    for (int i = 1; i <= 100; ++i) ImGui::Text("Rad %d – å ä ö € ≥ ✓", i);
    o.scroll_y = ImGui::GetScrollY();
    o.scroll_max_y = ImGui::GetScrollMaxY();
    ImGui::EndChild();
    o.rect_list = item_rect();
    ImGui::End();
}

const char* test_overlay_json() {
    const Overlay& o = g_overlay;
    const ImGuiIO& io = ImGui::GetIO();
    char buf[256];
    g_json = "{\"text\":";
    append_string(g_json, o.text);
    std::snprintf(buf, sizeof buf,
                  ",\"clicks\":%d,\"scroll_y\":%.1f,\"scroll_max_y\":%.1f,\"button_hovered\":%s,"
                  "\"font_px\":%.1f,\"display\":[%.0f,%.0f],\"widgets\":{",
                  o.clicks, static_cast<double>(o.scroll_y), static_cast<double>(o.scroll_max_y),
                  o.button_hovered ? "true" : "false", static_cast<double>(fonts_body_px()),
                  static_cast<double>(io.DisplaySize.x), static_cast<double>(io.DisplaySize.y));
    g_json += buf;
    append_rect(g_json, "text", o.rect_text);
    g_json += ',';
    append_rect(g_json, "button", o.rect_button);
    g_json += ',';
    append_rect(g_json, "list", o.rect_list);
    g_json += "}}";
    return g_json.c_str();
}
