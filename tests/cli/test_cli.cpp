// The `spegeln` CLI tested as a process, the way users and scripts run it:
// exit codes (0 ok, 1 invalid input, 2 usage), where messages go, and that its
// numbers are the core's numbers. Every run has a timeout, and a crash (a signal
// or a sanitizer report) fails the test instead of passing as "exit 1".
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "audit_guides.h"
#include "audit_report.h"
#include "bundled.h"
#include "file_io.h"
#include "json_read.h"
#include "number_format.h"
#include "report_html.h"
#include "scoring.h"

extern char** environ;

using namespace spegeln;
namespace fs = std::filesystem;

namespace {

struct Result {
    int exit_code = -1;  // -1 when the process did not exit normally
    int signal = 0;
    bool timed_out = false;
    std::string out, err;
};

// The test's environment without the locale variables the CLI picks its
// language from, plus `extra` ("LANG=en_US.UTF-8"): a test says which language
// it expects instead of depending on the machine it runs on.
std::vector<std::string> environment(const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string v = *e;
        bool locale = false;
        for (const char* name : {"LC_ALL=", "LC_MESSAGES=", "LANG=", "LANGUAGE="})
            locale = locale || v.rfind(name, 0) == 0;
        if (!locale) env.push_back(v);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

// Runs the CLI with `args`, stdin from `stdin_path` (/dev/null unless given),
// capturing stdout and stderr.
Result run(const std::vector<std::string>& args, int timeout_seconds = 60, const std::vector<std::string>& env = {},
           const std::string& stdin_path = "/dev/null") {
    Result r;
    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
        ADD_FAILURE() << "pipe failed";
        return r;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, stdin_path.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) posix_spawn_file_actions_addclose(&fa, fd);
    std::vector<std::string> storage = {SPEGELN_CLI};
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : storage) argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    std::vector<std::string> env_storage = environment(env);
    std::vector<char*> envp;
    for (auto& e : env_storage) envp.push_back(e.data());
    envp.push_back(nullptr);
    int rc = posix_spawn(&pid, SPEGELN_CLI, &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc != 0) {
        ADD_FAILURE() << "cannot start " << SPEGELN_CLI;
        close(out_pipe[0]);
        close(err_pipe[0]);
        return r;
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&r.out, &r.err};
    int open_fds = 2;
    while (open_fds > 0) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            r.timed_out = true;
            kill(pid, SIGKILL);
            break;
        }
        if (poll(fds, 2, static_cast<int>(left.count())) < 0) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[65536];
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, static_cast<size_t>(n));
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    for (auto& f : fds)
        if (f.fd >= 0) close(f.fd);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    return r;
}

// No hang, no signal, no sanitizer report: whatever the exit code, the program was in control.
::testing::AssertionResult clean(const Result& r) {
    if (r.timed_out) return ::testing::AssertionFailure() << "timed out";
    if (r.signal) return ::testing::AssertionFailure() << "killed by signal " << r.signal << "\n" << r.err;
    if (r.err.find("Sanitizer") != std::string::npos || r.err.find("runtime error:") != std::string::npos)
        return ::testing::AssertionFailure() << "sanitizer report:\n" << r.err;
    return ::testing::AssertionSuccess();
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

std::string fixture(const std::string& name) {
    return std::string(SPEGELN_FIXTURES) + "/" + name;
}

std::string read_text(const std::string& path) {
    FileRead file = read_file(path);
    Diagnostics d;
    report_file_error(file, d);
    EXPECT_TRUE(file.ok()) << path << ": " << (d.items.empty() ? "" : d.items[0].code);
    return file.bytes;
}

class Cli : public ::testing::Test {
protected:
    static inline fs::path dir;

    static void SetUpTestSuite() {
        char tmpl[] = "/tmp/spegeln-cli-XXXXXX";
        ASSERT_NE(mkdtemp(tmpl), nullptr);
        dir = tmpl;
    }
    static void TearDownTestSuite() { fs::remove_all(dir); }

    // Writes `content` to a file in the test's directory and returns its path.
    static std::string write(const std::string& name, const std::string& content) {
        fs::path p = dir / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }

    // The mini assessment fixture, changed by `edit`, written as `name`.
    static std::string mini_variant(const std::string& name, const std::function<void(json&)>& edit) {
        json j = json::parse(read_text(fixture("mini-assessment.json")));
        edit(j);
        return write(name, dump_json(j));
    }

    // The version skane-sample.json was made on (1.0.0): it scores on its own version, which
    // ships in assets/instruments/archive/, not on the newest.
    static Instrument skane() {
        auto in = bundled_instrument("skane-2025-sjalvskattning", "1.0.0");
        EXPECT_TRUE(in) << "the Skåne self-assessment 1.0.0 is not bundled";
        return in ? *in : Instrument{};
    }
};

const std::string kMiniInstrument = fixture("mini-instrument.json");
const std::string kMiniAssessment = fixture("mini-assessment.json");
const std::string kSkaneSample = fixture("skane-sample.json");
const std::string kAuditExample = std::string(SPEGELN_SOURCE_DIR) + "/docs/examples/brukarrevision-exempel.json";
const std::string kMini21 = fixture("mini-instrument-2.1.json");
const std::string kMini21Assessment = fixture("mini-assessment-2.1.json");

}  // namespace

TEST_F(Cli, HelpOnEverySubcommandExitsZero) {
    for (const char* flag : {"--help", "-h", "help"}) {
        Result r = run({flag});
        EXPECT_TRUE(clean(r));
        EXPECT_EQ(r.exit_code, 0) << flag;
        EXPECT_TRUE(contains(r.out, "Användning: spegeln <kommando>")) << r.out;
    }
    for (const char* cmd : {"validate", "score", "aggregate", "compare", "instruments", "coverage",
                            "check-personal-data", "report", "audit", "plan", "follow-up"}) {
        for (const char* flag : {"--help", "-h"}) {
            Result r = run({cmd, flag});
            EXPECT_TRUE(clean(r));
            EXPECT_EQ(r.exit_code, 0) << cmd << " " << flag << "\n" << r.err;
            EXPECT_TRUE(contains(r.out, std::string("Användning: spegeln ") + cmd)) << r.out;
            EXPECT_TRUE(r.err.empty()) << r.err;
        }
    }
}

TEST_F(Cli, UsageErrorsExitTwoWithTheUsageOnStderr) {
    const std::vector<std::vector<std::string>> calls = {
        {},                                             // no command
        {"frobnicate"},                                 // unknown command
        {"score", kMiniAssessment, "--verbose"},        // unknown flag
        {"score", kMiniAssessment, "--format", "xml"},  // bad format
        {"score", kMiniAssessment, "--format=pdf"},
        {"score", kMiniAssessment, "--format"},  // flag without its value
        {"score", kMiniAssessment, "--instrument"},
        {"score"},  // wrong file counts
        {"score", kMiniAssessment, kMiniAssessment},
        {"compare", kMiniAssessment},
        {"compare", kMiniAssessment, kMiniAssessment, kMiniAssessment},
        {"aggregate"},
        {"validate"},
        {"instruments", kMiniAssessment},
        {"instruments", "--format", "csv"},
        {"instruments", "--instrument", kMiniInstrument},
    };
    for (const auto& args : calls) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        Result r = run(args);
        EXPECT_TRUE(clean(r)) << shown;
        EXPECT_EQ(r.exit_code, 2) << shown << "\n" << r.err;
        EXPECT_TRUE(contains(r.err, "Användning:")) << shown << "\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << shown << "\n" << r.out;
    }
}

TEST_F(Cli, ValidateAcceptsGoodInstrumentAndAssessment) {
    Result r = run({"validate", kMiniInstrument, kMiniAssessment, "--instrument", kMiniInstrument});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, kMiniInstrument + ": giltigt instrument")) << r.out;
    EXPECT_TRUE(contains(r.out, kMiniAssessment + ": giltig bedömning")) << r.out;
}

TEST_F(Cli, ValidateRejectsABadFileNamingFileAndJsonPath) {
    std::string bad = mini_variant("level-7.json", [](json& j) { j["answers"]["i1"]["level"] = 7; });
    Result r = run({"validate", kMiniAssessment, bad, "--instrument", kMiniInstrument});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, bad + ": fel: answers[\"i1\"].level: 7 ligger utanför skalan 0–4")) << r.err;
    EXPECT_TRUE(contains(r.out, kMiniAssessment + ": giltig")) << "the good file is still reported";
}

TEST_F(Cli, ValidateJsonListsProblemsPerFile) {
    std::string bad = mini_variant("bad-date.json", [](json& j) { j["date"] = "2026-02-30"; });
    Result r = run({"validate", "--format", "json", bad, kMiniInstrument});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1);
    json j = json::parse(r.out);
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(j[0]["file"], bad);
    EXPECT_EQ(j[0]["kind"], "bedömning");
    EXPECT_EQ(j[0]["valid"], false);
    EXPECT_EQ(j[0]["problems"][0]["severity"], "error");
    EXPECT_EQ(j[0]["problems"][0]["path"], "date");
    EXPECT_EQ(j[1]["kind"], "instrument");
    EXPECT_EQ(j[1]["valid"], true);
}

TEST_F(Cli, ScoreTextIsSwedishWithDecimalCommaForTheBundledInstrument) {
    // No --instrument: the assessment names skane-2025-sjalvskattning, which is bundled.
    Result r = run({"score", kSkaneSample});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Instrument in = skane();
    Diagnostics d;
    auto a = load_assessment(read_text(kSkaneSample), d, &in);
    ASSERT_TRUE(a);
    ScoreReport expected = score_assessment(in, *a);
    EXPECT_TRUE(contains(r.out, "Sammanvägt resultat: " + format_score(expected.overall) + " av 100")) << r.out;
    EXPECT_TRUE(contains(format_score(expected.overall), ","));
    EXPECT_TRUE(contains(r.out, "\nPrinciper\n"));
    EXPECT_TRUE(contains(r.out, "\nInsatsområden\n"));
    EXPECT_TRUE(contains(r.out, "Vårdcentralen Provstad"));
}

TEST_F(Cli, ScoreJsonNumbersAreExactlyTheCoresScores) {
    Result r = run({"score", kSkaneSample, "--format", "json"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out);
    Instrument in = skane();
    Diagnostics d;
    auto a = load_assessment(read_text(kSkaneSample), d, &in);
    ASSERT_TRUE(a);
    ScoreReport expected = score_assessment(in, *a);
    EXPECT_EQ(j["overall"]["score"].get<double>(), *expected.overall);
    ASSERT_EQ(j["principles"].size(), expected.principles.size());
    for (size_t i = 0; i < expected.principles.size(); ++i) {
        const auto& p = expected.principles[i];
        EXPECT_EQ(j["principles"][i]["id"], p.id);
        if (p.score)
            EXPECT_EQ(j["principles"][i]["score"].get<double>(), *p.score) << p.id;
        else
            EXPECT_TRUE(j["principles"][i]["score"].is_null()) << p.id;
        EXPECT_EQ(j["principles"][i]["coverage"].get<double>(), p.coverage) << p.id;
    }
    ASSERT_EQ(j["areas"].size(), 7u);
    for (size_t i = 0; i < expected.areas.size(); ++i) {
        const auto& x = expected.areas[i];
        if (x.score)
            EXPECT_EQ(j["areas"][i]["score"].get<double>(), *x.score) << x.id;
        else
            EXPECT_TRUE(j["areas"][i]["score"].is_null()) << x.id;
        EXPECT_EQ(j["areas"][i]["counts"]["vet_ej"], x.counts.vet_ej) << x.id;
    }
    EXPECT_EQ(j["items"].size(), in.items.size());
}

TEST_F(Cli, ScoreCsvIsForSwedishExcel) {
    Result r = run({"score", kSkaneSample, "--format=csv"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("\xEF\xBB\xBF"
                          "Verksamhet;Vårdcentralen Provstad;",
                          0),
              0u)
        << r.out.substr(0, 80);
    EXPECT_TRUE(contains(r.out, ";\r\n") || contains(r.out, "\r\n"));
    for (size_t i = r.out.find('\n'); i != std::string::npos; i = r.out.find('\n', i + 1))
        ASSERT_EQ(r.out[i - 1], '\r') << "every record ends with CRLF";
}

// The HTML report is the one the web app exports: the same function, so the
// same bytes for the same assessment; user text in it escaped.
TEST_F(Cli, ScoreHtmlIsTheAppsReportByteForByte) {
    std::string hostile =
        mini_variant("hostile.json", [](json& j) { j["verksamhet"]["name"] = "<script>x()</script>"; });
    Result r = run({"score", "--instrument", kMiniInstrument, hostile, "--format", "html"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Diagnostics d;
    auto in = load_instrument(read_text(kMiniInstrument), d);
    ASSERT_TRUE(in);
    auto a = load_assessment(read_text(hostile), d, &*in);
    ASSERT_TRUE(a);
    EXPECT_EQ(r.out, report_html(*in, *a, score_assessment(*in, *a), "sv"));
    EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(r.out, "&lt;script&gt;x()&lt;/script&gt;"));
    EXPECT_FALSE(contains(r.out, "<script>"));

    Result skane_html = run({"score", kSkaneSample, "--format=html"});
    EXPECT_TRUE(clean(skane_html));
    EXPECT_TRUE(contains(skane_html.out, "<h1>Strategispegeln – Vårdcentralen Provstad</h1>"));
    // compare has no report; aggregate writes the group's (core/group_report.h, tested there).
    Result u = run({"compare", kSkaneSample, kSkaneSample, "--format", "html"});
    EXPECT_EQ(u.exit_code, 2) << "compare has no HTML report";
    EXPECT_TRUE(contains(u.err, "html")) << u.err;
    Result group = run({"aggregate", kSkaneSample, kSkaneSample, kSkaneSample, "--format", "html"});
    EXPECT_TRUE(clean(group));
    EXPECT_EQ(group.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(group.out, "<h1>Gruppens resultat</h1>"));
}

TEST_F(Cli, ScoreWithInstrumentFile) {
    Result r = run({"score", "--instrument", kMiniInstrument, kMiniAssessment, "--format", "json"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // The mini fixture by hand: p1 50, p2 75, p3 50, p4 0 → 43,75.
    EXPECT_DOUBLE_EQ(json::parse(r.out)["overall"]["score"].get<double>(), 43.75);
}

TEST_F(Cli, InstrumentThatIsNotBundledNeedsTheFlag) {
    Result r = run({"score", kMiniAssessment});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, kMiniAssessment)) << r.err;
    EXPECT_TRUE(contains(r.err, "--instrument")) << r.err;
}

TEST_F(Cli, AggregateOfThreeHasNoAnonymityNoteAndOfTwoHasOne) {
    std::string b = mini_variant("resp-b.json", [](json& j) { j["answers"]["i1"]["level"] = 1; });
    std::string c = mini_variant("resp-c.json", [](json& j) { j["answers"]["i1"] = {{"status", "vet-ej"}}; });
    Result three = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b, c});
    EXPECT_TRUE(clean(three));
    ASSERT_EQ(three.exit_code, 0) << three.err;
    EXPECT_TRUE(contains(three.out, "Antal bedömningar: 3"));
    EXPECT_FALSE(contains(three.out, "anonymitetsgränsen")) << three.out;
    Result two = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b});
    EXPECT_TRUE(clean(two));
    ASSERT_EQ(two.exit_code, 0) << two.err;
    EXPECT_TRUE(contains(two.out, "under anonymitetsgränsen")) << two.out;
    Result js = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b, c, "--format", "json"});
    json j = json::parse(js.out);
    EXPECT_EQ(j["respondents"], 3);
    EXPECT_EQ(j["below_anonymity_threshold"], false);
    EXPECT_EQ(j["items"][0]["levels"], json({0, 1, 0, 1, 0}));  // i1: 3, 1 and vet ej
    EXPECT_EQ(j["items"][0]["vet_ej"], 1);
}

// The disagreement the group screen ranks by (core ItemSpread), the same in text, JSON and CSV.
TEST_F(Cli, AggregatePrintsTheDisagreementPerItemLargestFirstInEveryFormat) {
    std::string b = mini_variant("dis-b.json", [](json& j) { j["answers"]["i1"]["level"] = 1; });
    std::string c = mini_variant("dis-c.json", [](json& j) { j["answers"]["i1"] = {{"status", "vet-ej"}}; });
    Result js = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b, c, "--format", "json"});
    ASSERT_EQ(js.exit_code, 0) << js.err;
    json j = json::parse(js.out);
    ASSERT_TRUE(j["disagreement"].is_array());
    EXPECT_EQ(j["disagreement"].size(), j["items"].size()) << "every item, ranked";
    // i1: levels 3 and 1 of 0–4 (values 0,75 and 0,25: sd 0,25, × 2 = 0,5) and one vet ej. The others
    // are answered alike by all three (the variants only change i1), so i1 comes first.
    const json& first = j["disagreement"][0];
    EXPECT_EQ(first["id"], "i1");
    EXPECT_NEAR(first["spread"].get<double>(), 0.5, 1e-12);
    EXPECT_EQ(first["answered"], 2);
    EXPECT_EQ(first["lowest"], 1);
    EXPECT_EQ(first["highest"], 3);
    EXPECT_EQ(first["vet_ej"], 1);
    double last = 2.0;
    for (const json& d : j["disagreement"]) {
        if (d["spread"].is_null()) continue;
        EXPECT_LE(d["spread"].get<double>(), last) << d.dump();
        last = d["spread"].get<double>();
    }
    Result text = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b, c});
    EXPECT_TRUE(contains(text.out, "Oenighet per fråga")) << text.out;
    EXPECT_TRUE(contains(text.out, "i1           0,50   2  1–3   V:1 E:0 O:0")) << text.out;
    Result csv = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, b, c, "--format", "csv"});
    EXPECT_TRUE(contains(csv.out, "\ni1;0,500;2;1;3;1;0;0")) << csv.out;
}

TEST_F(Cli, AggregateStopsOnAnInvalidFile) {
    std::string bad = mini_variant("agg-bad.json", [](json& j) { j["answers"]["i3"]["level"] = 5; });
    Result r = run({"aggregate", "--instrument", kMiniInstrument, kMiniAssessment, bad});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, bad + ": fel: answers[\"i3\"]")) << r.err;
    EXPECT_TRUE(r.out.empty()) << "no partial result";
}

TEST_F(Cli, CompareShowsTheChangeAndWarnsAboutReversedDates) {
    std::string follow = mini_variant("follow.json", [](json& j) {
        j["date"] = "2027-03-15";
        j["answers"]["i6"]["level"] = 4;  // p4: 0 → 100 (i5 is ej aktuellt)
    });
    Result r = run({"compare", "--instrument", kMiniInstrument, kMiniAssessment, follow, "--format", "json"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    json j = json::parse(r.out);
    EXPECT_EQ(j["principles"][3]["id"], "p4");
    EXPECT_DOUBLE_EQ(j["principles"][3]["change"].get<double>(), 100.0);
    Result text = run({"compare", "--instrument", kMiniInstrument, kMiniAssessment, follow});
    EXPECT_TRUE(contains(text.out, "+100,0")) << text.out;
    Result reversed = run({"compare", "--instrument", kMiniInstrument, follow, kMiniAssessment});
    EXPECT_TRUE(clean(reversed));
    EXPECT_EQ(reversed.exit_code, 0);
    EXPECT_TRUE(contains(reversed.err, "daterad före baslinjen")) << reversed.err;
    EXPECT_TRUE(contains(reversed.out,
                         "\u2212"
                         "100,0"))
        << reversed.out;
}

TEST_F(Cli, InstrumentsListsTheBundledOnes) {
    Result r = run({"instruments"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto all = bundled_instruments();
    ASSERT_FALSE(all.empty());
    for (const auto& in : all) EXPECT_TRUE(contains(r.out, in.id + " (version " + in.version + ")")) << r.out;
    Result js = run({"instruments", "--format", "json"});
    json j = json::parse(js.out);
    ASSERT_EQ(j.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(j[i]["id"], all[i].id);
        EXPECT_EQ(j[i]["items"], all[i].items.size());
    }
}

TEST_F(Cli, HostileFilesExitOneWithAMessageNeverACrash) {
    std::string deep(100000, '[');
    std::string big = "{\"notes\": \"" + std::string(20u << 20, 'x') + "\"}";
    const std::vector<std::pair<std::string, std::string>> files = {
        {"empty.json", ""},
        {"truncated.json", read_text(kMiniAssessment).substr(0, 200)},
        {"array.json", "[1, 2, 3]"},
        {"string.json", "\"strategispegeln\""},
        {"deep.json", deep},
        {"utf8.json", "{\"format\": \"strategispegeln-assessment\xFF\"}"},
        {"nul.json", std::string("{\"format\":\0}", 12)},
        {"huge-number.json", "{\"format_version\": 1e400}"},
        {"big.json", big},
        {"escape-key.json",
         "{\"format\": \"strategispegeln-assessment\", \"format_version\": 1, \"mode\": "
         "\"self-assessment\", \"instrument\": {\"id\": \"mini\", \"version\": \"2.0\"}, "
         "\"answers\": {\"x\\u001b[2J\": {\"level\": \"tre\"}}}"},
    };
    for (const auto& [name, content] : files) {
        std::string path = write(name, content);
        for (const char* cmd : {"validate", "score"}) {
            Result r = run({cmd, path, "--instrument", kMiniInstrument});
            EXPECT_TRUE(clean(r)) << cmd << " " << name;
            EXPECT_EQ(r.exit_code, 1) << cmd << " " << name << "\n" << r.err;
            EXPECT_TRUE(contains(r.err, path + ": fel: ")) << cmd << " " << name << "\n" << r.err;
            EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << "no raw escape reaches the terminal";
        }
    }
}

TEST_F(Cli, TooLargeAndUtf16FilesGetTheirOwnMessage) {
    std::string big = write("stor.json", "{\"notes\": \"" + std::string(20u << 20, 'x') + "\"}");
    std::string utf16 = write("utf16.json", std::string("\xFF\xFE{\0}\0", 6));
    for (const char* cmd : {"validate", "score"}) {
        Result r = run({cmd, big, "--instrument", kMiniInstrument});
        EXPECT_EQ(r.exit_code, 1) << cmd;
        EXPECT_TRUE(contains(r.err, big + ": fel: filen är 20,1 MB; största tillåtna storlek är 16 MB")) << r.err;
        r = run({cmd, utf16, "--instrument", kMiniInstrument});
        EXPECT_EQ(r.exit_code, 1) << cmd;
        EXPECT_TRUE(contains(r.err, utf16 + ": fel: filen är sparad som UTF-16; spara den som UTF-8")) << r.err;
    }
    // In English with the English decimal point: the language's own number style.
    Result r = run({"validate", "--lang", "en", big, utf16});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, big + ": error: the file is 20.1 MB; the largest allowed size is 16 MB")) << r.err;
    EXPECT_TRUE(contains(r.err, utf16 + ": error: the file is saved as UTF-16; save it as UTF-8 and try again"))
        << r.err;
    r = run({"validate", "--format", "json", big});
    EXPECT_EQ(r.exit_code, 1);
    json report = json::parse(r.out);
    ASSERT_EQ(report[0]["problems"].size(), 1u) << r.out;
    EXPECT_EQ(report[0]["problems"][0]["code"], "diag.file.too_large");
    EXPECT_EQ(report[0]["problems"][0]["args"], json::array({"20", "1", "16"}));
}

TEST_F(Cli, MissingFileOrDirectoryExitsOneWithThePath) {
    std::string missing = (dir / "finns-inte.json").string();
    for (const char* cmd : {"validate", "score"}) {
        Result r = run({cmd, missing});
        EXPECT_TRUE(clean(r));
        EXPECT_EQ(r.exit_code, 1) << cmd;
        EXPECT_TRUE(contains(r.err, missing + ": fel: kan inte öppna filen")) << r.err;
    }
    Result r = run({"score", dir.string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "mapp")) << r.err;
    Result bad_instrument = run({"score", kMiniAssessment, "--instrument", missing});
    EXPECT_EQ(bad_instrument.exit_code, 1);
    EXPECT_TRUE(contains(bad_instrument.err, missing)) << bad_instrument.err;
}

// ---- Language ---------------------------------------------------------------

TEST_F(Cli, LangEnglishValidateReadsAsEnglish) {
    std::string bad = mini_variant("level-7-en.json", [](json& j) {
        j["answers"]["i1"]["level"] = 7;
        j["answers"]["i2"] = json::array();
    });
    Result r = run({"validate", "--lang", "en", kMiniAssessment, bad, "--instrument", kMiniInstrument});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1) << "exit codes do not depend on the language";
    EXPECT_TRUE(contains(r.err, bad + ": error: answers[\"i2\"]: an answer should be an object such as {\"level\": 3}, "
                                      "but is a list"))
        << r.err;
    EXPECT_TRUE(contains(r.out, kMiniAssessment + ": valid assessment")) << r.out;
    EXPECT_FALSE(contains(r.err, "fel")) << r.err;
    Result level = run({"validate", "--lang=en", bad, "--instrument", kMiniInstrument});
    EXPECT_EQ(level.exit_code, 1);
    EXPECT_TRUE(contains(level.err, ": error: ")) << "--lang=en works as well as --lang en\n" << level.err;
    std::string fixed = mini_variant("level-7-only.json", [](json& j) { j["answers"]["i1"]["level"] = 7; });
    Result scale = run({"validate", fixed, "--instrument", kMiniInstrument, "--lang", "EN"});
    EXPECT_TRUE(contains(scale.err, fixed + ": error: answers[\"i1\"].level: 7 is outside the scale 0–4")) << scale.err;
}

TEST_F(Cli, LangEnglishForSyntaxErrorsAndMissingFiles) {
    std::string broken = write("broken-en.json", "{\"a\" 1}");
    Result r = run({"validate", "--lang", "en", broken, (dir / "missing.json").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, broken + ": error: invalid JSON at line 1, column 6: unexpected number after a key "
                                         "of an object; expected ':'"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "missing.json: error: cannot open the file: the file does not exist")) << r.err;
}

TEST_F(Cli, LangEnglishScoreUsesEnglishWordsAndDecimalPoint) {
    Result r = run({"score", kMiniAssessment, "--instrument", kMiniInstrument, "--lang", "en"});
    EXPECT_TRUE(clean(r));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "Overall result: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "\nPrinciples\n")) << r.out;
    EXPECT_FALSE(contains(r.out, "Sammanvägt")) << r.out;
    Result csv = run({"score", kMiniAssessment, "--instrument", kMiniInstrument, "--lang", "en", "--format", "csv"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBFUnit,", 0), 0u) << csv.out;
}

TEST_F(Cli, HelpIsCompleteInBothLanguages) {
    for (const char* cmd :
         {"validate", "score", "aggregate", "compare", "instruments", "check-personal-data", "report", "audit"}) {
        Result sv = run({cmd, "--help", "--lang", "sv"});
        Result en = run({"--lang", "en", cmd, "--help"});
        EXPECT_EQ(sv.exit_code, 0);
        EXPECT_EQ(en.exit_code, 0);
        EXPECT_TRUE(contains(sv.out, std::string("Användning: spegeln ") + cmd)) << sv.out;
        EXPECT_TRUE(contains(en.out, std::string("Usage: spegeln ") + cmd)) << en.out;
        EXPECT_TRUE(contains(en.out, "--lang sv|en")) << en.out;
        EXPECT_FALSE(contains(en.out, "Användning")) << en.out;
    }
    Result top = run({"--help", "--lang", "en"});
    EXPECT_TRUE(contains(top.out, "Usage: spegeln <command>")) << top.out;
    EXPECT_TRUE(contains(top.out, "--lang sv|en")) << top.out;
    EXPECT_TRUE(contains(top.out, "Exit codes: 0 = done, 1 = invalid input, 2 = wrong usage,\n3 = personal data found"))
        << top.out;
}

TEST_F(Cli, LanguageComesFromTheEnvironmentWhenNotGiven) {
    Result en = run({"--help"}, 60, {"LANG=en_GB.UTF-8"});
    EXPECT_TRUE(contains(en.out, "Usage: spegeln")) << en.out;
    Result all = run({"--help"}, 60, {"LANG=en_GB.UTF-8", "LC_ALL=sv_SE.UTF-8"});
    EXPECT_TRUE(contains(all.out, "Användning: spegeln")) << "LC_ALL overrides LANG\n" << all.out;
    Result messages = run({"--help"}, 60, {"LANG=sv_SE.UTF-8", "LC_MESSAGES=en_US.UTF-8"});
    EXPECT_TRUE(contains(messages.out, "Usage: spegeln")) << "LC_MESSAGES overrides LANG\n" << messages.out;
    Result c = run({"--help"}, 60, {"LANG=C"});
    EXPECT_TRUE(contains(c.out, "Användning: spegeln")) << "an unknown locale falls back to Swedish\n" << c.out;
    Result none = run({"--help"});
    EXPECT_TRUE(contains(none.out, "Användning: spegeln")) << "no locale: Swedish\n" << none.out;
    Result flag = run({"--help", "--lang", "sv"}, 60, {"LANG=en_US.UTF-8"});
    EXPECT_TRUE(contains(flag.out, "Användning: spegeln")) << "--lang wins over the environment\n" << flag.out;
}

TEST_F(Cli, UnknownLanguageIsAUsageError) {
    for (const std::vector<std::string>& args : {std::vector<std::string>{"--lang", "de", "validate", kMiniAssessment},
                                                 std::vector<std::string>{"validate", kMiniAssessment, "--lang=tlh"},
                                                 std::vector<std::string>{"validate", kMiniAssessment, "--lang"}}) {
        Result r = run(args);
        EXPECT_TRUE(clean(r));
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_TRUE(contains(r.err, "en, sv")) << "names the languages there are\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
}

// check-personal-data: exit 0 nothing found, 3 found, 1 unreadable; the
// matched text is never printed unmasked.
TEST_F(Cli, CheckPersonalDataFindsAndMasksInAnAssessment) {
    std::string file = mini_variant("pd.json", [](json& j) {
        j["notes"] = "Patienten 19811218-9876 ringde från 070-123 45 67";
        j["answers"]["i1"]["comment"] = "svar till kalle@exempel.se";
    });
    Result r = run({"check-personal-data", file});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "personnummer i notes: 19811218-****")) << r.out;
    EXPECT_TRUE(contains(r.out, "telefonnummer i notes: 070-*** ** **")) << r.out;
    EXPECT_TRUE(contains(r.out, "e-postadress i answers.i1.comment: k****@exempel.se")) << r.out;
    EXPECT_FALSE(contains(r.out, "9876")) << "the number is masked\n" << r.out;
    EXPECT_FALSE(contains(r.out, "kalle")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(Cli, CheckPersonalDataCleanFilesExitZero) {
    Result r = run({"check-personal-data", kMiniAssessment, kMiniInstrument, kSkaneSample});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "inga personuppgifter hittades")) << r.out;
    Result json_out = run({"check-personal-data", kMiniAssessment, "--format", "json"});
    EXPECT_EQ(json_out.exit_code, 0);
    EXPECT_EQ(json_out.out, "[]\n");
}

TEST_F(Cli, CheckPersonalDataJsonListsKindPathAndOffsets) {
    std::string file = mini_variant("pd-json.json", [](json& j) { j["notes"] = "pnr 811218-9876"; });
    Result r = run({"check-personal-data", "--format", "json", file});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    Diagnostics d;
    auto list = parse_json(r.out, d);
    ASSERT_TRUE(list && list->is_array() && list->size() == 1) << r.out;
    const json& f = (*list)[0];
    EXPECT_EQ(f["kind"], "personnummer");
    EXPECT_EQ(f["path"], "notes");
    EXPECT_EQ(f["start"], 4);
    EXPECT_EQ(f["end"], 15);
    EXPECT_FALSE(contains(r.out, "9876")) << r.out;
}

TEST_F(Cli, CheckPersonalDataReadsPlainTextFromStandardInput) {
    std::string text =
        write("anteckning.txt", "Intervju 3\nHon gav sitt nummer: 0046 70-123 45 67\n12 500 kr, Dnr 2024-000123\n");
    Result r = run({"check-personal-data", "-"}, 60, {}, text);
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "telefonnummer i 2:22: 0046 70-*** ** **")) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << "only the phone number\n" << r.out;
    Result json_out = run({"check-personal-data", "-", "--format=json"}, 60, {}, text);
    EXPECT_TRUE(contains(json_out.out, "\"path\": \"2:22\"")) << json_out.out;
}

TEST_F(Cli, CheckPersonalDataUnreadableInputExitsOne) {
    std::string broken = write("broken.json", "{\"notes\": \"811218-9876\"");
    Result r = run({"check-personal-data", broken});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(contains(r.err, "broken.json")) << r.err;
    Result missing = run({"check-personal-data", (dir / "finns-inte.json").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_FALSE(missing.err.empty());
    // One unreadable file among findings is still exit 1: the check was not complete.
    std::string found = mini_variant("pd-2.json", [](json& j) { j["notes"] = "811218-9876"; });
    Result mixed = run({"check-personal-data", found, broken});
    EXPECT_EQ(mixed.exit_code, 1);
    EXPECT_TRUE(contains(mixed.out, "811218-****")) << mixed.out;
}

TEST_F(Cli, CheckPersonalDataUsageErrors) {
    EXPECT_EQ(run({"check-personal-data"}).exit_code, 2);
    EXPECT_EQ(run({"check-personal-data", kMiniAssessment, "--format", "csv"}).exit_code, 2);
    EXPECT_EQ(run({"check-personal-data", kMiniAssessment, "--bogus"}).exit_code, 2);
    Result en = run({"check-personal-data", "-", "--lang", "en"}, 60, {}, write("en.txt", "mail a.b@exempel.se"));
    EXPECT_EQ(en.exit_code, 3);
    EXPECT_TRUE(contains(en.out, "e-mail address in 1:6: a**@exempel.se")) << en.out;
}

// Brukarrevision files: validate knows them, report writes their report.
TEST_F(Cli, ValidateKnowsABrukarrevision) {
    Result r = run({"validate", kAuditExample});
    EXPECT_TRUE(clean(r));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "giltig brukarrevision")) << r.out;
    json j = json::parse(read_text(kAuditExample));
    j["recommendations"][0]["priority"] = "akut";
    Result bad = run({"validate", write("bad-audit.json", dump_json(j)), "--format", "json"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_TRUE(contains(bad.out, "\"kind\": \"brukarrevision\"")) << bad.out;
    EXPECT_TRUE(contains(bad.out, "recommendations[0].priority")) << bad.out;
}

TEST_F(Cli, ReportOfABrukarrevisionInEveryFormat) {
    Result html = run({"report", kAuditExample});
    EXPECT_TRUE(clean(html));
    ASSERT_EQ(html.exit_code, 0) << html.err;
    EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html.out, "Brukarrevisionsrapport")) << html.out.substr(0, 400);
    // The CLI writes the core's bytes: the same report as the app.
    Diagnostics d;
    auto a = load_audit(read_text(kAuditExample), d);
    ASSERT_TRUE(a);
    std::optional<Instrument> in;
    for (auto& b : bundled_instruments())
        if (b.id == a->instrument_id && b.version == a->instrument_version) in = b;
    ASSERT_TRUE(in) << "the instrument version the example names is bundled";
    UiStrings sv;
    ASSERT_TRUE(load_bundled_language("sv", sv, d));
    EXPECT_EQ(html.out, audit_report_html(*in, *a, score_audit(*in, *a), sv));

    Result js = run({"report", kAuditExample, "--format", "json"});
    ASSERT_EQ(js.exit_code, 0) << js.err;
    auto doc = parse_json(js.out, d);
    ASSERT_TRUE(doc);
    EXPECT_EQ((*doc)["not_investigated"], 1);
    Result csv = run({"report", kAuditExample, "--format=csv", "--lang", "en"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBFType,Id,", 0), 0u);
}

TEST_F(Cli, ReportOfAnAssessmentIsTheScoreReport) {
    Result report = run({"report", kMiniAssessment, "--instrument", kMiniInstrument});
    Result score = run({"score", kMiniAssessment, "--instrument", kMiniInstrument, "--format", "html"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_EQ(report.out, score.out);
}

TEST_F(Cli, ReportErrors) {
    EXPECT_EQ(run({"report"}).exit_code, 2);
    EXPECT_EQ(run({"report", kAuditExample, "--format", "text"}).exit_code, 2);
    EXPECT_EQ(run({"report", kAuditExample, kAuditExample}).exit_code, 2);
    Result missing = run({"report", (dir / "saknas.json").string()});
    EXPECT_EQ(missing.exit_code, 1);
    json j = json::parse(read_text(kAuditExample));
    j["items"]["pv-01"]["level"] = 7;
    Result out_of_scale = run({"report", write("scale.json", dump_json(j))});
    EXPECT_EQ(out_of_scale.exit_code, 1);
    EXPECT_TRUE(contains(out_of_scale.err, "items[\"pv-01\"].level")) << out_of_scale.err;
    EXPECT_TRUE(out_of_scale.out.empty());
}

TEST_F(Cli, CheckPersonalDataInABrukarrevision) {
    json j = json::parse(read_text(kAuditExample));
    j["items"]["pv-01"]["quotes"].push_back("Ring mig på 0701234567 om ni undrar något");
    Result r = run({"check-personal-data", write("audit-pd.json", dump_json(j))});
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "telefonnummer i items[\"pv-01\"].quotes[2]: 070*******")) << r.out;
    Result clean_example = run({"check-personal-data", kAuditExample});
    EXPECT_EQ(clean_example.exit_code, 0) << clean_example.out;
}

// A brukarrevision's steps from files: migrate, advance, follow up.
TEST_F(Cli, AuditMigrateAdvanceAndFollowUpFromFiles) {
    std::string old = mini_variant("old-bruk.json", [](json& j) {
        j["mode"] = "brukarrevision";
        j["instrument"] = {{"id", "skane-2025-brukarrevision"}, {"version", "1.0.0"}};
        j["answers"] = {{"pv-01", {{"level", 0}, {"comment", "Lång kö"}}}, {"pv-03", {{"level", 2}}}};
    });
    Result m = run({"audit", "migrate", old});
    EXPECT_TRUE(clean(m));
    ASSERT_EQ(m.exit_code, 0) << m.err;
    EXPECT_TRUE(contains(m.err, "Nej")) << "the warning about Nej\n" << m.err;
    std::string audit = write("migrated.json", m.out);
    Result v = run({"validate", audit});
    EXPECT_EQ(v.exit_code, 0) << v.err;
    EXPECT_TRUE(contains(v.out, "giltig brukarrevision")) << v.out;
    EXPECT_TRUE(contains(m.out, "\"finding\": \"Lång kö\"")) << m.out;

    // Sending needs a period: the migrated one has the assessment's date as both ends.
    Result send = run({"audit", "advance", audit, "--to", "skickad", "--date", "2026-04-01"});
    ASSERT_EQ(send.exit_code, 0) << send.err;
    EXPECT_TRUE(contains(read_text(audit), "\"state\": \"skickad\""));
    Result skip = run({"audit", "advance", audit, "--to", "uppfoljd", "--date", "2026-04-02"});
    EXPECT_EQ(skip.exit_code, 1);
    EXPECT_TRUE(contains(skip.err, "ett steg i taget")) << skip.err;
    EXPECT_TRUE(contains(read_text(audit), "\"state\": \"skickad\"")) << "a refused step leaves the file";

    Result f = run({"audit", "follow-up", kAuditExample});
    ASSERT_EQ(f.exit_code, 0) << f.err;
    Diagnostics d;
    auto next = load_audit(f.out, d);
    ASSERT_TRUE(next) << f.out;
    EXPECT_EQ(next->state, AuditState::Utkast);
    ASSERT_TRUE(next->previous);
    EXPECT_EQ(next->previous->recommendations.size(), 4u);
    EXPECT_FALSE(next->id.empty());

    EXPECT_EQ(run({"audit"}).exit_code, 2);
    EXPECT_EQ(run({"audit", "delete", kAuditExample}).exit_code, 2);
    EXPECT_EQ(run({"audit", "advance", audit, "--to", "klar", "--date", "2026-04-02"}).exit_code, 2);
    Result not_bruk = run({"audit", "migrate", kMiniAssessment});
    EXPECT_EQ(not_bruk.exit_code, 1);
    EXPECT_TRUE(contains(not_bruk.err, "mode")) << not_bruk.err;
}

TEST_F(Cli, ScoreTakesAViewAndStatesTheUnitKind) {
    Result r =
        run({"score", kMini21Assessment, "--instrument", kMini21, "--view", "skane-insatser", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out);
    EXPECT_EQ(j["view"]["id"], "skane-insatser");
    EXPECT_EQ(j["view"]["overall"]["score"], 87.5);
    EXPECT_EQ(j["excluded_items"], 1);
    EXPECT_EQ(j["assessment"]["unit_kind"], "vardcentral");
    Result text = run({"score", kMini21Assessment, "--instrument", kMini21, "--view", "omraden"});
    EXPECT_TRUE(contains(text.out, "Vy: Insatsområden")) << text.out;
    EXPECT_TRUE(contains(text.out, "Verksamhetstyp:  Vårdcentral")) << text.out;
    Result html =
        run({"score", kMini21Assessment, "--instrument", kMini21, "--view", "nationell-delmal", "--format", "html"});
    EXPECT_TRUE(contains(html.out, "Vy: Delmål")) << html.out.substr(0, 200);
    EXPECT_TRUE(contains(html.out, "Läses genom delmål 1"));
    Result bad = run({"score", kMini21Assessment, "--instrument", kMini21, "--view", "vgr-mal"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_TRUE(contains(bad.err, "principer, omraden, skane-insatser, nationell-delmal")) << bad.err;
}

// The view's statistics are those of each assessment's `score --view` result: two copies of one
// assessment give n = 2 and its score as mean, min and max.
TEST_F(Cli, AggregateTakesAView) {
    Result one =
        run({"score", kMini21Assessment, "--instrument", kMini21, "--view", "skane-insatser", "--format", "json"});
    ASSERT_EQ(one.exit_code, 0) << one.err;
    json s = json::parse(one.out);
    Result r = run({"aggregate", kMini21Assessment, kMini21Assessment, "--instrument", kMini21, "--view",
                    "skane-insatser", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out);
    ASSERT_TRUE(j.contains("view")) << r.out;
    EXPECT_EQ(j["view"]["id"], "skane-insatser");
    EXPECT_EQ(j["view"]["overall"]["n"], 2);
    EXPECT_EQ(j["view"]["overall"]["mean"], s["view"]["overall"]["score"]);
    ASSERT_EQ(j["view"]["targets"].size(), s["view"]["targets"].size());
    for (size_t i = 0; i < j["view"]["targets"].size(); ++i) {
        EXPECT_EQ(j["view"]["targets"][i]["id"], s["view"]["targets"][i]["id"]);
        EXPECT_EQ(j["view"]["targets"][i]["mean"], s["view"]["targets"][i]["score"]) << i;
    }
    Result text =
        run({"aggregate", kMini21Assessment, kMini21Assessment, "--instrument", kMini21, "--view", "omraden"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Vy: Insatsområden")) << text.out;
    Result csv = run({"aggregate", kMini21Assessment, kMini21Assessment, "--instrument", kMini21, "--view",
                      "skane-insatser", "--format", "csv"});
    EXPECT_TRUE(contains(csv.out, "skane-insatser;")) << csv.out;
    Result bad = run({"aggregate", kMini21Assessment, "--instrument", kMini21, "--view", "vgr-mal"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_TRUE(contains(bad.err, "skane-insatser")) << bad.err;
}

TEST_F(Cli, CoveragePrintsTheMatrix) {
    Result r = run({"coverage", kMini21, "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out);
    ASSERT_EQ(j["frameworks"].size(), 4u);
    EXPECT_EQ(j["frameworks"][2]["id"], "skane-insatser");
    EXPECT_EQ(j["frameworks"][2]["targets"][1]["items"], json({"i2", "i3a"}));
    EXPECT_EQ(j["frameworks"][2]["targets"][2]["reason"], "Regionens uppgift");
    EXPECT_FALSE(j["frameworks"][2]["targets"][0].contains("reason"));
    Result bundled = run({"coverage", "skane-2025-sjalvskattning"});
    EXPECT_EQ(bundled.exit_code, 0) << bundled.err;
    EXPECT_TRUE(contains(bundled.out, "Principer (principer)")) << bundled.out;
}

TEST_F(Cli, CompareAcrossVersionsListsWhatWasAndWasNotCompared) {
    Result r = run({"compare", kMiniAssessment, kMini21Assessment, "--instrument", kMiniInstrument, "--instrument",
                    kMini21, "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out);
    EXPECT_EQ(j["format"], "strategispegeln-version-comparison");
    ASSERT_EQ(j["compared"].size(), 4u);
    EXPECT_EQ(j["compared"][2]["change"], "split");
    EXPECT_EQ(j["compared"][2]["group"], true);
    EXPECT_EQ(j["compared"][0]["difference"], 25.0);
    ASSERT_EQ(j["not_compared"].size(), 2u);
    EXPECT_EQ(j["not_compared"][0]["change"], "removed");
    Result text = run({"compare", kMiniAssessment, kMini21Assessment, "--instrument", kMiniInstrument, "--instrument",
                       kMini21, "--lang", "en"});
    EXPECT_TRUE(contains(text.out, "Not compared")) << text.out;
    EXPECT_TRUE(contains(text.out, "(group)")) << text.out;
    // Without the older version's instrument there is nothing to compare through.
    Result missing = run({"compare", kMiniAssessment, kMini21Assessment, "--instrument", kMini21});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_TRUE(contains(missing.err, "2.0")) << missing.err;
}

// `spegeln guide KIND`: the core's page, to stdout or to a file.
TEST_F(Cli, GuideWritesTheCoresPageForEveryKind) {
    auto in = bundled_instrument("skane-2025-brukarrevision");
    ASSERT_TRUE(in);
    for (const char* kind : {"patient", "narstaende", "fokusgrupp", "observation"}) {
        Result r = run({"guide", kind});
        EXPECT_TRUE(clean(r));
        ASSERT_EQ(r.exit_code, 0) << kind << r.err;
        EXPECT_EQ(r.out, audit_guide_html(*in, *guide_kind_from_id(kind), "sv")) << kind;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    std::string out = (dir / "guide.html").string();
    Result file = run({"guide", "fokusgrupp", "-o", out, "--lang", "en", "--unit-kind", "vardcentral"});
    ASSERT_EQ(file.exit_code, 0) << file.err;
    EXPECT_TRUE(file.out.empty());
    EXPECT_EQ(read_text(out), audit_guide_html(*in, GuideKind::Fokusgrupp, "en", "vardcentral"));
    Result own = run({"guide", "patient", "--instrument", kMiniInstrument});
    ASSERT_EQ(own.exit_code, 0) << own.err;
    EXPECT_TRUE(contains(own.out, "Instrumentet har inga frågor för den här guiden.")) << own.out;
}

TEST_F(Cli, GuideErrors) {
    Result none = run({"guide"});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_TRUE(contains(none.err, "patient, narstaende, fokusgrupp, observation")) << none.err;
    Result unknown = run({"guide", "personal"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_TRUE(contains(unknown.err, "okänd guide \"personal\"")) << unknown.err;
    EXPECT_EQ(run({"guide", "patient", "observation"}).exit_code, 2);
    EXPECT_EQ(run({"guide", "patient", "--format", "html"}).exit_code, 2);
    EXPECT_EQ(run({"guide", "patient", "-o"}).exit_code, 2);
    Result kind = run({"guide", "patient", "--unit-kind", "sjukhus"});
    EXPECT_EQ(kind.exit_code, 2);
    EXPECT_TRUE(contains(kind.err, "vardcentral")) << kind.err;
    Result missing = run({"guide", "patient", "--instrument", (dir / "saknas.json").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_TRUE(missing.out.empty());
    Result unwritable = run({"guide", "patient", "-o", (dir / "ingen-mapp" / "g.html").string()});
    EXPECT_EQ(unwritable.exit_code, 1);
    Result help = run({"guide", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_TRUE(contains(help.out, "Användning: spegeln guide")) << help.out;
}

// `spegeln compare SELF AUDIT`: a self-assessment and a brukarrevision of one unit.
TEST_F(Cli, CompareASelfAssessmentWithABrukarrevision) {
    auto self_in = bundled_instrument("skane-2025-sjalvskattning");
    auto audit_in = bundled_instrument("skane-2025-brukarrevision");
    ASSERT_TRUE(self_in && audit_in);
    Assessment self = new_assessment(*self_in, Mode::SelfAssessment);
    self.unit_name = "Vårdcentralen Exempel";
    self.date = "2026-03-15";
    self.answers["pv-05"].status = AnswerStatus::Level;
    self.answers["pv-05"].level = self_in->scale_of(*self_in->find_item("pv-05")).top();
    Audit audit = new_audit(*audit_in);
    audit.header.unit_name = "Vårdcentralen Exempel";
    Diagnostics d;
    ASSERT_TRUE(set_judgement(audit, "pv-03", Judgement{JudgementStatus::Level, 0}, d));
    std::string self_file = write("self-1.1.json", assessment_to_json(self));
    std::string audit_file = write("audit-2.0.json", audit_to_json(audit));

    Result text = run({"compare", self_file, audit_file});
    EXPECT_TRUE(clean(text));
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Två bilder av samma verksamhet")) << text.out;
    EXPECT_TRUE(contains(text.out, "pv-03 Har patienterna en fast kontakt")) << text.out;
    Result js = run({"compare", self_file, audit_file, "--format", "json"});
    ASSERT_EQ(js.exit_code, 0) << js.err;
    json j = json::parse(js.out);
    EXPECT_EQ(j["format"], "strategispegeln-tva-bilder");
    EXPECT_EQ(j["items"][0]["audit_item"], "pv-03");
    EXPECT_EQ(j["items"][0]["difference"], -100.0);
    Result csv = run({"compare", self_file, audit_file, "--format=csv", "--lang", "en"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_TRUE(contains(csv.out, "item,pv-03,")) << csv.out;

    // The order matters: the audit is the second file.
    Result swapped = run({"compare", audit_file, self_file});
    EXPECT_EQ(swapped.exit_code, 2);
    EXPECT_TRUE(contains(swapped.err, "självskattningen först")) << swapped.err;
    // The brukarrevision of another unit is compared, with a warning.
    audit.header.unit_name = "Psykiatrimottagningen";
    Result other = run({"compare", self_file, write("audit-other.json", audit_to_json(audit))});
    EXPECT_EQ(other.exit_code, 0) << other.err;
    EXPECT_TRUE(contains(other.err, "Psykiatrimottagningen")) << other.err;
    // An audit on the earlier instrument (no crosswalk): principles only, and a warning saying so.
    Result old = run({"compare", kSkaneSample, kAuditExample});
    EXPECT_EQ(old.exit_code, 0) << old.err;
    EXPECT_TRUE(contains(old.err, "bara principerna jämförs")) << old.err;
    // A broken audit is invalid input, not a comparison.
    json bad = json::parse(audit_to_json(audit));
    bad["items"] = {{"pv-03", {{"level", 9}}}};
    Result invalid = run({"compare", self_file, write("audit-bad.json", dump_json(bad))});
    EXPECT_EQ(invalid.exit_code, 1);
    EXPECT_TRUE(invalid.out.empty());
}

// The handlingsplan (docs/assessment-format.md): `spegeln plan` in text, CSV and JSON, in the
// report of `score --format html`, carried by `spegeln follow-up` to the newest version through
// its mapping (skane-sample.json is on 1.0.0: pv-01 became lt-07), and a broken plan refused.
TEST_F(Cli, PlanIsPrintedReportedAndCarriedIntoTheNextRound) {
    std::string file = write("with-plan.json", [] {
        json j = json::parse(read_text(kSkaneSample));
        j["handlingsplan"] = json::parse(
            R"({"actions":[{"id":"a1","items":["pv-01"],"insats":"4.3.1","responsible":"Verksamhetschef","due":"2026-09-30","follow_up":"Uppföljning i september","status":"pagar"}]})");
        return dump_json(j);
    }());
    Result text = run({"plan", file});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Status: Pågår")) << text.out;
    Result csv = run({"plan", file, "--format", "csv"});
    EXPECT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_TRUE(contains(csv.out, "a1;pv-01;")) << csv.out;
    Result js = run({"plan", file, "--format", "json"});
    EXPECT_EQ(js.exit_code, 0) << js.err;
    EXPECT_TRUE(contains(js.out, "\"format\": \"strategispegeln-plan\"")) << js.out;
    Result html = run({"score", file, "--format", "html"});
    EXPECT_TRUE(contains(html.out, "Uppföljning i september")) << "the plan is in the report";

    Result next = run({"follow-up", file});
    EXPECT_EQ(next.exit_code, 0) << next.err;
    Diagnostics d;
    auto carried = load_assessment(next.out, d);
    ASSERT_TRUE(carried) << next.out;
    EXPECT_NE(carried->instrument_version, "1.0.0");
    ASSERT_EQ(carried->plan.actions.size(), 1u);
    EXPECT_EQ(carried->plan.actions[0].items, std::vector<std::string>{"lt-07"});
    EXPECT_EQ(carried->plan.actions[0].carried_from->status, ActionStatus::Pagar);

    std::string bad = write("bad-plan.json", [] {
        json j = json::parse(read_text(kSkaneSample));
        j["handlingsplan"] = json::parse(R"({"actions":[{"id":"a1","items":["pv-01"],"action":"x","status":"klar"}]})");
        return dump_json(j);
    }());
    Result refused = run({"plan", bad});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_TRUE(contains(refused.err, "handlingsplan.actions[0].status")) << refused.err;
}

// `spegeln code` and `spegeln decode` (core/code.h): the code of a file reads back to its
// answers; a damaged code exits 1 with the core's message; a foreign instrument is refused.
TEST_F(Cli, CodeAndDecodeRoundTripAndADamagedCodeExitsOne) {
    json a = {{"format", "strategispegeln-assessment"},
              {"format_version", 1},
              {"id", "deltagare-1"},
              {"instrument", {{"id", "skane-2025-workshop"}, {"version", "1.0.0"}}},
              {"verksamhet", {{"name", "Fallet"}}},
              {"date", "2026-12-01"},
              {"mode", "workshop"},
              {"answers",
               {{"w-01", {{"level", 4}}}, {"w-02", {{"status", "vet-ej"}}}, {"w-03", {{"status", "ej-aktuellt"}}}}}};
    std::string file = write("deltagare-1.json", dump_json(a));
    Result code = run({"code", file});
    ASSERT_EQ(code.exit_code, 0) << code.err;
    std::string c = code.out.substr(0, code.out.find('\n'));
    EXPECT_EQ(c.size(), 19u) << c;
    Result back = run({"decode", c});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    json j = json::parse(back.out);
    EXPECT_EQ(j["instrument"]["id"], "skane-2025-workshop");
    EXPECT_EQ(j["answers"]["w-01"]["level"], 4);
    EXPECT_EQ(j["answers"]["w-02"]["status"], "vet-ej");
    EXPECT_EQ(j["answers"]["w-03"]["status"], "ej-aktuellt");
    EXPECT_FALSE(j["answers"].contains("w-04"));

    std::string damaged = c;
    size_t at = 5;
    while (damaged[at] == damaged[at + 1]) ++at;
    std::swap(damaged[at], damaged[at + 1]);
    Result bad = run({"decode", c, damaged});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_TRUE(contains(bad.err, "kontrolltecknet stämmer inte – ett tecken är fel eller två har bytt plats"))
        << bad.err;
    EXPECT_EQ(json::parse(bad.out).size(), 1u) << "the good code is still printed";

    Result foreign = run({"code", kMiniAssessment});
    EXPECT_EQ(foreign.exit_code, 1);
}
