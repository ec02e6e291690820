// messages.cpp — implements messages.h: UI texts in the chosen language,
// numbers with its decimal mark, the one open dialog, toasts, the screen shown.
#include "messages.h"

#include "number_format.h"
#include "platform.h"

using namespace spegeln;

// ---- Screens --------------------------------------------------------------

void act_go(App& app, Screen screen) {
    bool needs_assessment =
        screen == Screen::Answer || screen == Screen::Results || screen == Screen::Export || screen == Screen::Plan;
    app.screen = needs_assessment && !app.doc.current ? Screen::Start : screen;
    if (app.screen == Screen::Group && app.group.members.empty() && !app.group.codes.open) app.screen = Screen::Saved;
    const bool audit_screen = screen == Screen::AuditSetup || screen == Screen::AuditMethod ||
                              screen == Screen::AuditItems || screen == Screen::AuditRecommendations ||
                              screen == Screen::AuditResponse || screen == Screen::AuditReport;
    if (audit_screen && !app.audit.current) app.screen = Screen::Start;
    if (app.screen == Screen::Answer) app.answer.scroll_to_item = true;
}

// ---- Dialogs and toasts -----------------------------------------------------

namespace {

// Several results can arrive before the user closes a dialog (files dropped
// together): they are added to the open one instead of replacing it, so no
// error is ever hidden behind a later message.
bool append_to_open_dialog(App& app, const std::string& title, const std::vector<std::string>& lines) {
    if (app.messages.modal != Modal::Error && app.messages.modal != Modal::Message) return false;
    app.messages.lines.push_back("");
    app.messages.lines.push_back(title);
    app.messages.lines.insert(app.messages.lines.end(), lines.begin(), lines.end());
    return true;
}

}  // namespace

void show_error(App& app, const std::string& title, const std::vector<std::string>& lines, bool file_rejected) {
    if (append_to_open_dialog(app, title, lines)) {
        app.messages.file_rejected = app.messages.file_rejected && file_rejected;
    } else {
        app.messages.title = title;
        app.messages.lines = lines;
        app.messages.file_rejected = file_rejected;
    }
    app.messages.modal = Modal::Error;
    app.messages.errors.push_back(title);
    for (const auto& l : lines) app.messages.errors.push_back(l);
    platform::announce(title);
}

void show_message(App& app, const std::string& title, const std::vector<std::string>& lines) {
    if (append_to_open_dialog(app, title, lines)) {
        app.messages.file_rejected = false;  // something did happen after all
    } else {
        app.messages.modal = Modal::Message;
        app.messages.title = title;
        app.messages.lines = lines;
        app.messages.file_rejected = false;
    }
    platform::announce(title);
}

void show_toast(App& app, const std::string& text, double seconds) {
    app.messages.toast = text;
    app.messages.toast_until = app.frame.time + seconds;
    platform::announce(text);  // a toast is seen, so it is also said
}

std::vector<std::string> diagnostic_lines(const App& app, const spegeln::Diagnostics& diag) {
    constexpr size_t kMaxDialogLines = 50;
    std::vector<std::string> lines;
    for (size_t i = 0; i < diag.items.size() && i < kMaxDialogLines; ++i)
        lines.push_back(format_diagnostic(diag.items[i], app.strings));
    if (diag.items.size() > kMaxDialogLines)
        lines.push_back(
            app.strings.format("import.more_problems", {std::to_string(diag.items.size() - kMaxDialogLines)}));
    return lines;
}

void close_modal(App& app) {
    app.messages.modal = Modal::None;
    app.messages.subject.clear();
    app.messages.title.clear();
    app.messages.lines.clear();
}

// ---- Text in the UI's language -----------------------------------------------

const std::string& tr(const App& app, const std::string& key) {
    return app.strings.get(key);
}

const std::string& tx(const App& app, const LocalizedText& text) {
    return text.in(app.language);
}

namespace {

std::string with_decimal_mark(const App& app, std::string number) {
    const std::string& mark = tr(app, "number.decimal_mark");
    if (mark == ",") return number;
    std::string out;
    for (char c : number) out += c == ',' ? mark : std::string(1, c);
    return out;
}

}  // namespace

std::string score_text(const App& app, const std::optional<double>& score) {
    return with_decimal_mark(app, format_score(score));
}

std::string change_text(const App& app, const std::optional<double>& change) {
    return with_decimal_mark(app, format_change(change));
}

std::string decimal_text(const App& app, double value, int decimals) {
    return with_decimal_mark(app, format_decimal(value, decimals));
}

std::string title_of(const App& app, const Instrument& in, DimensionKind kind, const std::string& id) {
    if (kind == DimensionKind::Principle) {
        if (const Principle* p = in.find_principle(id)) return tx(app, p->title);
    } else if (const Area* a = in.find_area(id)) {
        return a->number.empty() ? tx(app, a->title) : a->number + " " + tx(app, a->title);
    }
    return id;
}
