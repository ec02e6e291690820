// fonts.h — the app's fonts (Noto Sans, subset at build time to the glyphs the
// UI needs: Latin-1, Swedish, – — ‘ ’ “ ” … • ≥ ≤ € and a few more).
//
// Dear ImGui 1.92 rasterises glyphs on demand at whatever size is asked for, so
// the faces are loaded once and the text-size setting, the browser's zoom and
// the device pixel ratio only change one number: the body size in device pixels
// (fonts_set_body_px, once per frame before ImGui::NewFrame). No atlas rebuild.
#pragma once

struct ImFont;

// A face and its size relative to the body text.
struct FontRole {
    FontRole(ImFont* f, float s = 1.0f) : font(f), scale(s) {}  // NOLINT: an ImFont* is a role at body size
    ImFont* font;
    float scale;
};

void fonts_load();                 // once, after ImGui::CreateContext()
void fonts_set_body_px(float px);  // before ImGui::NewFrame(): sets style.FontSizeBase
float fonts_body_px();             // the body text size in device pixels
ImFont* font_body();               // regular, the default font
ImFont* font_bold();               // bold, body size (labels, emphasis)
FontRole font_heading();           // bold, 1.4× (screen and section headings)
FontRole font_large();             // bold, 2× (the overall score)
