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

// These must match the --unicodes lists in web/app/CMakeLists.txt. A code point
// outside them renders as '?', so add new characters in both places.
const ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC, 0};
const ImWchar kMathRanges[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2260, 0x2264, 0x2265, 0};
const ImWchar kSymbolRanges[] = {0x25B2, 0x25B2, 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25C0, 0x25C0, 0x25CB, 0x25CB,
                                 0x25CF, 0x25CF, 0x2713, 0x2713, 0x2715, 0x2715, 0x2717, 0x2717, 0};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* large = nullptr;
};
Fonts g_fonts;

std::string_view embedded(std::string_view name) {
    for (const spegeln::EmbeddedFile& f : spegeln_ui_fonts())
        if (f.name == name) return f.data;
    return {};
}

// Adds one font; merge=true adds its glyphs to the font added just before.
ImFont* add(std::string_view file, float size, const ImWchar* ranges, bool merge) {
    std::string_view ttf = embedded(file);
    IM_ASSERT(!ttf.empty() && "font missing from the embedded subset");
    if (ttf.empty()) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
    cfg.MergeMode = merge;
    // Horizontal oversampling sharpens small text; at large (HiDPI) sizes it only
    // triples the atlas, which at 4× text can outgrow a WebGL texture.
    cfg.OversampleH = size < 24.0f ? 2 : 1;
    cfg.OversampleV = 1;
    std::snprintf(cfg.Name, sizeof cfg.Name, "%.*s %.0fpx", static_cast<int>(file.size()), file.data(),
                  static_cast<double>(size));
    // stb_truetype only reads the data; ImGui's API is not const-correct here.
    void* data = const_cast<char*>(ttf.data());
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), size, &cfg, ranges);
}

// One ImGui font = a Noto Sans face plus the symbols merged into it (there is no
// bold symbol font; the regular symbols look right next to bold text).
ImFont* add_with_symbols(std::string_view face, float size) {
    ImFont* font = add(face, size, kTextRanges, false);
    add("NotoSansMath-Regular.ttf", size, kMathRanges, true);
    add("NotoSansSymbols2-Regular.ttf", size, kSymbolRanges, true);
    return font;
}

}  // namespace

void fonts_build(float pixel_size) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
    const float size = std::floor(pixel_size);
    g_fonts.body = add_with_symbols("NotoSans-Regular.ttf", size);  // first added = ImGui's default
    g_fonts.bold = add_with_symbols("NotoSans-Bold.ttf", size);
    g_fonts.heading = add_with_symbols("NotoSans-Bold.ttf", std::round(size * 1.4f));
    g_fonts.large = add_with_symbols("NotoSans-Bold.ttf", std::round(size * 2.0f));
    atlas.Build();
}

ImFont* font_body() {
    return g_fonts.body;
}
ImFont* font_bold() {
    return g_fonts.bold;
}
ImFont* font_heading() {
    return g_fonts.heading;
}
ImFont* font_large() {
    return g_fonts.large;
}
