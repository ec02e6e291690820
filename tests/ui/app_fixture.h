// app_fixture.h — a fresh app as app_create() makes it, on the fake platform
// (fake_platform.cpp), for the UI's unit tests.
#pragma once

#include <memory>
#include <string>

#include "actions.h"
#include "bundled.h"

inline std::unique_ptr<App> make_app() {
    auto app = std::make_unique<App>();
    app_init(*app, spegeln::bundled_instruments());  // in the fake platform's language, Swedish
    act_storage_ready(*app);
    return app;
}
