// qr_web.cpp — qr.h in the browser: the npm package qrcode-generator (Kazuhiko Arase, MIT),
// copied into the site as qrcode.js at build time (web/CMakeLists.txt) and loaded by index.html.
// Debian's libqrcodegencpp is a native .so and cannot be linked into wasm.
#include <emscripten.h>

#include <cstdlib>

#include "app/widgets/qr.h"

// Writes the modules as '0'/'1' characters into a malloc'd string: size*size of them, or "" when
// the library is not loaded (then the screen shows the code without its QR).
EM_JS(char*, js_qr_modules, (const char* text), {
    if (typeof qrcode != "function") return 0;
    var qr = qrcode(0, "M");
    qr.addData(UTF8ToString(text), "Alphanumeric");
    qr.make();
    var n = qr.getModuleCount();
    var s = "";
    for (var y = 0; y < n; y++)
        for (var x = 0; x < n; x++) s += qr.isDark(y, x) ? "1" : "0";
    var len = lengthBytesUTF8(s) + 1;
    var p = _malloc(len);
    stringToUTF8(s, p, len);
    return p;
});

QrMatrix qr_encode(const std::string& text) {
    QrMatrix m;
    char* bits = js_qr_modules(text.c_str());
    if (!bits) return m;
    std::string s(bits);
    std::free(bits);
    int n = 0;
    while (static_cast<size_t>((n + 1) * (n + 1)) <= s.size()) ++n;
    if (static_cast<size_t>(n * n) != s.size() || n == 0) return m;
    m.size = n;
    m.dark.reserve(s.size());
    for (char c : s) m.dark.push_back(c == '1' ? 1 : 0);
    return m;
}
