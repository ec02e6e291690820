// codes_state.h — the trainer's "paste codes" panel on the group screen (panel_codes.cpp):
// what was pasted and what became of each line. Plain data; changed by codes_actions.h.
#pragma once

#include <string>
#include <vector>

struct CodeLineReport {
    int line = 0;         // 1-based line of the pasted text
    bool added = false;   // a new participant; false: damaged or a duplicate
    std::string message;  // the participant's label, or what is wrong with the line
};

struct CodesPanel {
    bool open = false;  // asked for from the saved list: the group screen shows with no participants yet
    std::string text;   // the multi-line field
    std::vector<CodeLineReport> report;
    int added = 0, damaged = 0, duplicates = 0;
    int other = 0;  // good codes of another instrument than the group on screen
};
