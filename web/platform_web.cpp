// platform_web.cpp — web/app/platform.h for the browser.
//
// Storage: Emscripten's in-memory file system with IDBFS mounted at /spegeln.
// IndexedDB is loaded once at start-up (FS.syncfs(true)); every write or remove
// is flushed back at once (FS.syncfs(false)), because a closing tab does not
// wait for IndexedDB (docs/browser-fixes.md §6). Flushes never overlap: one asked
// for while another runs is run again afterwards. A failed flush shows a banner
// (#save-warning) and the next write tries again. A second tab of the app never
// flushes (Module.spegelnReadOnly, set by shell.js): syncfs(false) would replace
// IndexedDB with its own copy and delete what the first tab saved.
// Files: Blob downloads, a hidden <input type=file>, Blob URLs in a new tab.
#include "platform_web.h"

#include <dirent.h>
#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "app.h"
#include "file_io.h"
#include "ids.h"
#include "main_loop.h"
#include "platform.h"

namespace {

bool g_storage_ready = false;
constexpr const char* kDir = "/spegeln";

// Names come from the app, but never let one leave the storage folder.
bool valid_name(const std::string& name) {
    return !name.empty() && name.size() < 200 && name.find('/') == std::string::npos && name != "." && name != "..";
}
std::string path_of(const std::string& name) {
    return std::string(kDir) + "/" + name;
}

// EM_JS bodies are JavaScript: clang-format must not touch them.
// clang-format off
EM_JS(void, js_storage_load, (), {
    var dir = '/spegeln';
    try { FS.mkdir(dir); } catch (e) {}
    FS.mount(IDBFS, {}, dir);
    // busy: a syncfs is running; again: another write came meanwhile; failed:
    // the last flush failed (the banner is shown; the next write tries again).
    var sync = Module.spegelnSync = {busy: true, again: false, failed: false, run: 0};
    function banner(on) {
        var b = document.getElementById('save-warning');
        if (b) b.hidden = !on;
    }
    // A done callback that never comes (a stuck IndexedDB) must not stop every
    // later save: after a while the flush counts as failed and the next one may run.
    function start(populate, then) {
        var run = ++sync.run;
        sync.busy = true;
        var timer = setTimeout(function() { finish(new Error('IndexedDB svarade inte')); }, 15000);
        function finish(err) {
            if (run !== sync.run) return;  // timed out before, or superseded
            sync.run++;
            clearTimeout(timer);
            then(err);
        }
        try { FS.syncfs(populate, finish); } catch (e) { finish(e); }
    }
    function done(err) {
        sync.busy = false;
        sync.failed = !!err;
        if (err) console.warn('Strategispegeln: could not save to IndexedDB (will try again on the next change).', err);
        banner(sync.failed);
        if (sync.again) { sync.again = false; Module.spegelnFlush(); }
    }
    Module.spegelnFlush = function() {
        // Another tab owns the storage (shell.js): flushing our copy would delete its documents.
        if (Module.spegelnReadOnly) return;
        if (sync.busy) { sync.again = true; return; }
        start(false, done);
    };
    function load() {
        start(true, function(err) {
            performance.mark('spegeln-storage-ready');
            done(err);
            ccall('spegeln_storage_loaded', null, [], []);
        });
    }
    // shell.js opened the database while app.wasm downloaded: IDBFS uses that connection.
    if (Module.spegelnDb) {
        Module.spegelnDb.then(function(db) {
            if (db && !IDBFS.dbs[dir]) IDBFS.dbs[dir] = db;
            load();
        });
    } else {
        load();
    }
});

EM_JS(void, js_storage_flush, (), { Module.spegelnFlush(); });

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
    var blob = new Blob([HEAPU8.slice(data, data + size)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
});
// clang-format on

// The picker needs a recent user gesture; Chromium and Firefox accept the frame
// after a click. The bytes go to spegeln_file_opened(), one call per file
// (`multiple`: the group screen collects many participants' files at once).
// clang-format off
EM_JS(void, js_request_open_file, (const char* accept, double max_bytes, int multiple), {
    var input = document.getElementById('fileinput');
    input.accept = UTF8ToString(accept);
    input.multiple = !!multiple;
    input.value = "";
    input.onchange = function() {
        var files = input.files ? Array.prototype.slice.call(input.files) : [];
        files.forEach(function(file) {
            var opened = function(ptr, size) {
                ccall('spegeln_file_opened', null, ['string', 'number', 'number'], [file.name, ptr, size]);
            };
            // Over the core's limit (file_io.h, passed in as max_bytes): not read at
            // all, and reported with its size like the CLI and the desktop do.
            if (file.size > max_bytes) {
                ccall('spegeln_file_too_large', null, ['string', 'number'], [file.name, file.size]);
                return;
            }
            file.arrayBuffer().then(function(buf) {
                var bytes = new Uint8Array(buf);
                var ptr = _malloc(bytes.length + 1);
                if (!ptr) { opened(0, 0); return; }  // out of memory: reported, not a crash
                HEAPU8.set(bytes, ptr);
                opened(ptr, bytes.length);
                _free(ptr);
            }, function(err) {
                console.warn('Strategispegeln: could not read the file', err);
                opened(0, 0);
            });
        });
    };
    input.click();
});
// clang-format on

// A popup blocker makes window.open return null; then the report is downloaded
// as an .html file instead, so it is never lost.
// clang-format off
EM_JS(void, js_open_html, (const char* filename, const char* html, int size), {
    var blob = new Blob([HEAPU8.slice(html, html + size)], {type: 'text/html;charset=utf-8'});
    var url = URL.createObjectURL(blob);
    var w = window.open(url, '_blank');
    if (!w) {
        var a = document.createElement('a');
        a.href = url;
        a.download = UTF8ToString(filename);
        document.body.appendChild(a);
        a.click();
        a.remove();
    }
    setTimeout(function() { URL.revokeObjectURL(url); }, 120000);
});

EM_JS(void, js_random_bytes, (unsigned char* out, int n), { crypto.getRandomValues(HEAPU8.subarray(out, out + n)); });
// clang-format on

// Cleared first so that the same message twice is announced twice.
// clang-format off
EM_JS(void, js_announce, (const char* text), {
    var live = document.getElementById('status');
    var t = UTF8ToString(text);
    live.textContent = "";
    setTimeout(function() { live.textContent = t; }, 50);
});
// clang-format on

// navigator.languages (most preferred first) as one comma-separated string;
// older browsers only have navigator.language.
// clang-format off
EM_JS(char*, js_preferred_languages, (), {
    var list = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ""];
    var s = list.join(",");
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    if (p) stringToUTF8(s, p, n);
    return p;
});

EM_JS(char*, js_first_screen_form, (), {
    var s = window.spegelnFirstScreen ? window.spegelnFirstScreen.take() : "";
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    if (p) stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_set_language, (const char* lang, const char* title), {
    document.documentElement.lang = UTF8ToString(lang);
    document.title = UTF8ToString(title);
});
// clang-format on

// The user's display preferences as CSS media queries see them. Read once at
// start: a change while the app runs takes effect on the next load.
// clang-format off
EM_JS(int, js_media_matches, (const char* query), {
    return (window.matchMedia && window.matchMedia(UTF8ToString(query)).matches) ? 1 : 0;
});
// clang-format on

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void spegeln_storage_loaded() {
    g_storage_ready = true;
    main_loop::wake();
}

// data == nullptr: the browser could not read the file (or malloc failed).
EMSCRIPTEN_KEEPALIVE void spegeln_file_opened(const char* name, const char* data, int size) {
    spegeln::FileRead file;
    if (data && size >= 0)
        file.bytes.assign(data, static_cast<size_t>(size));
    else
        file = spegeln::file_unreadable();
    if (App* app = main_loop::app()) app_file_opened(*app, name, file);
    main_loop::wake();
}

// A double carries any file size a browser reports exactly (below 2^53 bytes).
EMSCRIPTEN_KEEPALIVE void spegeln_file_too_large(const char* name, double size) {
    if (App* app = main_loop::app())
        app_file_opened(*app, name, spegeln::file_too_large(static_cast<unsigned long long>(size)));
    main_loop::wake();
}

}  // extern "C"

void platform_web_init() {
    js_storage_load();
}

namespace platform {

bool storage_write(const std::string& name, const std::string& data) {
    if (!valid_name(name)) return false;
    std::FILE* f = std::fopen(path_of(name).c_str(), "wb");
    if (!f) return false;
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    const bool closed = std::fclose(f) == 0;
    js_storage_flush();
    return ok && closed;
}

std::optional<std::string> storage_read(const std::string& name) {
    if (!valid_name(name)) return std::nullopt;
    std::FILE* f = std::fopen(path_of(name).c_str(), "rb");
    if (!f) return std::nullopt;
    std::string data;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
    std::fclose(f);
    return data;
}

std::vector<std::string> storage_list() {
    std::vector<std::string> names;
    if (DIR* d = opendir(kDir)) {
        while (dirent* e = readdir(d))
            if (e->d_type == DT_REG) names.emplace_back(e->d_name);
        closedir(d);
    }
    return names;
}

bool storage_remove(const std::string& name) {
    if (!valid_name(name)) return false;
    const bool ok = std::remove(path_of(name).c_str()) == 0;
    js_storage_flush();
    return ok;
}

bool storage_ready() {
    return g_storage_ready;
}

bool download(const std::string& filename, const std::string& mime, const std::string& data) {
    js_download(filename.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
    return true;  // the browser's download manager has it now
}

bool request_open_file(const std::string& accept, const std::string& /*title*/) {
    js_request_open_file(accept.c_str(), static_cast<double>(spegeln::kMaxDocumentBytes), 0);
    return true;
}

bool request_open_files(const std::string& accept, const std::string& /*title*/) {
    js_request_open_file(accept.c_str(), static_cast<double>(spegeln::kMaxDocumentBytes), 1);
    return true;
}

void open_html(const std::string& title, const std::string& html) {
    std::string filename;  // only used if the new tab is blocked
    for (char c : title) filename += std::string_view("\\/:*?\"<>|").find(c) == std::string_view::npos ? c : '-';
    js_open_html((filename.empty() ? std::string("rapport") : filename).append(".html").c_str(), html.data(),
                 static_cast<int>(html.size()));
}

std::string first_screen_form() {
    char* p = js_first_screen_form();
    if (!p) return "";
    std::string out(p);
    std::free(p);
    return out;
}

std::vector<std::string> preferred_languages() {
    std::vector<std::string> out;
    char* p = js_preferred_languages();
    if (!p) return out;
    std::string_view all(p);
    for (size_t i = 0; i <= all.size();) {
        size_t end = std::min(all.find(',', i), all.size());
        if (end > i) out.emplace_back(all.substr(i, end - i));
        i = end + 1;
    }
    std::free(p);
    return out;
}

void set_language(const std::string& lang, const std::string& title) {
    js_set_language(lang.c_str(), title.c_str());
}

std::string ui_strings_overlay(const std::string& /*lang*/) {
    return "";
}

// A UUID version 4 from crypto.getRandomValues.
std::string random_id() {
    unsigned char b[16];
    js_random_bytes(b, 16);
    return spegeln::uuid_v4(b);
}

void announce(const std::string& text) {
    js_announce(text.c_str());
}

// forced-colors: Windows' contrast themes, which cannot recolour a canvas; the
// app's own high-contrast theme stands in for them.
bool prefers_high_contrast() {
    return js_media_matches("(prefers-contrast: more)") || js_media_matches("(forced-colors: active)");
}

bool prefers_reduced_motion() {
    return js_media_matches("(prefers-reduced-motion: reduce)");
}

}  // namespace platform
