package com.tokenomics.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.engine.Precision;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of every catalog file: ids, provenance and values in their units' range. */
class CatalogDataTest {

    private static final Catalog CATALOG = new Catalog();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern AS_OF = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Set<String> CONFIDENCES = Set.of(Provenance.VERIFIED, Provenance.SECONDARY,
            Provenance.UNVERIFIED);

    /** The finance fields a preset must give; ranges as the Limits constants (com.tokenomics.scenario). */
    private static final Map<String, DoublePredicate> FINANCE_RANGES = Map.of(
            "depreciationYears", value -> value > 0 && value <= 50,         // YEARS
            "wacc", value -> value >= 0 && value <= 1,                      // WACC
            "electricityUsdPerKwh", value -> value >= 0 && value <= 10,     // ELECTRICITY
            "pue", value -> value >= 1 && value <= 5,                       // PUE
            "hostingUsdPerKwMonth", value -> value >= 0 && value <= 100_000, // HOSTING
            "utilization", value -> value > 0 && value <= 1,                // FRACTION_ABOVE_ZERO
            "averagePowerFraction", value -> value > 0 && value <= 1);      // FRACTION_ABOVE_ZERO

    /** A provenance found somewhere in the catalog, with where. */
    record Sourced(String where, String source, String asOf, String confidence) {
        @Override
        public String toString() {
            return where + " (source \"" + source + "\", asOf " + asOf + ", " + confidence + ")";
        }
    }

    static Stream<Arguments> catalogFiles() {
        return Stream.of(
                Arguments.of("models.json", "models"),
                Arguments.of("systems.json", "systems"),
                Arguments.of("throughput.json", "references"),
                Arguments.of("prices.json", "prices"),
                Arguments.of("finance-presets.json", "presets"));
    }

    static Stream<Arguments> models() {
        return CATALOG.models().stream().map(model -> Arguments.of(Named.of(model.id(), model)));
    }

    static Stream<Arguments> systems() {
        return CATALOG.systems().stream().map(system -> Arguments.of(Named.of(system.id(), system)));
    }

    private static List<String> rawIds(String file, String array) throws IOException {
        try (InputStream in = CatalogDataTest.class.getClassLoader().getResourceAsStream("catalog/" + file)) {
            assertThat(in).as(file).isNotNull();
            JsonNode entries = JSON.readTree(in).path(array);
            assertThat(entries.isArray()).as(file + " has an array " + array).isTrue();
            List<String> ids = new ArrayList<>();
            entries.forEach(entry -> ids.add(entry.path("id").asText(null)));
            return ids;
        }
    }

    private static List<CatalogEntry> entries() {
        List<CatalogEntry> entries = new ArrayList<>();
        entries.addAll(CATALOG.models());
        entries.addAll(CATALOG.systems());
        entries.addAll(CATALOG.throughputReferences());
        entries.addAll(CATALOG.prices());
        return entries;
    }

    /** Every entry's own provenance, every fieldSources entry and every finance preset value. */
    private static List<Sourced> everySource() {
        List<Sourced> all = new ArrayList<>();
        for (CatalogEntry entry : entries()) {
            all.add(new Sourced(entry.id(), entry.source(), entry.asOf(), entry.confidence()));
            if (entry.fieldSources() != null) {
                entry.fieldSources().forEach((field, provenance) -> all.add(new Sourced(entry.id() + "." + field,
                        provenance.source(), provenance.asOf(), provenance.confidence())));
            }
        }
        for (FinancePreset preset : CATALOG.financePresets()) {
            preset.values().forEach((field, value) -> all.add(new Sourced(preset.id() + "." + field,
                    value.source(), value.asOf(), value.confidence())));
        }
        return all;
    }

    /** The first day an asOf can mean (YYYY → 1 January), or null when it is not YYYY, YYYY-MM or YYYY-MM-DD. */
    private static LocalDate earliestDay(String asOf) {
        Matcher matcher = asOf == null ? null : AS_OF.matcher(asOf);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) == null) {
                return LocalDate.of(year, 1, 1);
            }
            int month = Integer.parseInt(matcher.group(2));
            return matcher.group(3) == null ? YearMonth.of(year, month).atDay(1)
                    : LocalDate.of(year, month, Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- ids ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogFiles")
    void shouldGiveEveryEntryAUniqueId(String file, String array) throws IOException {
        List<String> ids = rawIds(file, array);

        assertThat(ids).isNotEmpty().doesNotContainNull().doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogFiles")
    void shouldWriteIdsInLowerCaseWithDashesAndDots(String file, String array) throws IOException {
        assertThat(rawIds(file, array)).allSatisfy(id -> assertThat(id).matches(ID));
    }

    // ---- provenance ----

    @Test
    void shouldNameTheSourceOfEveryEntryAndField() {
        assertThat(everySource()).allSatisfy(sourced -> assertThat(sourced.source()).as(sourced.where())
                .isNotBlank());
    }

    @Test
    void shouldDateEverySourceAsYearMonthOrDay() {
        assertThat(everySource()).allSatisfy(sourced -> assertThat(earliestDay(sourced.asOf()))
                .as(sourced.toString()).isNotNull());
    }

    @Test
    void shouldDateNoSourceInTheFuture() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(everySource()).filteredOn(sourced -> earliestDay(sourced.asOf()) != null)
                .allSatisfy(sourced -> assertThat(earliestDay(sourced.asOf())).as(sourced.toString())
                        .isBeforeOrEqualTo(today));
    }

    @Test
    void shouldGradeEverySourceVerifiedSecondaryOrUnverified() {
        assertThat(everySource()).allSatisfy(sourced -> assertThat(sourced.confidence()).as(sourced.toString())
                .isIn(CONFIDENCES));
    }

    @Test
    void shouldSourceUnverifiedValuesToo() {
        List<Sourced> unverified = everySource().stream()
                .filter(sourced -> Provenance.UNVERIFIED.equals(sourced.confidence()))
                .toList();

        assertThat(unverified).isNotEmpty().allSatisfy(sourced -> assertThat(sourced.source())
                .as(sourced.where()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldGiveEveryPriceAndPowerFigureAProvenance(CatalogSystem system) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pricePerRackUsd", system.pricePerRackUsd());
        figures.put("pricePerChipUsd", system.pricePerChipUsd());
        figures.put("powerPerRackKw", system.powerPerRackKw());
        figures.put("tdpPerChipW", system.tdpPerChipW());

        figures.forEach((field, value) -> {
            if (value != null) {
                Provenance provenance = system.provenance(field);
                assertThat(provenance).as(system.id() + "." + field).isNotNull();
                assertThat(provenance.source()).as(system.id() + "." + field).isNotBlank();
                assertThat(provenance.confidence()).as(system.id() + "." + field).isIn(CONFIDENCES);
            }
        });
    }

    @Test
    void shouldFlagThePriceAndPowerFiguresCatalogMdMarksUnverified() {
        // catalog.md §2.2-2.4: [U] power and price figures (HF "MSRP" pages, DGX spec sheets, rack estimates).
        Map<String, List<String>> unverified = Map.ofEntries(
                Map.entry("h100-hgx", List.of("powerPerRackKw", "pricePerChipUsd")),
                Map.entry("h200-hgx", List.of("pricePerChipUsd")),
                Map.entry("gh200", List.of("tdpPerChipW")),
                Map.entry("gh200-96gb", List.of("tdpPerChipW")),
                Map.entry("b300-hgx", List.of("pricePerChipUsd")),
                Map.entry("b200-hgx", List.of("powerPerRackKw")),
                Map.entry("gb200-nvl72", List.of("powerPerRackKw", "pricePerRackUsd")),
                Map.entry("gb300-nvl72", List.of("powerPerRackKw", "pricePerRackUsd")),
                Map.entry("mi300x-platform", List.of("pricePerChipUsd")),
                Map.entry("mi325x-platform", List.of("tdpPerChipW")),
                Map.entry("groq-lpu", List.of("tdpPerChipW")),
                Map.entry("cerebras-cs3", List.of("powerPerRackKw", "pricePerRackUsd")),
                Map.entry("sambanova-sn40l-16", List.of("powerPerRackKw")));

        unverified.forEach((id, fields) -> {
            CatalogSystem system = CATALOG.system(id).orElseThrow();
            fields.forEach(field -> assertThat(system.provenance(field).unverified()).as(id + "." + field).isTrue());
        });
    }

    // ---- models ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldNeverHaveMoreActiveThanTotalParameters(CatalogModel model) {
        assertThat(model.activeParameters()).isPositive().isLessThanOrEqualTo(model.parameters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldHavePositiveDimensions(CatalogModel model) {
        assertThat(model.layers()).as("layers").isPositive();
        assertThat(model.hiddenSize()).as("hiddenSize").isPositive();
        assertThat(model.attentionHeads()).as("attentionHeads").isPositive();
        assertThat(model.headDim()).as("headDim").isPositive();
        assertThat(model.vocabSize()).as("vocabSize").isPositive();
        assertThat(model.maxContextTokens()).as("maxContextTokens").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldHaveNoMoreKvHeadsThanAttentionHeads(CatalogModel model) {
        assertThat(model.kvHeads()).isPositive().isLessThanOrEqualTo(model.attentionHeads());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldPlaceEveryLayerInExactlyOneLayerGroup(CatalogModel model) {
        int grouped = model.layerGroups().stream().mapToInt(CatalogModel.LayerGroup::layers).sum();

        assertThat(model.layerGroups()).allSatisfy(group -> assertThat(group.layers()).isPositive());
        assertThat(grouped).isEqualTo(model.layers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldGiveWindowedLayersAPositiveWindowAndAKind(CatalogModel model) {
        assertThat(model.layerGroups()).filteredOn(group -> group.windowTokens() != null)
                .allSatisfy(group -> {
                    assertThat(group.windowTokens()).isPositive();
                    assertThat(group.kind()).isIn("sliding", "chunked");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldDescribeAttentionTheEngineKnows(CatalogModel model) {
        assertThat(model.attention().type()).isIn("gqa", "mla");
        if ("mla".equals(model.attention().type())) {
            assertThat(model.attention().kvLoraRank()).isPositive();
            assertThat(model.attention().qkRopeHeadDim()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldRouteToNoMoreExpertsThanExist(CatalogModel model) {
        if (model.moe() != null) {
            assertThat(model.moe().activeExperts()).isPositive().isLessThanOrEqualTo(model.moe().experts());
            assertThat(model.moe().sharedExperts()).isNotNegative();
            assertThat(model.moe().moeLayers()).isPositive().isLessThanOrEqualTo(model.layers());
            assertThat(model.moe().expertIntermediateSize()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void shouldStoreWeightsInAKnownFormat(CatalogModel model) {
        assertThat(Precision.fromId(model.defaultPrecision())).isPresent();
    }

    // ---- systems ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldHaveAtLeastOneChipPerRack(CatalogSystem system) {
        assertThat(system.chipsPerRack()).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldHaveMemoryOnEveryChip(CatalogSystem system) {
        boolean hbm = system.hbmPerChipGiB() != null && system.hbmPerChipGiB() > 0;
        boolean sram = system.sramPerChipMB() != null && system.sramPerChipMB() > 0;

        assertThat(hbm || sram).as("HBM or SRAM per chip").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldHavePositiveFiguresWhereGiven(CatalogSystem system) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("hbmPerChipGiB", system.hbmPerChipGiB());
        figures.put("sramPerChipMB", system.sramPerChipMB());
        figures.put("memoryBandwidthTBps", system.memoryBandwidthTBps());
        figures.put("tdpPerChipW", system.tdpPerChipW());
        figures.put("powerPerRackKw", system.powerPerRackKw());
        figures.put("pricePerRackUsd", system.pricePerRackUsd());
        figures.put("pricePerChipUsd", system.pricePerChipUsd());
        if (system.peakDenseTflops() != null) {
            system.peakDenseTflops().forEach((format, tflops) -> figures.put("peakDenseTflops." + format, tflops));
        }

        figures.forEach((field, value) -> {
            if (value != null) {
                assertThat(value).as(field).isPositive();
            }
        });
        if (system.scaleUpDomainChips() != null) {
            assertThat(system.scaleUpDomainChips()).as("scaleUpDomainChips").isPositive();
        }
        if (system.scaleUpBandwidthGBps() != null) {
            assertThat(system.scaleUpBandwidthGBps()).as("scaleUpBandwidthGBps").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldSourceEveryScaleUpBandwidthOnItsOwn(CatalogSystem system) {
        // The interconnect figure comes from other sources than the chip's memory and TFLOPS: it must say which.
        if (system.scaleUpBandwidthGBps() != null) {
            assertThat(system.fieldSources()).as("fieldSources").containsKey("scaleUpBandwidthGBps");
            assertThat(system.fieldSources().get("scaleUpBandwidthGBps").confidence()).isIn(CONFIDENCES);
            assertThat(system.notes()).as("notes explain the per-direction figure").contains("scaleUpBandwidthGBps");
        }
    }

    @Test
    void shouldGiveScaleUpBandwidthPerChipPerDirection() {
        // GB/s per chip per direction: vendors' bidirectional totals halved (NVLink 4 900 -> 450, NVLink 5 1.8 TB/s
        // -> 900, AMD 896 aggregate -> 448, Google ICI 400 / 800 / 1,200 bidirectional -> 200 / 400 / 600).
        Map<String, Double> expected = Map.ofEntries(
                Map.entry("h100-hgx", 450.0), Map.entry("h200-hgx", 450.0), Map.entry("gh200", 450.0),
                Map.entry("gh200-96gb", 450.0), Map.entry("b200-hgx", 900.0), Map.entry("b300-hgx", 900.0),
                Map.entry("gb200-nvl72", 900.0), Map.entry("gb300-nvl72", 900.0),
                Map.entry("mi300x-platform", 448.0), Map.entry("mi325x-platform", 448.0),
                Map.entry("mi355x-platform", 537.6), Map.entry("gaudi3-server", 525.0),
                Map.entry("tpu-v5e-host", 200.0), Map.entry("tpu-v6e-host", 400.0),
                Map.entry("tpu7x-ironwood-vm", 600.0), Map.entry("rtx-pro-6000-server", 64.0));

        expected.forEach((id, gbps) -> assertThat(CATALOG.system(id).orElseThrow().scaleUpBandwidthGBps())
                .as(id).isEqualTo(gbps));
        List.of("groq-lpu", "cerebras-cs3", "sambanova-sn40l-16", "article-sram-rack").forEach(id ->
                assertThat(CATALOG.system(id).orElseThrow().scaleUpBandwidthGBps()).as(id).isNull());
    }

    @Test
    void shouldCarryTheGh200With96GbOfHbm3BesideThe144GbOne() {
        CatalogSystem gh200 = CATALOG.system("gh200-96gb").orElseThrow();

        assertThat(gh200.hbmPerChipGiB()).isEqualTo(96.0);
        assertThat(gh200.memoryBandwidthTBps()).isEqualTo(4.0);
        assertThat(gh200.provenance("memoryBandwidthTBps").unverified()).isTrue();
        assertThat(gh200.peakDenseTflops()).containsEntry("bf16", 989.0).containsEntry("fp8", 1979.0);
        assertThat(gh200.chipsPerRack()).isEqualTo(1);
        assertThat(gh200.scaleUpDomainChips()).isNull();
        assertThat(CATALOG.system("gh200").orElseThrow().hbmPerChipGiB()).isEqualTo(144.0);
    }

    @Test
    void shouldCarryTheHgxB300() {
        CatalogSystem b300 = CATALOG.system("b300-hgx").orElseThrow();

        assertThat(b300.chipsPerRack()).isEqualTo(8);
        assertThat(b300.hbmPerChipGiB()).isEqualTo(288.0);
        assertThat(b300.memoryBandwidthTBps()).isEqualTo(8.0);
        assertThat(b300.memoryBandwidthTBpsRange()).containsExactly(7.75, 8.0);
        assertThat(b300.peakDenseTflops()).containsEntry("bf16", 2250.0).containsEntry("fp8", 4500.0)
                .containsEntry("fp4", 14000.0);
        assertThat(b300.tdpPerChipW()).isEqualTo(1100.0);
        assertThat(b300.scaleUpDomainChips()).isEqualTo(8);
        assertThat(b300.provenance("pricePerChipUsd").unverified()).isTrue();
    }

    @Test
    void shouldCarryTheRtxPro6000ServerAsAnEightGpuPcieServer() {
        CatalogSystem rtx = CATALOG.system("rtx-pro-6000-server").orElseThrow();

        assertThat(rtx.chipsPerRack()).isEqualTo(8);
        assertThat(rtx.hbmPerChipGiB()).isEqualTo(96.0);
        assertThat(rtx.memoryBandwidthTBps()).isEqualTo(1.792);
        assertThat(rtx.peakDenseTflops()).containsEntry("bf16", 467.8).containsEntry("fp8", 935.6)
                .containsEntry("fp4", 1871.2);
        assertThat(rtx.tdpPerChipW()).isEqualTo(600.0);
        assertThat(rtx.scaleUpBandwidthGBps()).isEqualTo(64.0);
        assertThat(rtx.notes()).contains("PCIe", "no NVLink", "GDDR7");
    }

    @Test
    void shouldCarryQwen3_30bA3b() {
        CatalogModel qwen = CATALOG.model("qwen3-30b-a3b").orElseThrow();

        assertThat(qwen.parameters()).isEqualTo(30_532_122_624.0);
        assertThat(qwen.activeParameters()).isEqualTo(3_353_032_704.0);
        assertThat(qwen.attention().type()).isEqualTo("gqa");
        assertThat(qwen.moe().experts()).isEqualTo(128);
        assertThat(qwen.moe().activeExperts()).isEqualTo(8);
        assertThat(qwen.moe().sharedExperts()).isZero();
        assertThat(qwen.moe().moeLayers()).isEqualTo(48);
    }

    @Test
    void shouldCarryKimiK2() {
        CatalogModel kimi = CATALOG.model("kimi-k2-instruct").orElseThrow();

        assertThat(kimi.parameters()).isEqualTo(1_026_408_232_448.0);
        assertThat(kimi.activeParameters()).isEqualTo(32_861_500_928.0);
        assertThat(kimi.attention().type()).isEqualTo("mla");
        assertThat(kimi.attention().kvLoraRank()).isEqualTo(512);
        assertThat(kimi.moe().experts()).isEqualTo(384);
        assertThat(kimi.moe().sharedExperts()).isEqualTo(1);
        assertThat(kimi.moe().moeLayers()).isEqualTo(60);
        assertThat(kimi.defaultPrecision()).isEqualTo("fp8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void shouldKeepEveryDefaultInsideItsRange(CatalogSystem system) throws ReflectiveOperationException {
        // Every *Range component, whatever its name, against the component it qualifies (fooRange → foo).
        for (RecordComponent component : CatalogSystem.class.getRecordComponents()) {
            if (!component.getName().endsWith("Range")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Double> range = (List<Double>) component.getAccessor().invoke(system);
            if (range == null) {
                continue;
            }
            String field = component.getName().substring(0, component.getName().length() - "Range".length());
            Double value = (Double) CatalogSystem.class.getMethod(field).invoke(system);

            assertThat(range).as(component.getName()).hasSize(2).doesNotContainNull();
            assertThat(range.get(0)).as(component.getName() + " low").isPositive()
                    .isLessThanOrEqualTo(range.get(1));
            assertThat(value).as(field + " within " + range).isNotNull().isBetween(range.get(0), range.get(1));
        }
    }

    // ---- throughput ----

    @Test
    void shouldMeasurePositiveThroughputOnAtLeastOneAccelerator() {
        assertThat(CATALOG.throughputReferences()).allSatisfy(reference -> {
            assertThat(reference.tokensPerSecond()).as(reference.id()).isPositive();
            assertThat(reference.accelerators()).as(reference.id()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void shouldMeasureTheOfflineOrServerScenario() {
        assertThat(CATALOG.throughputReferences()).allSatisfy(reference -> assertThat(reference.scenario())
                .as(reference.id()).isIn("offline", "server"));
    }

    @Test
    void shouldNameTheClosedOrOpenDivisionWhenKnown() {
        assertThat(CATALOG.throughputReferences()).filteredOn(reference -> reference.division() != null)
                .allSatisfy(reference -> assertThat(reference.division()).as(reference.id())
                        .isIn("closed", "open"));
    }

    @Test
    void shouldMeasureModelsAndSystemsOfTheCatalog() {
        assertThat(CATALOG.throughputReferences()).allSatisfy(reference -> {
            assertThat(CATALOG.model(reference.modelId())).as(reference.id() + " model").isPresent();
            assertThat(CATALOG.system(reference.systemId())).as(reference.id() + " system").isPresent();
        });
    }

    // ---- prices ----

    @Test
    void shouldChargePositiveInputAndOutputPrices() {
        assertThat(CATALOG.prices()).allSatisfy(price -> {
            assertThat(price.inputUsdPerMillion()).as(price.id() + " input").isPositive();
            assertThat(price.outputUsdPerMillion()).as(price.id() + " output").isPositive();
            if (price.cachedInputUsdPerMillion() != null) {
                assertThat(price.cachedInputUsdPerMillion()).as(price.id() + " cached input").isPositive()
                        .isLessThanOrEqualTo(price.inputUsdPerMillion());
            }
        });
    }

    @Test
    void shouldPriceACatalogModelOrNone() {
        assertThat(CATALOG.prices()).filteredOn(price -> price.modelId() != null)
                .allSatisfy(price -> assertThat(CATALOG.model(price.modelId())).as(price.id()).isPresent());
    }

    // ---- finance presets ----

    @Test
    void shouldGiveEveryFinancePresetAllSevenValues() {
        assertThat(CATALOG.financePresets()).allSatisfy(preset -> assertThat(preset.values()).as(preset.id())
                .containsOnlyKeys(FINANCE_RANGES.keySet()));
    }

    @Test
    void shouldKeepFinancePresetValuesInTheApisRange() {
        assertThat(CATALOG.financePresets()).allSatisfy(preset -> preset.values().forEach((field, value) ->
                assertThat(FINANCE_RANGES.containsKey(field) && FINANCE_RANGES.get(field).test(value.value()))
                        .as(preset.id() + "." + field + " = " + value.value()).isTrue()));
    }

    @Test
    void shouldHaveTheDefaultFinancePreset() {
        assertThat(CATALOG.financePreset(FinancePreset.DEFAULT_ID)).isPresent();
    }
}
