// assessment_state.h — where the user is on the answer screen. Plain data;
// changed through assessment_actions.h (and reset by open_document()).
#pragma once

#include <string>
#include <vector>

#include "widgets/qr.h"

struct AnswerView {
    int area = 0;                         // index into the instrument's areas
    std::string item;                     // id of the current (highlighted) item
    bool scroll_to_item = false;          // bring `item` into view on the next frame
    bool focus_item = false;              // move keyboard focus to `item` on the next frame
    bool focus_show = false;              // …and show the focus frame (the move came from the keyboard)
    std::string editing_field;            // id of the long text field being edited; the others show wrapped text
    std::vector<std::string> help_shown;  // items whose "Vad menas?" is expanded
    // The results screen's view (views.h): "principer", "omraden" or a framework of the instrument.
    std::string view = "principer";
    // The export screen's QR code, made again only when the code changes (widgets/qr.h).
    std::string qr_code;
    QrMatrix qr;
    bool case_open = false;  // the workshop case's text shown on the answer screen
};
