#include "audit_guides_action.h"

#include "messages.h"
#include "platform.h"
#include "translations.h"
#include "ui_strings.h"

using namespace spegeln;

namespace {

// The newest bundled instrument written for brukarrevision: its items carry the
// interview questions (an older version, kept for old audits, may not).
const Instrument* audit_instrument(const App& app) {
    const Instrument* best = nullptr;
    for (const auto& in : app.instruments)
        if (in.supports(Mode::Brukarrevision) && (!best || version_order(in.version, best->version) > 0)) best = &in;
    return best;
}

}  // namespace

std::string guide_button_key(GuideKind kind) {
    return std::string("guide.button.") + guide_kind_id(kind);
}

bool act_download_guide(App& app, GuideKind kind, const std::string& unit_kind) {
    const Instrument* in = audit_instrument(app);
    if (!in) return false;
    const std::string file = substitute(tr(app, "guide.file_name"), {guide_kind_id(kind)});
    if (!platform::download(file, "text/html;charset=utf-8", audit_guide_html(*in, kind, app.language, unit_kind))) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, "guide.done"));
    platform::announce(tr(app, "guide.done"));
    return true;
}
