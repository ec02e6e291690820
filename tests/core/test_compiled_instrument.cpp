// The compiled path (compiled_instrument.h, score_assessment on a CompiledInstrument, score_dimensions,
// aggregate) against the rules of docs/scoring.md as score_assessment spells them out with lookups by
// id: on random assessments the results must be the same to the bit, with unknown answer ids, vet ej,
// ej aktuellt, levels outside the scale, missing items and random weights.
#include <bit>
#include <cstdint>
#include <random>

#include "aggregate.h"
#include "bundled.h"
#include "compiled_instrument.h"
#include "scoring.h"
#include "test_helpers.h"

using namespace spegeln;
using namespace testing_support;

namespace {

// Ids that sort before, between and after the instruments' item ids, and an empty one.
const char* const kUnknownIds[] = {"", "0", "a", "hf-01x", "hf-0", "i1a", "i", "i7", "zz", "\xc3\xa5"};

// Every kind of answer, including what a hand-edited file or the UI may hold: a level outside the
// scale, a comment without a status, answers to ids the instrument does not know.
Assessment random_assessment(const Instrument& in, std::mt19937& rng) {
    Assessment a = blank(in);
    const unsigned style = static_cast<unsigned>(rng() % 4);  // 0: mostly answered … 3: mostly missing
    for (const auto& item : in.items) {
        unsigned r = static_cast<unsigned>(rng() % 100);
        if (r < 15 + style * 20) continue;  // missing
        Answer& ans = a.answers[item.id];
        unsigned kind = static_cast<unsigned>(rng() % 10);
        int top = in.scale_of(item).top();
        if (kind < 6) {
            ans.status = AnswerStatus::Level;
            ans.level = static_cast<int>(rng() % static_cast<unsigned>(top + 1));
        } else if (kind == 6) {
            ans.status = AnswerStatus::Level;
            ans.level = rng() % 2 ? -1 : top + 1;  // outside the scale: counts as unanswered
        } else if (kind == 7) {
            ans.status = AnswerStatus::VetEj;
        } else if (kind == 8) {
            ans.status = AnswerStatus::EjAktuellt;
        } else {
            ans.comment = "bara en kommentar";  // Unanswered with a comment
        }
    }
    for (const char* id : kUnknownIds)
        if (rng() % 3 == 0) {
            a.answers[id].status = AnswerStatus::Level;
            a.answers[id].level = 1;
        }
    return a;
}

// The same instrument with random weights (some zero or negative: the item then does not count).
Instrument reweighted(Instrument in, std::mt19937& rng) {
    for (auto& item : in.items)
        for (auto& pw : item.principles) {
            unsigned r = static_cast<unsigned>(rng() % 10);
            pw.weight = r == 0 ? 0.0 : r == 1 ? -1.0 : static_cast<double>(rng() % 1000 + 1) / 137.0;
        }
    return in;
}

// More dimensions than score_dimensions keeps on the stack: 20 extra principles, each item in some.
Instrument many_dimensions(Instrument in) {
    for (int p = 0; p < 20; ++p) {
        Principle extra;
        extra.id = "extra-" + std::to_string(p);
        in.principles.push_back(extra);
        for (size_t i = 0; i < in.items.size(); ++i)
            if ((i + static_cast<size_t>(p)) % 3 == 0) in.items[i].principles.push_back({extra.id, 0.25 * (1 + p % 4)});
    }
    return in;
}

bool same(const std::optional<double>& x, const std::optional<double>& y) {
    if (x.has_value() != y.has_value()) return false;
    return !x || std::bit_cast<uint64_t>(*x) == std::bit_cast<uint64_t>(*y);
}

void expect_same_dimension(const DimensionScore& x, const DimensionScore& y) {
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.id, y.id);
    EXPECT_TRUE(same(x.score, y.score)) << x.id;
    EXPECT_EQ(std::bit_cast<uint64_t>(x.coverage), std::bit_cast<uint64_t>(y.coverage)) << x.id;
    EXPECT_EQ(x.uncertain, y.uncertain) << x.id;
    EXPECT_EQ(x.counts.answered, y.counts.answered) << x.id;
    EXPECT_EQ(x.counts.vet_ej, y.counts.vet_ej) << x.id;
    EXPECT_EQ(x.counts.ej_aktuellt, y.counts.ej_aktuellt) << x.id;
    EXPECT_EQ(x.counts.unanswered, y.counts.unanswered) << x.id;
}

void expect_same_report(const ScoreReport& x, const ScoreReport& y) {
    ASSERT_EQ(x.principles.size(), y.principles.size());
    ASSERT_EQ(x.areas.size(), y.areas.size());
    ASSERT_EQ(x.items.size(), y.items.size());
    for (size_t i = 0; i < x.principles.size(); ++i) expect_same_dimension(x.principles[i], y.principles[i]);
    for (size_t i = 0; i < x.areas.size(); ++i) expect_same_dimension(x.areas[i], y.areas[i]);
    for (size_t i = 0; i < x.items.size(); ++i) {
        EXPECT_EQ(x.items[i].item_id, y.items[i].item_id);
        EXPECT_EQ(x.items[i].status, y.items[i].status) << x.items[i].item_id;
        EXPECT_TRUE(same(x.items[i].value, y.items[i].value)) << x.items[i].item_id;
    }
    EXPECT_TRUE(same(x.overall, y.overall));
    EXPECT_EQ(x.incomplete, y.incomplete);
}

void expect_same_stats(const DimensionStats& x, const DimensionStats& y) {
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.n, y.n) << x.id;
    EXPECT_TRUE(same(x.mean, y.mean)) << x.id;
    EXPECT_TRUE(same(x.median, y.median)) << x.id;
    EXPECT_TRUE(same(x.min, y.min)) << x.id;
    EXPECT_TRUE(same(x.max, y.max)) << x.id;
    EXPECT_TRUE(same(x.sd, y.sd)) << x.id;
}

// The instruments to test on: the mini fixture and every bundled one, each also with random weights,
// and the mini one with many dimensions.
std::vector<Instrument> instruments(std::mt19937& rng) {
    std::vector<Instrument> out{mini_instrument()};
    for (auto& in : bundled_instruments()) out.push_back(std::move(in));
    size_t n = out.size();
    for (size_t i = 0; i < n; ++i) out.push_back(reweighted(out[i], rng));
    out.push_back(many_dimensions(out[0]));
    return out;
}

}  // namespace

TEST(CompiledInstrument, MatchesEveryAnswerToItsItemAndSkipsUnknownIds) {
    Instrument in = mini_instrument();
    CompiledInstrument c = compile_instrument(in);
    Assessment a = blank(in);
    for (const char* id : kUnknownIds) set_level(a, id, 1);
    set_level(a, "i2", 1);
    set_status(a, "i5", AnswerStatus::VetEj);
    set_status(a, "i6", AnswerStatus::EjAktuellt);
    std::vector<const Answer*> answers;
    match_answers(c, a, answers);
    ASSERT_EQ(answers.size(), in.items.size());
    for (size_t i = 0; i < in.items.size(); ++i) EXPECT_EQ(answers[i], a.find_answer(in.items[i].id)) << in.items[i].id;
}

TEST(CompiledInstrument, ScoresRandomAssessmentsExactlyAsTheRules) {
    std::mt19937 rng(7);
    for (const Instrument& in : instruments(rng)) {
        CompiledInstrument c = compile_instrument(in);
        std::vector<const Answer*> answers;
        std::vector<std::optional<double>> scores(c.dimension_count());
        for (int n = 0; n < 300; ++n) {
            Assessment a = random_assessment(in, rng);
            ScoreReport want = score_assessment(in, a);
            SCOPED_TRACE(in.id + " #" + std::to_string(n));
            expect_same_report(score_assessment(c, a), want);

            match_answers(c, a, answers);
            std::optional<double> overall;
            score_dimensions(c, answers.data(), scores.data(), overall);
            for (size_t p = 0; p < want.principles.size(); ++p) EXPECT_TRUE(same(scores[p], want.principles[p].score));
            for (size_t k = 0; k < want.areas.size(); ++k)
                EXPECT_TRUE(same(scores[c.principle_count + k], want.areas[k].score));
            EXPECT_TRUE(same(overall, want.overall));
        }
    }
}

TEST(CompiledInstrument, AggregateEqualsStatisticsOfTheRulesScores) {
    std::mt19937 rng(11);
    for (const Instrument& in : instruments(rng)) {
        for (size_t count : {0u, 1u, 2u, 3u, 50u, 401u}) {
            SCOPED_TRACE(in.id + " × " + std::to_string(count));
            std::vector<Assessment> all;
            for (size_t i = 0; i < count; ++i) all.push_back(random_assessment(in, rng));
            AggregateReport got = aggregate(in, all);

            // What the straightforward rules give: a report per assessment, statistics of its scores,
            // and every item's answer looked up by id.
            std::vector<std::vector<double>> principle_values(in.principles.size()), area_values(in.areas.size());
            std::vector<double> overall_values;
            for (const auto& a : all) {
                ScoreReport r = score_assessment(in, a);
                for (size_t p = 0; p < r.principles.size(); ++p)
                    if (r.principles[p].score) principle_values[p].push_back(*r.principles[p].score);
                for (size_t k = 0; k < r.areas.size(); ++k)
                    if (r.areas[k].score) area_values[k].push_back(*r.areas[k].score);
                if (r.overall) overall_values.push_back(*r.overall);
            }
            EXPECT_EQ(got.respondents, static_cast<int>(count));
            EXPECT_EQ(got.below_anonymity_threshold, count < static_cast<size_t>(kAnonymityThreshold));
            ASSERT_EQ(got.principles.size(), in.principles.size());
            ASSERT_EQ(got.areas.size(), in.areas.size());
            for (size_t p = 0; p < in.principles.size(); ++p) {
                DimensionStats want = describe(principle_values[p]);
                want.id = in.principles[p].id;
                expect_same_stats(got.principles[p], want);
            }
            for (size_t k = 0; k < in.areas.size(); ++k) {
                DimensionStats want = describe(area_values[k]);
                want.kind = DimensionKind::Area;
                want.id = in.areas[k].id;
                expect_same_stats(got.areas[k], want);
            }
            DimensionStats overall = describe(overall_values);
            overall.id = "overall";
            expect_same_stats(got.overall, overall);

            ASSERT_EQ(got.items.size(), in.items.size());
            for (size_t i = 0; i < in.items.size(); ++i) {
                const Item& item = in.items[i];
                std::vector<int> levels(static_cast<size_t>(in.scale_of(item).top()) + 1, 0);
                int vet_ej = 0, ej_aktuellt = 0, unanswered = 0;
                for (const auto& a : all) {
                    const Answer* ans = a.find_answer(item.id);
                    if (ans && ans->has_level() && ans->level >= 0 && ans->level < static_cast<int>(levels.size()))
                        ++levels[static_cast<size_t>(ans->level)];
                    else if (ans && ans->status == AnswerStatus::VetEj)
                        ++vet_ej;
                    else if (ans && ans->status == AnswerStatus::EjAktuellt)
                        ++ej_aktuellt;
                    else
                        ++unanswered;
                }
                EXPECT_EQ(got.items[i].item_id, item.id);
                EXPECT_EQ(got.items[i].level_counts, levels) << item.id;
                EXPECT_EQ(got.items[i].vet_ej, vet_ej) << item.id;
                EXPECT_EQ(got.items[i].ej_aktuellt, ej_aktuellt) << item.id;
                EXPECT_EQ(got.items[i].unanswered, unanswered) << item.id;
            }
        }
    }
}
