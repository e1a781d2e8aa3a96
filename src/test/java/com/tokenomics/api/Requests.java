package com.tokenomics.api;

/** Request bodies shared by the API tests. */
final class Requests {

    static final String ARTICLE_MODEL = """
            {"name": "Llama 3.1 70B", "parameters": 70e9, "layers": 80, "hiddenSize": 8192,
             "attentionHeads": 64, "kvHeads": 8}""";

    static final String ARTICLE_WORKLOAD = """
            {"users": 16, "contextTokens": 10000}""";

    static final String ARTICLE_ON_GH200 = """
            {"model": %s, "workload": %s, "precision": {"weights": "fp16", "kvCache": "fp16"},
             "system": {"name": "NVIDIA GH200", "memoryPerChipGiB": 144}}"""
            .formatted(ARTICLE_MODEL, ARTICLE_WORKLOAD);

    static final String ARTICLE_ON_SRAM_RACK = """
            {"model": %s, "workload": %s, "precision": {"weights": "fp16"},
             "system": {"name": "SRAM rack", "sramPerChipGiB": 0.25, "chipsPerRack": 128}}"""
            .formatted(ARTICLE_MODEL, ARTICLE_WORKLOAD);

    static final String FINANCE_CHECK = """
            {"model": %s, "workload": %s,
             "system": {"memoryPerChipGiB": 144, "chipsPerRack": 72, "powerPerRackKw": 120, "pricePerRackUsd": 3e6},
             "deployment": {"racks": 1, "tokensPerSecond": 50000},
             "finance": {"depreciationYears": 5, "wacc": 0.08, "electricityUsdPerKwh": 0.08, "pue": 1.3,
                         "hostingUsdPerKwMonth": 185, "utilization": 0.6}%s}""";

    static String financeCheck() {
        return FINANCE_CHECK.formatted(ARTICLE_MODEL, ARTICLE_WORKLOAD, "");
    }

    static String financeCheckWithMarket(String market) {
        return FINANCE_CHECK.formatted(ARTICLE_MODEL, ARTICLE_WORKLOAD, ", \"market\": " + market);
    }

    static final String ARTICLE_QUERY = "parameters=70e9&layers=80&hiddenSize=8192&attentionHeads=64&kvHeads=8"
            + "&users=16&context=10000&weights=fp16&memoryPerChipGiB=144";

    private Requests() {
    }
}
