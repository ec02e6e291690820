// widgets_scale.h — the big, labelled answer buttons of one item: a button per
// level of its scale (the level's number is also its keyboard key), then
// "Vet ej" and "Ej aktuellt". The chosen one is filled, has a thick border
// and a check mark, so it is recognisable without colour vision and from the
// back of a room on a projector.
#pragma once

#include <optional>
#include <string>

#include "app_state.h"

struct ScaleChoice {
    spegeln::AnswerStatus status = spegeln::AnswerStatus::Unanswered;
    int level = 0;
};

// Keyboard focus on the last widget of an item makes that item the current one,
// so arrows and Tab move "the item the number keys answer".
void follow_focus(App& app, const std::string& item_id);

// Draws the buttons; returns the answer the user clicked or tapped, if any.
// Widget ids: "answer.item.<id>.level.<n>", ".vet_ej", ".ej_aktuellt", ".clear".
std::optional<ScaleChoice> scale_buttons(App& app, const spegeln::Item& item, const spegeln::Scale& scale,
                                         const spegeln::Answer* answer);
