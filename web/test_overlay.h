// test_overlay.h — a small ImGui window that the browser's platform tests
// (tests/e2e/platform.test.mjs) draw on top of the app, so text input,
// clipboard, touch, wheel and HiDPI are tested against known widgets whatever
// the screens look like. Switched on only through spegeln_test_overlay(1).
#pragma once

void test_overlay_draw();
// {"text":…, "clicks":…, "scroll_y":…, "scroll_max_y":…, "button_hovered":…,
//  "font_px":…, "display":[w,h], "widgets":{"text":[x,y,w,h], "button":…, "list":…}}
// Rectangles are in framebuffer pixels (CSS pixels × devicePixelRatio).
const char* test_overlay_json();
