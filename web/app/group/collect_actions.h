// collect_actions.h — a trainer collects a workshop on the group screen: many
// participants' assessment files at once (the file picker with several files,
// or dropped on the page), each becoming a member of the group. Duplicates
// (the same bytes, or the same assessment id) are recognised and reported; a
// file of another instrument or a broken file is reported by name and does not
// stop the others. Members can be removed again and late ones added.
//
// Collected files are kept in memory for the group only, not saved in this
// browser's list: a trainer's laptop should not fill up with other people's
// assessments, and each participant keeps their own file.
#pragma once

#include <string>

#include "app_state.h"
#include "file_io.h"

// An empty group ready to collect into (the saved list's "Samla in en workshop").
void act_open_collect(App& app);
// Whether files given to the app now go to the group (the group screen, aggregating).
bool is_collecting(const App& app);
// Asks for several files; each arrives through app_file_opened → act_collect_file.
void act_request_collect_files(App& app);
// One file: adds a participant or records why not (GroupView::collect_notes).
CollectOutcome act_collect_file(App& app, const std::string& name, const spegeln::FileRead& file);
// The group's numbers again after members came or went.
void recount_group(App& app);
// Removes member `index` (any member, collected or from the saved list) and recounts.
bool act_remove_member(App& app, size_t index);
void act_clear_collect_notes(App& app);
// A note as a sentence in the app's language: "deltagare-3.json: finns redan (deltagare-1.json)".
std::string collect_note_text(const App& app, const CollectNote& note);
