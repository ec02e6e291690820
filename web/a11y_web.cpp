// a11y_web.cpp — the browser end of the screen-reader mirror: hands each
// changed semantics tree (web/app/a11y/semantics.h) to web/shell/a11y.js, and
// takes a screen reader's focus and activation on the mirror's DOM elements
// back to the ImGui items they stand for.
#include <emscripten.h>

#include <cstdint>
#include <string>

#include "a11y/item_hooks.h"
#include "main_loop.h"
#include "platform.h"

namespace {

// clang-format off
EM_JS(void, js_publish_semantics, (const char* json), {
    if (window.spegelnA11y) window.spegelnA11y.update(UTF8ToString(json));
});
// clang-format on

}  // namespace

namespace platform {

void publish_semantics(const std::string& json) {
    js_publish_semantics(json.c_str());
}

}  // namespace platform

extern "C" {

// A click on a mirror element (a screen reader's "activate", or a test's
// element.click()): ImGui activates the item as if Space were pressed on it.
EMSCRIPTEN_KEEPALIVE void spegeln_a11y_activate(std::uint32_t item) {
    a11y::request_activate(item);
    main_loop::wake();
}

// DOM focus moved to a mirror element by something other than the app (a
// screen reader's focus command): ImGui's keyboard focus follows, and the item
// scrolls into view.
EMSCRIPTEN_KEEPALIVE void spegeln_a11y_focus(std::uint32_t item) {
    a11y::request_focus(item);
    main_loop::wake();
}

}  // extern "C"
