// qr.h — a QR code's modules for a short text (the participant's code on the export screen).
//
// Not hand-written: natively nayuki's QR Code generator from Debian (libqrcodegencpp-dev,
// widgets/qr_qrcodegen.cpp); in the browser, where Debian's .so cannot be linked into wasm, the
// npm package qrcode-generator, copied into the site at build time (web/qr_web.cpp,
// docs/code-format.md). Both pick the smallest QR version for error correction level M.
#pragma once

#include <string>
#include <vector>

struct QrMatrix {
    int size = 0;                     // modules per side; 0 when no code could be made
    std::vector<unsigned char> dark;  // size × size, row by row, 1 = dark
    bool at(int x, int y) const { return dark[static_cast<size_t>(y * size + x)] != 0; }
};

QrMatrix qr_encode(const std::string& text);
