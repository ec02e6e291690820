// audit_list.cpp — implements audit_list.h.
#include "audit/audit_list.h"

#include <algorithm>

#include "platform.h"

using namespace spegeln;

std::string audit_storage_name(const std::string& id) {
    return kAuditPrefix + id + ".json";
}

void read_saved_audits(App& app) {
    app.audit.saved.clear();
    const std::string prefix = kAuditPrefix;
    for (const auto& name : platform::storage_list()) {
        if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + 5 || name.substr(name.size() - 5) != ".json")
            continue;
        SavedAudit e;
        e.storage_name = name;
        e.id = name.substr(prefix.size(), name.size() - 5 - prefix.size());
        auto text = platform::storage_read(name);
        Diagnostics diag;
        auto a = text ? load_audit(*text, diag) : std::nullopt;
        if (!a) {
            e.readable = false;
            e.unit_name = name;
            app.audit.saved.push_back(std::move(e));
            continue;
        }
        e.unit_name = a->header.unit_name;
        e.period_from = a->header.period_from;
        e.period_to = a->header.period_to;
        e.state = a->state;
        e.follow_up = a->previous.has_value();
        e.judged = static_cast<int>(std::count_if(a->items.begin(), a->items.end(), [](const auto& kv) {
            return kv.second.judgement.status != JudgementStatus::Unjudged;
        }));
        e.modified = a->modified;
        app.audit.saved.push_back(std::move(e));
    }
    std::sort(app.audit.saved.begin(), app.audit.saved.end(),
              [](const SavedAudit& x, const SavedAudit& y) { return x.modified > y.modified; });
}
