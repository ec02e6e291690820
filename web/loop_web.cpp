// loop_web.cpp — the browser half of the main loop (web/app/loop_platform.h):
// HiDPI canvas, the mouse-wheel fix, clipboard, text input through a hidden
// <textarea>, and key presses shorter than a frame. Each fix works around a
// problem of Emscripten 3.1.6's GLFW or ImGui 1.86 described in
// docs/browser-fixes.md (section numbers below). The touch shim and the
// WebGL-lost message live in web/shell/shell.js.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>
#include <string>

#include "loop_platform.h"
#include "main_loop.h"

namespace {

std::string g_clipboard;     // §3: 3.1.6's glfwGet/SetClipboardString are empty stubs
int g_park_from_frame = -1;  // §4: frame from which the mouse is "away" after a touch ended
bool g_want_text = false;
bool g_paused = false;  // requestAnimationFrame stopped by idle()
long g_timer = 0;       // setTimeout that restarts it for app_next_wakeup / the caret

// ---- JavaScript: the text proxy and GLFW's key listeners ----

// Wraps GLFW's window key listeners (they are registered in glfwInit, so they
// are swapped for wrappers here):
// - keypress from the text proxy is dropped: its text arrives through 'input'
//   instead, once (§3);
// - a key released before any frame saw it pressed stays pressed until the
//   next frame, because ImGui 1.86 polls key state (§3d);
// - keys pressed with Cmd never get a keyup on a Mac, so releasing Meta
//   releases everything (§3, emscripten#18089).
// EM_JS bodies are JavaScript: clang-format must not touch them.
// clang-format off
EM_JS(void, js_install_input, (), {
    var proxy = document.getElementById('textproxy');
    var seen = 0;
    var downAt = {};
    var pending = [];
    function releaseKey(code) {
        GLFW.onKeyChanged(code, 0);
        if (code == 91 || code == 93 || code == 224) GLFW.onBlur(null);
    }
    function rewire(type, name, wrap) {
        var orig = GLFW[name];
        window.removeEventListener(type, orig, true);
        GLFW[name] = wrap(orig);
        window.addEventListener(type, GLFW[name], true);
    }
    rewire('keypress', 'onKeyPress', function(orig) { return function(e) { if (e.target !== proxy) orig(e); }; });
    rewire('keydown', 'onKeydown', function(orig) { return function(e) { downAt[e.keyCode] = seen; orig(e); }; });
    rewire('keyup', 'onKeyup', function(orig) {
        return function(e) {
            if (downAt[e.keyCode] === seen) { pending.push(e.keyCode); return; }
            releaseKey(e.keyCode);
        };
    });
    Module.spegelnPressKey = function(code) {
        downAt[code] = seen;
        GLFW.onKeyChanged(code, 1);
        pending.push(code);
    };
    Module.spegelnFrameDone = function() {
        seen++;
        var keys = pending;
        pending = [];
        keys.forEach(releaseKey);
    };

    // The proxy holds one sentinel character, so a phone keyboard's Backspace
    // has something to delete (and fires beforeinput); the caret stays after it.
    function send(text) { if (text) ccall('spegeln_text_input', null, ['string'], [text]); }
    var SENTINEL = ' ';
    function reset() { proxy.value = SENTINEL; proxy.setSelectionRange(1, 1); }
    function take() {
        var v = proxy.value;
        var i = v.indexOf(SENTINEL);
        reset();
        return i < 0 ? v : v.slice(0, i) + v.slice(i + 1);
    }
    var composing = false;
    proxy.addEventListener('compositionstart', function() { composing = true; proxy.classList.add('composing'); });
    proxy.addEventListener('compositionend', function() {
        composing = false;
        proxy.classList.remove('composing');
        send(take());
    });
    proxy.addEventListener('input', function(e) { if (!composing && !e.isComposing) send(take()); });
    proxy.addEventListener('beforeinput', function(e) {
        var t = e.inputType;
        var code = t == 'deleteContentBackward' ? 8 : t == 'deleteContentForward' ? 46 :
                   (t == 'insertLineBreak' || t == 'insertParagraph') ? 13 : 0;
        if (code) { e.preventDefault(); Module.spegelnPressKey(code); }
    });
    // GLFW has already seen this key; the textarea must not act on named keys
    // (Enter, arrows, Delete) or shortcuts, or they would count twice. Paste,
    // copy and cut keep their default so the DOM clipboard events fire.
    proxy.addEventListener('keydown', function(e) {
        if (e.keyCode == 229 || e.isComposing) return;
        var key = e.key || "";
        var named = key.length > 1 && key != 'Dead' && key != 'Unidentified' && key != 'AltGraph';
        var shortcut = (e.ctrlKey || e.metaKey) && !e.altKey && 'vcxVCX'.indexOf(key) < 0;
        if (named || shortcut) e.preventDefault();
    });
    Module.spegelnWantText = false;
    Module.spegelnSetWantText = function(want) {
        Module.spegelnWantText = want;
        if (want) {
            reset();
            if (document.activeElement !== proxy && !Module.spegelnTouchDown) proxy.focus({preventScroll: true});
        } else if (document.activeElement === proxy) {
            proxy.blur();
            // Editing ended: DOM focus goes back to the mirror element ImGui now focuses.
            if (window.spegelnA11y) window.spegelnA11y.sync();
        }
    };

    // While idle the loop is stopped, so nothing polls the canvas size: a resize,
    // a zoom (devicePixelRatio) or a tab coming back must restart it (§2, §8).
    // Moving to another screen can change devicePixelRatio without a resize
    // event, so it is also checked twice a second (a negligible timer).
    function wake() { Module._spegeln_wake(); }
    window.addEventListener('resize', wake);
    document.addEventListener('visibilitychange', wake);
    var dpr = window.devicePixelRatio;
    setInterval(function() { if (window.devicePixelRatio !== dpr) { dpr = window.devicePixelRatio; wake(); } }, 500);

    document.addEventListener('paste', function(e) {
        var dt = e.clipboardData;
        if (dt && Array.prototype.indexOf.call(dt.types, 'text/plain') >= 0)
            ccall('spegeln_clipboard_pasted', null, ['string'], [dt.getData('text/plain')]);
        if (e.target === proxy) e.preventDefault();  // ImGui pastes on Ctrl+V itself
    }, true);
});

EM_JS(void, js_set_want_text, (int want), { Module.spegelnSetWantText(!!want); });

EM_JS(void, js_frame_done, (int frame_number), {
    Module.spegelnFrameDone();
    if (frame_number == 0 && Module.onFirstFrame) Module.onFirstFrame();
});
// clang-format on

// Where ImGui draws the caret (device pixels): the proxy follows it, so an IME's
// candidate window and a phone's zoom-to-field land next to the text.
// clang-format off
EM_JS(void, js_place_proxy, (int x, int y), {
    var proxy = document.getElementById('textproxy');
    var dpr = window.devicePixelRatio || 1;
    proxy.style.left = Math.round(x / dpr) + 'px';
    proxy.style.top = Math.round(y / dpr) + 'px';
});

EM_JS(void, js_write_clipboard, (const char* text), {
    if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(UTF8ToString(text)).catch(function() {});
});

EM_JS(void, js_mark, (const char* stage), { performance.mark('spegeln-' + UTF8ToString(stage)); });

EM_JS(int, js_is_apple, (), { return /Mac|iPhone|iPad|iPod/.test(navigator.platform) ? 1 : 0; });
// clang-format on

// ---- C callbacks ----

const char* get_clipboard(ImGuiContext*) {
    return g_clipboard.c_str();
}
void set_clipboard(ImGuiContext*, const char* text) {
    g_clipboard = text;
    js_write_clipboard(text);
}

// The proxy follows the caret, so an IME's candidate window opens beside it.
void place_caret(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    if (data->WantVisible) js_place_proxy(static_cast<int>(data->InputPos.x), static_cast<int>(data->InputPos.y));
}

// A deadline from app_next_wakeup() or the caret blink has come.
void on_wake_timer(void*) {
    g_timer = 0;
    loop_platform::wake();
}

// §9: 3.1.6 passes the raw deltaY to GLFW: wrong sign and ~100× too big.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    if (e->mouse.ctrlKey) return EM_FALSE;  // Ctrl+wheel is the browser's zoom; keep it (WCAG 1.4.4)
    // One notch is ~100 px, 3 lines or a page; ImGui scrolls ~5 lines per unit.
    const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 0.01 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 6.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX * unit), static_cast<float>(-e->deltaY * unit));
    main_loop::wake();
    return EM_TRUE;  // no page scroll behind the canvas
}

}  // namespace

// ---- Called from JavaScript (web/shell/shell.js and the code above) ----
extern "C" {

// Committed text from the proxy: typed, pasted by the keyboard, dictated, IME.
EMSCRIPTEN_KEEPALIVE void spegeln_text_input(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    main_loop::wake();
}

// Tests in slow engines (WebKitGTK draws a frame in ~300 ms in software): 1 =
// the loop is stopped and waits for input or a timer, so everything sent so far
// has been drawn. Counting frames cannot tell that when frames are slow.
EMSCRIPTEN_KEEPALIVE int spegeln_loop_idle() {
    return g_paused ? 1 : 0;
}

// The DOM paste event fires before ImGui's next frame sees Ctrl+V, so ImGui
// pastes this text.
EMSCRIPTEN_KEEPALIVE void spegeln_clipboard_pasted(const char* utf8) {
    g_clipboard = utf8;
}

// Touch shim: 1 = a finger went down (or a real mouse moved), 0 = it lifted.
// After a lift the mouse is parked off-screen, so nothing stays "hovered"
// under a finger (§4) — but only after ImGui has seen the release at the
// finger's position: for a tap shorter than a frame, the next frame sees the
// press (ImGui_ImplGlfw's MouseJustPressed) and only the one after it the release.
EMSCRIPTEN_KEEPALIVE void spegeln_pointer(int down) {
    g_park_from_frame = down ? -1 : main_loop::frame_count() + 2;
    main_loop::wake();
}

}  // extern "C"

namespace loop_platform {

const char* window_hints() {
    // ImGui needs neither depth nor stencil; an opaque canvas composites faster.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    return nullptr;  // ImGui's backend picks "#version 100" (GLES2, fine in WebGL2)
}

void init(GLFWwindow* window) {
    ImGuiIO& io = ImGui::GetIO();
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_SetClipboardTextFn = set_clipboard;
    pio.Platform_GetClipboardTextFn = get_clipboard;
    pio.Platform_SetImeDataFn = place_caret;
    io.ConfigMacOSXBehaviors = js_is_apple() != 0;  // Cmd shortcuts, Option word moves
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    glfwSetScrollCallback(window, nullptr);  // GLFW's own wheel events are the broken ones
    js_install_input();
}

// §2: CSS sizes the canvas; the backing store follows at CSS size × dpr.
// Measured on every tick (cheap); while the loop is stopped, the listeners in
// js_install_input() restart it. 3.1.6's mouse code already scales by
// canvas.width / rect.width, so clicks land.
Surface surface(GLFWwindow*) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    Surface s;
    s.width = static_cast<int>(std::lround(css_w * dpr));
    s.height = static_cast<int>(std::lround(css_h * dpr));
    s.dpr = static_cast<float>(dpr);
    int w = 0, h = 0;
    emscripten_get_canvas_element_size("#canvas", &w, &h);
    if (w != s.width || h != s.height) emscripten_set_canvas_element_size("#canvas", s.width, s.height);
    return s;
}

void idle(double seconds) {
    if (!g_paused) {
        emscripten_pause_main_loop();
        g_paused = true;
    }
    if (g_timer) emscripten_clear_timeout(g_timer);
    g_timer = seconds < 0.0 ? 0 : emscripten_set_timeout(on_wake_timer, seconds * 1000.0 + 1.0, nullptr);
}

void mark(const char* stage) {
    js_mark(stage);
}

void wake() {
    if (!g_paused) return;
    g_paused = false;
    emscripten_resume_main_loop();  // the next tick runs on the next animation frame
}

void adjust_input(ImGuiIO& io, const Surface&) {
    if (g_park_from_frame >= 0 && main_loop::frame_count() >= g_park_from_frame)
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

void frame_drawn(ImGuiIO& io, const Surface&, int frame_number) {
    if (io.WantTextInput != g_want_text) {
        g_want_text = io.WantTextInput;
        js_set_want_text(g_want_text ? 1 : 0);
    }
    js_frame_done(frame_number);
}

}  // namespace loop_platform
