// Reading and writing assessment JSON (format in docs/assessment-format.md).
#include <set>

#include "assessment.h"

namespace spegeln {
namespace {

constexpr const char* kFormatName = "strategispegeln-assessment";
constexpr long long kMaxPlausibleLevel = 1000;

const std::set<std::string> kTopLevelFields = {
    "format", "format_version", "id", "instrument", "verksamhet", "date", "respondent_role",
    "mode", "answers", "notes", "created", "modified"};
const std::set<std::string> kAnswerFields = {"level", "status", "comment"};
const std::set<std::string> kUnitFields = {"name", "type"};
const std::set<std::string> kInstrumentRefFields = {"id", "version", "item_ids"};

// Fields a newer version may have added: kept verbatim and written back.
// Keys in a parsed object are unique, so they are appended without the linear
// search of ordered_json's operator[] (quadratic for a hostile file's 100 000 fields).
// The values are moved out of the parsed document, which is thrown away after
// loading: a copy would double the memory of a file that is mostly unknown fields.
json take_unknown_fields(json& obj, const std::set<std::string>& known) {
    json extra = json::object();
    auto& out = extra.get_ref<json::object_t&>();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!known.count(it.key())) out.emplace_back(it.key(), std::move(it.value()));
    return extra;
}

// Writes kept unknown fields after the known ones `target` already has.
void append_fields(json& target, const json& extra, const std::set<std::string>& known) {
    auto& out = target.get_ref<json::object_t&>();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (known.count(it.key())) target[it.key()] = it.value();  // never two equal keys
        else out.emplace_back(it.key(), it.value());
    }
}

void read_answer(json& v, const std::string& p, Diagnostics& diag, Answer& ans) {
    if (!v.is_object()) {
        diag.error(p, "ett svar ska vara ett objekt som {\"level\": 3}, men är " + type_name_sv(v));
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
                diag.error(path_member(p, "level"), std::to_string(level) + " är negativt; en nivå är 0 eller mer");
            } else if (level > kMaxPlausibleLevel) {
                diag.error(path_member(p, "level"), std::to_string(level) + " ligger utanför alla skalor");
            } else {
                ans.status = AnswerStatus::Level;
                ans.level = static_cast<int>(level);
            }
        }
    }
    if (has_status) {
        AnswerStatus s = AnswerStatus::Unanswered;
        if (status == "vet-ej") s = AnswerStatus::VetEj;
        else if (status == "ej-aktuellt") s = AnswerStatus::EjAktuellt;
        else if (status == "obesvarad" || status.empty()) s = AnswerStatus::Unanswered;
        else {
            diag.error(path_member(p, "status"), quote_for_message(status) +
                                                     " är ingen känd status (vet-ej, ej-aktuellt)");
            return;
        }
        if (has_level && s != AnswerStatus::Unanswered) {
            diag.error(p, "svaret har både en nivå och statusen " + quote_for_message(status) + "; välj det ena");
            return;
        }
        if (!has_level) ans.status = s;
    }
    ans.extra = take_unknown_fields(v, kAnswerFields);
}

}  // namespace

std::optional<Assessment> load_assessment(std::string_view json_text, Diagnostics& diag, const Instrument* instrument) {
    Diagnostics local;
    auto parsed = parse_json(json_text, local);
    if (!parsed) {
        diag.append(local);
        return std::nullopt;
    }
    json& root = *parsed;
    if (!root.is_object()) {
        local.error("", "en bedömning ska vara ett JSON-objekt, men filen innehåller " + type_name_sv(root));
        diag.append(local);
        return std::nullopt;
    }
    std::string format;
    if (read_string(root, "format", "", local, format, true) && format != kFormatName) {
        std::string hint = format == "strategispegeln-instrument" ? " – filen är ett instrument, inte en bedömning" : "";
        local.error("format", quote_for_message(format) + " är inte en bedömning (väntade \"" +
                                  std::string(kFormatName) + "\")" + hint);
        diag.append(local);
        return std::nullopt;
    }
    long long fv = 0;
    if (read_integer(root, "format_version", "", local, fv, true)) {
        if (fv > kAssessmentFormatVersion)
            local.error("format_version", "filen är skriven i formatversion " + std::to_string(fv) +
                                              ", men den här versionen av Strategispegeln läser bara version " +
                                              std::to_string(kAssessmentFormatVersion) + "; uppdatera programmet");
        else if (fv < 1)
            local.error("format_version", "ogiltig formatversion " + std::to_string(fv));
    }
    Assessment a;
    read_string(root, "id", "", local, a.id, false);
    auto inst = root.find("instrument");
    if (inst == root.end()) {
        local.error("instrument", "saknas men krävs (vilket instrument bedömningen gjordes med)");
    } else if (!inst->is_object()) {
        local.error("instrument", "ska vara ett objekt {\"id\": …, \"version\": …}, men är " + type_name_sv(*inst));
    } else {
        read_string(*inst, "id", "instrument", local, a.instrument_id, true);
        read_string(*inst, "version", "instrument", local, a.instrument_version, true);
        auto ids = inst->find("item_ids");
        if (ids != inst->end()) {
            if (!ids->is_array()) {
                local.error("instrument.item_ids", "ska vara en lista, men är " + type_name_sv(*ids));
            } else if (ids->size() > kMaxInstrumentItems) {
                // The ids of an instrument's items, and no instrument has more.
                local.error("instrument.item_ids", "har " + std::to_string(ids->size()) +
                                                       " poster; ett instrument har högst " +
                                                       std::to_string(kMaxInstrumentItems) + " frågor");
            } else {
                for (size_t i = 0; i < ids->size(); ++i) {
                    if ((*ids)[i].is_string()) a.instrument_item_ids.push_back((*ids)[i].get<std::string>());
                    else local.error(path_index("instrument.item_ids", i), "ska vara en text");
                }
            }
        }
        a.instrument_extra = take_unknown_fields(*inst, kInstrumentRefFields);
    }
    auto unit = root.find("verksamhet");
    if (unit != root.end()) {
        if (!unit->is_object()) {
            local.error("verksamhet", "ska vara ett objekt {\"name\": …, \"type\": …}, men är " + type_name_sv(*unit));
        } else {
            read_string(*unit, "name", "verksamhet", local, a.unit_name, false);
            std::string type;
            if (read_string(*unit, "type", "verksamhet", local, type, false) && unit->contains("type")) {
                if (auto t = unit_type_from_id(type)) a.unit_type = *t;
                else local.error("verksamhet.type", quote_for_message(type) + " är ingen känd typ (vardcentral, "
                                                    "psykiatrisk-mottagning, kommunal-verksamhet, annan)");
            }
            a.unit_extra = take_unknown_fields(*unit, kUnitFields);
        }
    }
    if (read_string(root, "date", "", local, a.date, false) && !a.date.empty() && !is_valid_date(a.date))
        local.error("date", quote_for_message(a.date) + " är inget giltigt datum (skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-15)");
    read_string(root, "respondent_role", "", local, a.respondent_role, false);
    std::string mode;
    if (read_string(root, "mode", "", local, mode, true)) {
        if (auto m = mode_from_id(mode)) a.mode = *m;
        else if (root.contains("mode"))
            local.error("mode", quote_for_message(mode) + " är inget känt läge (self-assessment, brukarrevision, workshop)");
    }
    auto answers = root.find("answers");
    if (answers != root.end()) {
        if (!answers->is_object()) {
            local.error("answers", "ska vara ett objekt med ett svar per fråga-id, men är " + type_name_sv(*answers));
        } else if (answers->size() > kMaxAnswers) {
            local.error("answers", "har " + std::to_string(answers->size()) + " svar; högst " +
                                       std::to_string(kMaxAnswers) + " är tillåtna (ett instrument har högst " +
                                       std::to_string(kMaxInstrumentItems) + " frågor)");
        } else {
            for (auto it = answers->begin(); it != answers->end(); ++it) {
                Answer ans;
                read_answer(it.value(), path_key("answers", it.key()), local, ans);
                a.answers[it.key()] = std::move(ans);
            }
        }
    }
    read_string(root, "notes", "", local, a.notes, false);
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
    j["verksamhet"] = {{"name", a.unit_name}, {"type", unit_type_id(a.unit_type)}};
    append_fields(j["verksamhet"], a.unit_extra, kUnitFields);
    j["date"] = a.date;
    j["respondent_role"] = a.respondent_role;
    j["mode"] = mode_id(a.mode);
    json answers = json::object();
    for (const auto& [id, ans] : a.answers) {
        if (ans.is_empty()) continue;
        json aj = json::object();
        if (ans.status == AnswerStatus::Level) aj["level"] = ans.level;
        else if (ans.status == AnswerStatus::VetEj) aj["status"] = "vet-ej";
        else if (ans.status == AnswerStatus::EjAktuellt) aj["status"] = "ej-aktuellt";
        if (!ans.comment.empty()) aj["comment"] = ans.comment;
        append_fields(aj, ans.extra, kAnswerFields);
        answers.get_ref<json::object_t&>().emplace_back(id, std::move(aj));  // ids are unique (a map)
    }
    j["answers"] = std::move(answers);
    j["notes"] = a.notes;
    if (!a.created.empty()) j["created"] = a.created;
    if (!a.modified.empty()) j["modified"] = a.modified;
    append_fields(j, a.extra, kTopLevelFields);
    return dump_json(j);
}

}  // namespace spegeln
