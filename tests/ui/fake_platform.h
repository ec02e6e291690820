// fake_platform.h — platform.h implemented in memory for the UI's unit tests:
// storage is a map, downloads and opened HTML documents are recorded, and the
// clock and ids are predictable.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace fake {

struct Download {
    std::string filename;
    std::string mime;
    std::string data;
};

struct Platform {
    std::map<std::string, std::string> storage;
    bool ready = true;
    bool fail_writes = false;
    bool fail_downloads = false;  // download() returns false and records nothing
    bool no_file_picker = false;  // request_open_file() returns false
    std::vector<Download> downloads;
    std::vector<std::pair<std::string, std::string>> opened_html;  // title, html
    std::vector<std::string> open_file_requests;
    std::vector<std::string> announcements;
    std::string semantics;                           // the last mirror JSON the app published
    std::vector<std::string> languages = {"sv-SE"};  // preferred_languages(): the browser's, most preferred first
    std::string first_screen;                        // first_screen_form(): the static screen's form, JSON
    bool high_contrast = false;                      // prefers_high_contrast()
    bool reduced_motion = false;                     // prefers_reduced_motion()
    bool overlay = false;                            // use the desktop's overlays (ui/desktop/<lang>.json)
    std::string document_lang, document_title;       // the last set_language()
    std::string today = "2026-03-15";
    int clock = 0;  // seconds after 2026-03-15T10:00:00Z, advanced by every now_iso()
    int next_id = 1;
};

Platform& platform();
void reset();

}  // namespace fake
