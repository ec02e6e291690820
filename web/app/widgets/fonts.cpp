// fonts.cpp — builds the ImGui font atlas from the Noto Sans subsets that
// web/app/CMakeLists.txt cuts down and embeds (no file system, same bytes in the
// browser and the desktop window).
#include "fonts.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <span>
#include <string_view>

#include "embedded_file.h"

std::span<const spegeln::EmbeddedFile> spegeln_ui_fonts();  // generated: build/…/web/app/ui_fonts.cpp

namespace {

constexpr float kHeadingScale = 1.4f;
constexpr float kLargeScale = 2.0f;
// A glyph atlas taller than this would draw as black boxes on some WebGL2
// devices; 1.92 grows its atlas on demand and keeps it within these bounds.
constexpr int kMaxAtlasSide = 4096;

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    float body_px = 17.0f;
};
Fonts g_fonts;

std::string_view embedded(std::string_view name) {
    for (const spegeln::EmbeddedFile& f : spegeln_ui_fonts())
        if (f.name == name) return f.data;
    return {};
}

// Adds one face; merge=true adds its glyphs to the face added just before. The
// subsets made by web/app/CMakeLists.txt decide which glyphs each face has, so
// no glyph ranges are needed: a glyph missing from the text face is looked up in
// the merged math and symbol faces.
ImFont* add(std::string_view file, bool merge) {
    std::string_view ttf = embedded(file);
    IM_ASSERT(!ttf.empty() && "font missing from the embedded subset");
    if (ttf.empty()) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
    cfg.MergeMode = merge;
    std::snprintf(cfg.Name, sizeof cfg.Name, "%.*s", static_cast<int>(file.size()), file.data());
    // stb_truetype only reads the data; ImGui's API is not const-correct here.
    void* data = const_cast<char*>(ttf.data());
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), 0.0f, &cfg);
}

// One ImGui font = a Noto Sans face plus the symbols merged into it (there is no
// bold symbol font; the regular symbols look right next to bold text).
ImFont* add_with_symbols(std::string_view face) {
    ImFont* font = add(face, false);
    add("NotoSansMath-Regular.ttf", true);
    add("NotoSansSymbols2-Regular.ttf", true);
    return font;
}

}  // namespace

void fonts_load() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    atlas.TexMaxWidth = kMaxAtlasSide;
    atlas.TexMaxHeight = kMaxAtlasSide;
    g_fonts.body = add_with_symbols("NotoSans-Regular.ttf");  // first added = ImGui's default
    g_fonts.bold = add_with_symbols("NotoSans-Bold.ttf");
}

void fonts_set_body_px(float px) {
    g_fonts.body_px = std::floor(px);
    ImGui::GetStyle().FontSizeBase = g_fonts.body_px;
}

float fonts_body_px() {
    return g_fonts.body_px;
}
ImFont* font_body() {
    return g_fonts.body;
}
ImFont* font_bold() {
    return g_fonts.bold;
}
FontRole font_heading() {
    return {g_fonts.bold, kHeadingScale};
}
FontRole font_large() {
    return {g_fonts.bold, kLargeScale};
}
