// commands.h — the subcommands of the `spegeln` CLI.
//
// Each returns the process exit code: 0 success, 1 invalid input (a message
// names the file and the JSON path), 2 usage error.
#pragma once

#include <string>
#include <vector>

namespace cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

int cmd_validate(const std::vector<std::string>& args);
int cmd_score(const std::vector<std::string>& args);
int cmd_aggregate(const std::vector<std::string>& args);
int cmd_compare(const std::vector<std::string>& args);
int cmd_instruments(const std::vector<std::string>& args);

}  // namespace cli
