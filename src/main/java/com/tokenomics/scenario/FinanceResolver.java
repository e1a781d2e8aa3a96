package com.tokenomics.scenario;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.FinancePreset;
import com.tokenomics.engine.Finance;
import com.tokenomics.scenario.ScenarioRequest.FinanceInput;
import java.util.List;
import java.util.Locale;

/** The finance: each figure as given, else the named preset's, else the default preset's. */
final class FinanceResolver {

    private final Catalog catalog;

    FinanceResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    Finance resolve(FinanceInput finance, Inputs in) {
        FinanceInput given = finance == null ? new FinanceInput(null, null, null, null, null, null, null, null)
                : finance;
        FinancePreset preset = catalog.defaultFinancePreset();
        if (given.preset() != null) {
            preset = catalog.financePreset(given.preset().trim().toLowerCase(Locale.ROOT)).orElse(null);
            if (preset == null) {
                List<String> ids = catalog.financePresets().stream().map(FinancePreset::id).toList();
                in.error("/finance/preset", "unknown finance preset \"" + Text.clip(given.preset()) + "\"; known: "
                        + String.join(", ", ids) + "." + Suggestions.didYouMean(given.preset(), ids));
                return null;
            }
        }
        in.text(given.preset() == null ? null : preset.id(), "/finance/preset",
                Fallback.rule(preset.id(), "the default preset"));
        return new Finance(
                in.required(given.depreciationYears(), "/finance/depreciationYears", Limits.YEARS,
                        Fallback.preset(preset.value("depreciationYears"))),
                in.required(given.wacc(), "/finance/wacc", Limits.WACC, Fallback.preset(preset.value("wacc"))),
                in.required(given.electricityUsdPerKwh(), "/finance/electricityUsdPerKwh", Limits.ELECTRICITY,
                        Fallback.preset(preset.value("electricityUsdPerKwh"))),
                in.required(given.pue(), "/finance/pue", Limits.PUE, Fallback.preset(preset.value("pue"))),
                in.required(given.hostingUsdPerKwMonth(), "/finance/hostingUsdPerKwMonth", Limits.HOSTING,
                        Fallback.preset(preset.value("hostingUsdPerKwMonth"))),
                in.required(given.utilization(), "/finance/utilization", Limits.FRACTION_ABOVE_ZERO,
                        Fallback.preset(preset.value("utilization"))),
                in.required(given.averagePowerFraction(), "/finance/averagePowerFraction", Limits.FRACTION_ABOVE_ZERO,
                        Fallback.preset(preset.value("averagePowerFraction"))));
    }
}
