// qr_qrcodegen.cpp — qr.h natively, with nayuki's library from Debian (libqrcodegencpp-dev).
#include <qrcodegen/qrcodegen.hpp>

#include "widgets/qr.h"

QrMatrix qr_encode(const std::string& text) {
    // A code is at most a few dozen characters; encodeText throws only past the largest version.
    qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    QrMatrix m;
    m.size = qr.getSize();
    m.dark.resize(static_cast<size_t>(m.size * m.size));
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<size_t>(y * m.size + x)] = qr.getModule(x, y) ? 1 : 0;
    return m;
}
