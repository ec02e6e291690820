// platform_web.h — start-up of the browser platform layer (platform_web.cpp).
#pragma once

// Mounts IndexedDB storage at /spegeln and starts loading it; storage_ready()
// turns true when done. Call once, before main_loop::init().
void platform_web_init();
