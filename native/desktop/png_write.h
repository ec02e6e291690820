// png_write.h — a minimal PNG writer for the desktop window's --screenshot
// (tests look at the picture). Uncompressed ("stored") deflate blocks keep it
// to a page of code; a 1280×800 screenshot is ~3 MB, which is fine for a test.
#pragma once

// Writes an 8-bit RGB image, rows top to bottom. False if the file could not be written.
bool png_write_rgb(const char* path, int width, int height, const unsigned char* rgb);
