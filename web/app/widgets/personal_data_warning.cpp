// personal_data_warning.cpp — implements personal_data_warning.h.
#include "widgets/personal_data_warning.h"

#include "messages.h"
#include "widgets/personal_data_scan.h"
#include "widgets/widgets_common.h"

namespace ui {

void personal_data_warning(App& app, const std::string& id, const std::string& text) {
    if (text.empty()) return;
    // The detector is cheap on a field's few hundred bytes, so it runs as the
    // field is drawn: the warning appears while typing, not only on export.
    auto found = spegeln::find_personal_data(text);
    if (found.empty()) return;
    std::string what;
    for (const auto& f : found) what += (what.empty() ? "" : ", ") + personal_data_what(app, text, f);
    std::string s = app.strings.format("pd.warning", {what});
    banner(s, kWarnBg, kWarnInk);
    record(app, id + ".personal_data", s);
}

}  // namespace ui
