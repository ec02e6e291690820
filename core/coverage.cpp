// The traceability matrix (coverage.h).
#include "coverage.h"

#include "views.h"

namespace spegeln {

std::vector<CoverageFramework> coverage_matrix(const Instrument& in) {
    std::vector<CoverageFramework> out;
    for (const auto& id : available_views(in)) {
        auto view = view_of(in, id);
        if (!view) continue;
        CoverageFramework f{view->id, view->title, {}};
        for (const auto& t : view->targets) {
            CoverageTarget ct{t.id, t.title, {}, t.reason, t.note};
            for (const auto& [index, weight] : t.items) ct.items.push_back(in.items[index].id);
            f.targets.push_back(std::move(ct));
        }
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<std::string> unserved_targets(const std::vector<CoverageFramework>& matrix,
                                          const std::vector<std::string>& framework_ids) {
    std::vector<std::string> out;
    for (const auto& f : matrix) {
        bool wanted = false;
        for (const auto& id : framework_ids) wanted = wanted || id == f.id;
        if (!wanted) continue;
        for (const auto& t : f.targets)
            if (t.items.empty() && t.reason.empty()) out.push_back(f.id + "/" + t.id);
    }
    return out;
}

json coverage_document(const std::vector<CoverageFramework>& matrix, const std::string& lang) {
    json frameworks = json::array();
    for (const auto& f : matrix) {
        json targets = json::array();
        for (const auto& t : f.targets) {
            json tj = {{"id", t.id}, {"title", t.title.in(lang)}, {"items", t.items}};
            if (!t.reason.empty()) tj["reason"] = t.reason.in(lang);
            if (!t.note.empty()) tj["note"] = t.note.in(lang);
            targets.push_back(std::move(tj));
        }
        json fj = {{"id", f.id}};
        if (!f.title.empty()) fj["title"] = f.title.in(lang);
        fj["targets"] = std::move(targets);
        frameworks.push_back(std::move(fj));
    }
    return {{"frameworks", std::move(frameworks)}};
}

}  // namespace spegeln
