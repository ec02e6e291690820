// platform::today() and platform::now_iso() from the C library's clock. Shared
// by the browser (Emscripten maps localtime to the browser's time zone) and the
// desktop window; kept out of spegeln_ui so the UI tests can use a fixed clock.
#include <ctime>
#include <string>

#include "../platform.h"

namespace platform {

std::string today() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

std::string now_iso() {
    const std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

}  // namespace platform
