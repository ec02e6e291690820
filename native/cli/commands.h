// commands.h — the subcommands of the `spegeln` CLI.
//
// Each returns the process exit code: 0 success, 1 invalid input (a message
// names the file and the JSON path), 2 usage error. Every sentence comes from
// the translation table `t` (assets/ui/<lang>/cli.json and the core's files).
#pragma once

#include <string>
#include <vector>

#include "ui_strings.h"

namespace cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFound = 3;  // check-personal-data: something was found

int cmd_validate(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_score(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_aggregate(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_compare(const std::vector<std::string>& args, const spegeln::UiStrings& t);
// compare's second file is a brukarrevision (cmd_compare_audit.cpp).
int compare_self_with_audit(const std::vector<std::string>& files, const std::string& format,
                            const std::vector<std::string>& instrument_files, const spegeln::UiStrings& t);
int cmd_check_personal_data(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_report(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_audit(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_guide(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_coverage(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_plan(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_follow_up(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_instruments(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_code(const std::vector<std::string>& args, const spegeln::UiStrings& t);
int cmd_decode(const std::vector<std::string>& args, const spegeln::UiStrings& t);

}  // namespace cli
