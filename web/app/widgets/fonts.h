// fonts.h — the app's fonts (Noto Sans, subset at build time to the glyphs the
// UI needs: Latin-1, Swedish, – — ‘ ’ “ ” … • ≥ ≤ € and a few more).
//
// The main loop builds them at `pixel_size` = base size × text-size setting ×
// devicePixelRatio whenever one of those changes; screens only pick one.
#pragma once

struct ImFont;

void fonts_build(float pixel_size);  // between frames; the caller re-uploads the font texture
ImFont* font_body();                 // regular, the default font
ImFont* font_bold();                 // bold, same size (labels, emphasis)
ImFont* font_heading();              // bold, ~1.4× (screen and section headings)
ImFont* font_large();                // bold, ~2× (the overall score)
