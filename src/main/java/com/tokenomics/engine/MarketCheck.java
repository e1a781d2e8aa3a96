package com.tokenomics.engine;

/**
 * Whether a market price covers the cost of producing the tokens.
 *
 * @param margin                (revenue - cost) / revenue; negative when the price loses money
 * @param costToRevenue         cost / revenue
 * @param lossToRevenue         (cost - revenue) / revenue when losing money, else 0 (the article's "losses exceed 10x
 *                              revenue")
 * @param breakEvenUtilization  utilization at which this price covers the cost; above 1 means it never does
 */
public record MarketCheck(
        double usdPerMillionTokens,
        double annualRevenueUsd,
        double annualProfitUsd,
        double margin,
        double costToRevenue,
        double lossToRevenue,
        double breakEvenUsdPerMillionTokens,
        double breakEvenUtilization,
        Verdict verdict,
        String verdictText) {

    /** Losses at or beyond this multiple of revenue are called severe, after the article. */
    public static final double SEVERE_LOSS_TO_REVENUE = 10.0;

    public enum Verdict { SUSTAINABLE, UNSUSTAINABLE, SEVERELY_UNSUSTAINABLE }

    static MarketCheck of(Market market, UnitEconomics unit, Cost cost, Finance finance) {
        double price = market.blendedUsdPerMillionTokens();
        double revenue = unit.tokensPerYear() * price / Units.TOKENS_PER_MILLION;
        double annualCost = cost.annualTotalUsd();
        double profit = revenue - annualCost;
        double costToRevenue = annualCost / revenue;
        double lossToRevenue = Math.max(0, costToRevenue - 1);
        double breakEvenUtilization = finance.utilization() * costToRevenue;
        Verdict verdict = profit >= 0 ? Verdict.SUSTAINABLE
                : lossToRevenue >= SEVERE_LOSS_TO_REVENUE ? Verdict.SEVERELY_UNSUSTAINABLE
                : Verdict.UNSUSTAINABLE;
        return new MarketCheck(price, revenue, profit, profit / revenue, costToRevenue, lossToRevenue,
                unit.usdPerMillionTokens(), breakEvenUtilization, verdict,
                verdictText(verdict, profit / revenue, lossToRevenue, breakEvenUtilization, unit.usdPerMillionTokens()));
    }

    private static String verdictText(Verdict verdict, double margin, double lossToRevenue,
            double breakEvenUtilization, double breakEvenPrice) {
        return switch (verdict) {
            case SUSTAINABLE -> "Sustainable: the price covers the cost with a " + Decimals.fixed(margin * 100, 1)
                    + " % margin.";
            case UNSUSTAINABLE -> "Unsustainable: losses are " + Decimals.fixed(lossToRevenue, 2)
                    + "× revenue; break-even needs $" + Decimals.fixed(breakEvenPrice, 4) + " per million tokens"
                    + breakEvenUtilizationClause(breakEvenUtilization) + ".";
            case SEVERELY_UNSUSTAINABLE -> "Severely unsustainable: losses are " + Decimals.fixed(lossToRevenue, 1)
                    + "× revenue (beyond 10×); break-even needs $" + Decimals.fixed(breakEvenPrice, 4)
                    + " per million tokens" + breakEvenUtilizationClause(breakEvenUtilization) + ".";
        };
    }

    private static String breakEvenUtilizationClause(double breakEvenUtilization) {
        return breakEvenUtilization <= 1
                ? " or " + Decimals.fixed(breakEvenUtilization * 100, 1) + " % utilization"
                : ", and no utilization reaches it at this price";
    }
}
