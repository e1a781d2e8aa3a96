package com.tokenomics.slack;

import static com.tokenomics.slack.Blocks.EPHEMERAL;
import static com.tokenomics.slack.Blocks.IN_CHANNEL;
import static com.tokenomics.slack.Blocks.button;
import static com.tokenomics.slack.Blocks.context;
import static com.tokenomics.slack.Blocks.fields;
import static com.tokenomics.slack.Blocks.header;
import static com.tokenomics.slack.Blocks.reply;
import static com.tokenomics.slack.Blocks.section;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.engine.Cost;
import com.tokenomics.engine.Estimate;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.MarketCheck;
import com.tokenomics.engine.Sizing;
import com.tokenomics.engine.Throughput;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.engine.UnitEconomics;
import com.tokenomics.scenario.Assumption;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.Figures;
import com.tokenomics.scenario.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What the slash command answers, in {@link Blocks}: the usage, a command's problems, or its evaluation. */
final class Replies {

    private static final int MAX_SOURCE_CHARS = 70;
    private static final int MAX_WARNING_CHARS = 160;
    private static final String HELP_HINT = "Type `/tokenomics help` for the grammar, the keys and the ids.";

    static ObjectNode help(List<String> modelIds, List<String> systemIds) {
        ObjectNode reply = reply(EPHEMERAL, "Tokenomics: what a token really costs on a system");
        ArrayNode blocks = reply.putArray("blocks");
        blocks.add(header("Tokenomics: what a token really costs"));
        blocks.add(section("""
                `/tokenomics <model> [on] <system> [key=value …] [public]`
                Sizes the memory (weights + KV cache → chips → racks) and, where the system has a price and power \
                figure, the cost per million tokens and whether a price covers it.
                *Examples*
                `/tokenomics llama-3.1-70b on h200 users=64 context=8k`
                `/tokenomics deepseek-v3 on gb200-nvl72 users=256 context=32k tps=40k price=$0.9 public`
                `/tokenomics llama-3.1-405b gb300 precision=fp8 utilization=70% racks=2`"""));
        blocks.add(section("""
                *Keys*
                `users=` concurrent users · `context=` tokens per user (or `input=` and `output=`)
                `precision=` weights format: fp32 fp16 bf16 fp8 int8 fp4 int4 mxfp4 · `kvcache=` the cache's, if \
                different
                `price=` USD per million tokens, e.g. `$0.9` · `utilization=` `0.6` or `60%` · `racks=` racks bought \
                · `tps=` tokens/s of the deployment · `preset=` typical, hyperscaler, neocloud, \
                colocation-enterprise, industry-average
                Any parameter of `GET /v1/evaluate` works too, e.g. `wacc=8%` `pue=1.2` `electricityUsdPerKwh=0.1`.
                *Numbers*: `k` = 1,000 (`8k` = 8,000), `Ki` = 1,024 (`8Ki` = 8,192), `M` = 1,000,000.
                `public` posts the answer in the channel; otherwise only you see it."""));
        blocks.add(section("*Models*: " + String.join(", ", modelIds)));
        blocks.add(section("*Systems*: " + String.join(", ", systemIds)));
        blocks.add(context(List.of("A word that starts or is part of exactly one id is enough: `h200` → "
                + "`h200-hgx`.")));
        return reply;
    }

    static ObjectNode rejected(List<String> problems) {
        ObjectNode reply = reply(EPHEMERAL, "Tokenomics could not read that command.");
        ArrayNode blocks = reply.putArray("blocks");
        blocks.add(section("*I could not evaluate that:*\n" + bullets(problems)));
        blocks.add(context(List.of(HELP_HINT)));
        return reply;
    }

    static ObjectNode failed() {
        ObjectNode reply = reply(EPHEMERAL, "Tokenomics failed unexpectedly.");
        reply.putArray("blocks").add(section("Sorry, the calculator failed unexpectedly; the failure is logged. "
                + "Try again, or use the web calculator."));
        return reply;
    }

    /**
     * The reply to an evaluated command.
     *
     * @param inCommandWords rewrites the API's field names in a message as the keys of the command
     *                       ({@code deployment.tokensPerSecond} → {@code `tps=`})
     */
    static ObjectNode evaluation(EvaluationResponse result, Command.Evaluate command, Optional<String> link,
            UnaryOperator<String> inCommandWords) {
        String title = result.model() + " on " + result.system();
        String summary = result.unitEconomics() == null ? Figures.gib(result.memory().totalGiB()) + ", "
                + Figures.whole(result.sizing().chips()) + " chips"
                : Figures.usdPerMillion(result.unitEconomics().usdPerMillionTokens()) + " / M tokens";
        ObjectNode reply = reply(command.inChannel() ? IN_CHANNEL : EPHEMERAL, title + ": " + summary);
        ArrayNode blocks = reply.putArray("blocks");
        blocks.add(header(title));
        blocks.add(fields(figures(result)));
        if (result.market() != null) {
            blocks.add(section(result.market().verdictText()));
        }
        List<String> context = new ArrayList<>();
        context.add(assumptions(result));
        sources(result).ifPresent(context::add);
        if (!command.notes().isEmpty()) {
            context.add(String.join(" ", command.notes()));
        }
        blocks.add(context(context));
        if (!result.warnings().isEmpty()) {
            blocks.add(context(List.of(warnings(result.warnings(), inCommandWords))));
        }
        link.filter(url -> url.length() <= Blocks.MAX_URL_CHARS)
                .ifPresent(url -> blocks.add(button("Open in the calculator", url, "open-calculator")));
        return reply;
    }

    private static List<String> figures(EvaluationResponse result) {
        List<String> fields = new ArrayList<>();
        fields.add("*Memory*\n" + Figures.gib(result.memory().totalGiB()) + "\n"
                + Figures.gib(result.memory().weightsGiB()) + " weights + " + Figures.gib(result.memory().kvCacheGiB())
                + " KV cache");
        Sizing sizing = result.sizing();
        fields.add("*Chips*\n" + Figures.decimal(sizing.chipsExact()) + " chips (" + Figures.whole(sizing.chips())
                + ")\n" + Figures.decimal(sizing.memoryPerChipGiB()) + " GiB " + sizing.memoryBasis() + " each");
        if (sizing.chipsPerRack() > 1) {
            String unit = Hardware.RACK.equals(sizing.rackUnit()) ? "" : " (" + sizing.rackUnit() + ")";
            fields.add("*Racks" + unit + "*\n" + Figures.decimal(sizing.racksExact()) + " ("
                    + Figures.whole(sizing.racks()) + ")\n" + sizing.chipsPerRack() + " chips each");
        }
        fields.add("*Throughput*\n" + (result.throughput() == null ? "unknown: " + throughputHint(result)
                : throughput(result.throughput(), result.estimate())));
        UnitEconomics unit = result.unitEconomics();
        Cost cost = result.cost();
        if (unit != null) {
            fields.add("*Cost*\n" + Figures.usdPerMillion(unit.usdPerMillionTokens()) + " / M tokens");
            fields.add("*Tokens per $ per W*\n" + (unit.tokensPerUsdPerWatt() == null ? Figures.UNKNOWN
                    : Figures.decimal(unit.tokensPerUsdPerWatt())));
        } else {
            fields.add("*Cost*\nunknown: " + costHint(result));
        }
        if (cost != null) {
            fields.add("*Cost per year*\n" + Figures.usd(cost.annualTotalUsd()) + "\ncapital "
                    + Figures.percent(cost.capitalShare()) + ", energy " + Figures.percent(cost.energyShare())
                    + ", hosting " + Figures.percent(cost.hostingShare()));
        }
        MarketCheck market = result.market();
        if (market != null) {
            fields.add("*Market at " + Figures.usdPerMillion(market.usdPerMillionTokens()) + " / M*\n"
                    + verdict(market.verdict()) + ", margin " + Figures.percent(market.margin()));
        }
        return fields;
    }

    /** Where the figure comes from, by its source: given, the serving model's estimate, or a measured reference. */
    private static String throughput(Throughput throughput, Estimate estimate) {
        String tokensPerSecond = Figures.whole(throughput.tokensPerSecond()) + " tokens/s\n";
        return switch (throughput.source()) {
            case Throughput.GIVEN -> tokensPerSecond + "given";
            case ThroughputInput.ESTIMATED -> tokensPerSecond + "estimated: ≈ "
                    + Figures.whole(estimate.outputTokensPerSecondPerChip()) + " per chip, ±"
                    + Figures.percent(estimate.expectedErrorFraction()) + "; bound by " + estimate.boundBy();
            default -> tokensPerSecond + "measured: " + throughput.source();
        };
    }

    /** The keys that would give the cost per token, for a result without one. */
    private static String costHint(EvaluationResponse result) {
        List<String> missing = new ArrayList<>();
        if (hasWarning(result, "PRICE_UNKNOWN")) {
            missing.add("`pricePerRackUsd=`");
        }
        if (hasWarning(result, "POWER_UNKNOWN")) {
            missing.add("`powerPerRackKw=`");
        }
        String hardware = String.join(" and ", missing);
        if (result.throughput() != null) {
            return "add " + hardware;
        }
        return "add " + (hardware.isEmpty() ? "" : hardware + ", and ") + throughputHint(result);
    }

    /**
     * The keys that would give a throughput: the generated tokens when the estimator lacked only them (a context
     * alone says nothing of how many tokens are generated), else a figure of the deployment's own.
     */
    private static String throughputHint(EvaluationResponse result) {
        boolean estimateLackedOutput = hasWarning(result, "ESTIMATE_UNAVAILABLE")
                && value(result, "/workload/outputTokens").filter(tokens -> tokens > 0).isEmpty();
        return estimateLackedOutput ? "`input=` and `output=` (the estimate needs the generated tokens), or `tps=` "
                + "(tokens/s)" : "`tps=` (tokens/s)";
    }

    private static boolean hasWarning(EvaluationResponse result, String code) {
        return result.warnings().stream().anyMatch(warning -> warning.code().equals(code));
    }

    private static String verdict(MarketCheck.Verdict verdict) {
        return switch (verdict) {
            case SUSTAINABLE -> "sustainable";
            case UNSUSTAINABLE -> "unsustainable";
            case SEVERELY_UNSUSTAINABLE -> "severely unsustainable";
        };
    }

    private static String assumptions(EvaluationResponse result) {
        List<String> parts = new ArrayList<>();
        value(result, "/finance/utilization").ifPresent(v -> parts.add("utilization " + Figures.percent(v)));
        value(result, "/finance/wacc").ifPresent(v -> parts.add("WACC " + Figures.percent(v)));
        value(result, "/finance/depreciationYears").ifPresent(v -> parts.add(Figures.decimal(v) + " years"));
        value(result, "/finance/pue").ifPresent(v -> parts.add("PUE " + Figures.decimal(v)));
        value(result, "/finance/electricityUsdPerKwh")
                .ifPresent(v -> parts.add("electricity $" + Figures.decimal(v) + "/kWh"));
        value(result, "/finance/hostingUsdPerKwMonth")
                .ifPresent(v -> parts.add("hosting $" + Figures.decimal(v) + "/kW-month"));
        assumption(result, "/finance/preset").map(Assumption::value).map(String::valueOf)
                .ifPresent(preset -> parts.add("preset " + preset));
        return "*Assumptions:* " + String.join(" · ", parts);
    }

    /** Where the costliest inputs come from, each cut short; the web calculator shows them whole. */
    private static Optional<String> sources(EvaluationResponse result) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String[] field : new String[][] {{"/system/pricePerRackUsd", "price"}, {"/system/powerPerRackKw", "power"},
                {"/deployment/tokensPerSecondPerChip", "throughput"}, {"/finance/utilization", "utilization"},
                {"/finance/wacc", "WACC"}, {"/finance/electricityUsdPerKwh", "electricity"},
                {"/finance/hostingUsdPerKwMonth", "hosting"}}) {
            assumption(result, field[0]).filter(a -> a.source() != null && seen.add(a.source()))
                    .ifPresent(a -> parts.add(field[1] + ": " + SlackText.cut(a.source(), MAX_SOURCE_CHARS)
                            + (a.confidence() == null ? "" : " (" + a.confidence() + ")")));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("*Sources:* " + String.join("; ", parts));
    }

    private static String warnings(List<Warning> warnings, UnaryOperator<String> inCommandWords) {
        List<String> lines = new ArrayList<>();
        for (Warning warning : warnings) {
            lines.add(":warning: " + SlackText.cut(inCommandWords.apply(firstSentence(warning.message())),
                    MAX_WARNING_CHARS));
        }
        return String.join("\n", lines);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static Optional<Assumption> assumption(EvaluationResponse result, String field) {
        return result.assumptions().stream().filter(a -> field.equals(a.field())).findFirst();
    }

    private static Optional<Double> value(EvaluationResponse result, String field) {
        return assumption(result, field).map(Assumption::value).filter(Number.class::isInstance)
                .map(v -> ((Number) v).doubleValue());
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(line -> "• " + line).toList());
    }
}
