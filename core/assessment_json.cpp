// Reading and writing assessment JSON (format in docs/assessment-format.md).
#include <set>

#include "assessment.h"
#include "ids.h"
#include "json_fields.h"

namespace spegeln {
namespace {

constexpr const char* kFormatName = "strategispegeln-assessment";
constexpr long long kMaxPlausibleLevel = 1000;

const std::set<std::string> kTopLevelFields = {
    "format",  "format_version", "id",      "instrument", "verksamhet", "date", "respondent_role", "mode",
    "answers", "notes",          "created", "modified",   "unit_kind",  "path", "handlingsplan"};
const std::set<std::string> kAnswerFields = {"level", "status", "comment"};
const std::set<std::string> kUnitFields = {"name", "type"};
const std::set<std::string> kInstrumentRefFields = {"id", "version", "item_ids"};

void read_answer(json& v, const std::string& p, Diagnostics& diag, Answer& ans) {
    if (!v.is_object()) {
        diag.error(p, "diag.answer.not_object", {type_code(v)});
        return;
    }
    read_string(v, "comment", p, diag, ans.comment, false);
    bool has_level = v.contains("level");
    std::string status;
    bool has_status = read_string(v, "status", p, diag, status, false) && v.contains("status");
    if (has_level && v["level"].is_null()) has_level = false;  // "level": null means unanswered
    if (has_level) {
        long long level = 0;
        if (read_integer(v, "level", p, diag, level, true)) {
            if (level < 0) {
                diag.error(path_member(p, "level"), "diag.level.negative", {std::to_string(level)});
            } else if (level > kMaxPlausibleLevel) {
                diag.error(path_member(p, "level"), "diag.level.implausible", {std::to_string(level)});
            } else {
                ans.status = AnswerStatus::Level;
                ans.level = static_cast<int>(level);
            }
        }
    }
    if (has_status) {
        AnswerStatus s = AnswerStatus::Unanswered;
        if (status == "vet-ej")
            s = AnswerStatus::VetEj;
        else if (status == "ej-aktuellt")
            s = AnswerStatus::EjAktuellt;
        else if (status == "obesvarad" || status.empty())
            s = AnswerStatus::Unanswered;
        else {
            diag.error(path_member(p, "status"), "diag.status.unknown", {quote_for_message(status)});
            return;
        }
        if (has_level && s != AnswerStatus::Unanswered) {
            diag.error(p, "diag.answer.level_and_status", {quote_for_message(status)});
            return;
        }
        if (!has_level) ans.status = s;
    }
    ans.extra = take_unknown_fields(v, kAnswerFields);
}

}  // namespace

std::optional<Assessment> load_assessment(std::string_view json_text, Diagnostics& diag, const Instrument* instrument) {
    Diagnostics local;
    const DocumentKind kind{kFormatName, kAssessmentFormatVersion, "diag.assessment.not_object",
                            "diag.format.not_assessment", "diag.format.instrument_not_assessment"};
    auto parsed = read_document_head(json_text, kind, local);
    if (!parsed) {
        diag.append(local);
        return std::nullopt;
    }
    json& root = *parsed;
    Assessment a;
    read_string(root, "id", "", local, a.id, false);
    auto inst = root.find("instrument");
    if (inst == root.end()) {
        local.error("instrument", "diag.assessment.instrument_missing");
    } else if (!inst->is_object()) {
        local.error("instrument", "diag.assessment.instrument_not_object", {type_code(*inst)});
    } else {
        read_string(*inst, "id", "instrument", local, a.instrument_id, true);
        read_string(*inst, "version", "instrument", local, a.instrument_version, true);
        auto ids = inst->find("item_ids");
        if (ids != inst->end()) {
            if (!ids->is_array()) {
                local.error("instrument.item_ids", "diag.wrong_type", {"diag.type.array", type_code(*ids)});
            } else if (ids->size() > kMaxInstrumentItems) {
                // The ids of an instrument's items, and no instrument has more.
                local.error("instrument.item_ids", "diag.assessment.too_many_item_ids",
                            {std::to_string(ids->size()), std::to_string(kMaxInstrumentItems)});
            } else {
                for (size_t i = 0; i < ids->size(); ++i) {
                    if ((*ids)[i].is_string())
                        a.instrument_item_ids.push_back((*ids)[i].get<std::string>());
                    else
                        local.error(path_index("instrument.item_ids", i), "diag.wrong_type",
                                    {"diag.type.string", type_code((*ids)[i])});
                }
            }
        }
        a.instrument_extra = take_unknown_fields(*inst, kInstrumentRefFields);
    }
    auto unit = root.find("verksamhet");
    if (unit != root.end()) {
        if (!unit->is_object()) {
            local.error("verksamhet", "diag.assessment.unit_not_object", {type_code(*unit)});
        } else {
            read_string(*unit, "name", "verksamhet", local, a.unit_name, false);
            std::string type;
            if (read_string(*unit, "type", "verksamhet", local, type, false) && unit->contains("type")) {
                if (unit_kind_for_old_type(type))
                    a.old_unit_type = type;
                else
                    local.error("verksamhet.type", "diag.unit_type.unknown", {quote_for_message(type)});
            }
            a.unit_extra = take_unknown_fields(*unit, kUnitFields);
        }
    }
    if (read_string(root, "unit_kind", "", local, a.unit_kind, false) && !a.unit_kind.empty() &&
        !is_valid_id(a.unit_kind))
        local.error("unit_kind", "diag.id.invalid", {quote_for_message(a.unit_kind)});
    if (!root.contains("unit_kind") && !a.old_unit_type.empty()) {
        a.unit_kind = unit_kind_for_old_type(a.old_unit_type).value_or("");
        a.unit_kind_from_type = !a.unit_kind.empty();
        if (instrument) settle_unit_kind(a, *instrument);
    }
    std::string path;
    if (read_string(root, "path", "", local, path, false) && root.contains("path")) {
        if (path == "core")
            a.core_path = true;
        else if (path != "full")
            local.error("path", "diag.assessment.path_unknown", {quote_for_message(path)});
    }
    if (read_string(root, "date", "", local, a.date, false) && !a.date.empty() && !is_valid_date(a.date))
        local.error("date", "diag.date.invalid", {quote_for_message(a.date)});
    read_string(root, "respondent_role", "", local, a.respondent_role, false);
    std::string mode;
    if (read_string(root, "mode", "", local, mode, true)) {
        if (auto m = mode_from_id(mode))
            a.mode = *m;
        else if (root.contains("mode"))
            local.error("mode", "diag.mode.unknown", {quote_for_message(mode)});
    }
    auto answers = root.find("answers");
    if (answers != root.end()) {
        if (!answers->is_object()) {
            local.error("answers", "diag.assessment.answers_not_object", {type_code(*answers)});
        } else if (answers->size() > kMaxAnswers) {
            local.error(
                "answers", "diag.assessment.too_many_answers",
                {std::to_string(answers->size()), std::to_string(kMaxAnswers), std::to_string(kMaxInstrumentItems)});
        } else {
            for (auto it = answers->begin(); it != answers->end(); ++it) {
                Answer ans;
                read_answer(it.value(), path_key("answers", it.key()), local, ans);
                a.answers[it.key()] = std::move(ans);
            }
        }
    }
    read_string(root, "notes", "", local, a.notes, false);
    if (auto plan = root.find("handlingsplan"); plan != root.end()) read_plan(*plan, "handlingsplan", local, a.plan);
    read_string(root, "created", "", local, a.created, false);
    read_string(root, "modified", "", local, a.modified, false);
    a.extra = take_unknown_fields(root, kTopLevelFields);
    if (instrument && !local.has_errors()) check_against_instrument(a, *instrument, local);
    bool ok = !local.has_errors();
    diag.append(local);
    if (!ok) return std::nullopt;
    return a;
}

std::string assessment_to_json(const Assessment& a) {
    json j = json::object();
    j["format"] = kFormatName;
    j["format_version"] = kAssessmentFormatVersion;
    j["id"] = a.id;
    j["instrument"] = {{"id", a.instrument_id}, {"version", a.instrument_version}};
    if (!a.instrument_item_ids.empty()) j["instrument"]["item_ids"] = a.instrument_item_ids;
    append_fields(j["instrument"], a.instrument_extra, kInstrumentRefFields);
    j["verksamhet"] = {{"name", a.unit_name}};
    if (!a.old_unit_type.empty()) j["verksamhet"]["type"] = a.old_unit_type;
    append_fields(j["verksamhet"], a.unit_extra, kUnitFields);
    if (!a.unit_kind.empty() && !a.unit_kind_from_type) j["unit_kind"] = a.unit_kind;
    if (a.core_path) j["path"] = "core";
    j["date"] = a.date;
    j["respondent_role"] = a.respondent_role;
    j["mode"] = mode_id(a.mode);
    json answers = json::object();
    for (const auto& [id, ans] : a.answers) {
        if (ans.is_empty()) continue;
        json aj = json::object();
        if (ans.status == AnswerStatus::Level)
            aj["level"] = ans.level;
        else if (ans.status == AnswerStatus::VetEj)
            aj["status"] = "vet-ej";
        else if (ans.status == AnswerStatus::EjAktuellt)
            aj["status"] = "ej-aktuellt";
        if (!ans.comment.empty()) aj["comment"] = ans.comment;
        append_fields(aj, ans.extra, kAnswerFields);
        answers.get_ref<json::object_t&>().emplace_back(id, std::move(aj));  // ids are unique (a map)
    }
    j["answers"] = std::move(answers);
    j["notes"] = a.notes;
    if (!a.plan.empty()) j["handlingsplan"] = plan_to_json(a.plan);
    if (!a.created.empty()) j["created"] = a.created;
    if (!a.modified.empty()) j["modified"] = a.modified;
    append_fields(j, a.extra, kTopLevelFields);
    return dump_json(j);
}

}  // namespace spegeln
