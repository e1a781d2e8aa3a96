package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.engine.Calibration;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The serving model's calibration, read from {@value #RESOURCE}: fitted offline on published results
 * (CalibrationFitTest refits it from the data and fails when the file is stale), so start-up only reads it.
 */
@ApplicationScoped
public class Calibrations {

    static final String RESOURCE = "catalog/calibration.json";

    /** The file's form: the fitted parameters, the band, and what they were fitted on. */
    public record CalibrationFile(String fittedOn, String asOf, Parameters parameters, Band band) {
    }

    public record Parameters(double bandwidthEfficiency, double computeEfficiency, double interconnectEfficiency,
            double collectiveLatencyUs, double layerOverheadUs, double defaultStackFactor,
            double tailToMeanLatency, double firstTokenTailToMean, double fourBitComputeShare) {
    }

    public record Band(double heldOutFraction, Map<String, Double> widenings, double calibratedContextTokens,
            double calibratedTargetMs, List<String> calibratedSystems) {
    }

    /** Read in a static initializer, which a native image runs while it is built: the function starts with it. */
    private static final class Shipped {
        static final Calibration CALIBRATION = read();
    }

    private final Calibration calibration;

    public Calibrations() {
        this.calibration = Shipped.CALIBRATION;
    }

    public Calibration calibration() {
        return calibration;
    }

    static Calibration read() {
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Calibrations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return toCalibration(reader.readValue(in, CalibrationFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Calibration toCalibration(CalibrationFile file) {
        Parameters p = file.parameters();
        Band band = file.band();
        return new Calibration(p.bandwidthEfficiency(), p.computeEfficiency(), p.interconnectEfficiency(),
                p.collectiveLatencyUs(), p.layerOverheadUs(), p.defaultStackFactor(), p.tailToMeanLatency(),
                p.firstTokenTailToMean(), p.fourBitComputeShare(),
                new Calibration.ErrorBand(band.heldOutFraction(), band.widenings(), band.calibratedContextTokens(),
                        band.calibratedTargetMs(), Set.copyOf(band.calibratedSystems())),
                file.fittedOn());
    }

    static CalibrationFile toFile(Calibration calibration, String asOf) {
        Calibration.ErrorBand band = calibration.band();
        return new CalibrationFile(calibration.basis(), asOf,
                new Parameters(calibration.bandwidthEfficiency(), calibration.computeEfficiency(),
                        calibration.interconnectEfficiency(), calibration.collectiveLatencyUs(),
                        calibration.layerOverheadUs(), calibration.defaultStackFactor(),
                        calibration.tailToMeanLatency(), calibration.firstTokenTailToMean(),
                        calibration.fourBitComputeShare()),
                new Band(band.heldOutFraction(), new java.util.TreeMap<>(band.widenings()),
                        band.calibratedContextTokens(), band.calibratedTargetMs(),
                        band.calibratedSystems().stream().sorted().toList()));
    }
}
