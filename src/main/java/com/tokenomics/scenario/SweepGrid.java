package com.tokenomics.scenario;

import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.Variable;
import com.tokenomics.scenario.AnalysisRequests.SweepAxis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The points of a sweep: one or two inputs, each over a range (linear or log) or a list of values checked against the
 * input's limit, and every combination of their values.
 */
final class SweepGrid {

    static final int MAX_AXES = 2;
    static final int MAX_SWEEP_POINTS = 1_000;

    private final List<Parameters.Varied> varied;
    private final List<double[]> axes;
    private final int count;

    private SweepGrid(List<Parameters.Varied> varied, List<double[]> axes, int count) {
        this.varied = varied;
        this.axes = axes;
        this.count = count;
    }

    /** The grid a request's {@code vary} asks for, or an {@link InvalidInputException} naming each mistake in it. */
    static SweepGrid of(List<SweepAxis> vary) {
        if (vary == null || vary.isEmpty() || vary.size() > MAX_AXES) {
            throw new InvalidInputException("/vary", "give 1 or " + MAX_AXES + " inputs to vary.");
        }
        List<Parameters.Varied> varied = new ArrayList<>();
        List<double[]> axes = new ArrayList<>();
        Inputs in = new Inputs();
        for (int i = 0; i < vary.size(); i++) {
            SweepAxis axis = vary.get(i);
            String at = "/vary/" + i;
            Parameters.Varied parameter = axis == null || axis.parameter() == null ? null
                    : Parameters.BY_NAME.get(axis.parameter());
            if (parameter == null) {
                String typed = axis == null || axis.parameter() == null ? "" : axis.parameter();
                in.error(at + "/parameter", "must be one of " + String.join(", ", Parameters.BY_NAME.keySet())
                        + "." + Suggestions.didYouMean(typed, Parameters.BY_NAME.keySet()));
                continue;
            }
            if (varied.contains(parameter)) {
                in.error(at + "/parameter", "is swept by /vary/" + varied.indexOf(parameter) + " already: vary "
                        + "each input on one axis (the second would replace the first's values).");
                continue;
            }
            varied.add(parameter);
            axes.add(values(axis, parameter, at, in));
        }
        long count = axes.stream().mapToLong(values -> values.length).reduce(1, (a, b) -> a * b);
        if (count > MAX_SWEEP_POINTS) {
            in.error("/vary", "the sweep has " + count + " points; at most " + MAX_SWEEP_POINTS + ".");
        }
        in.throwIfInvalid();
        return new SweepGrid(varied, axes, (int) count);
    }

    /** The names of the varied inputs, in the order of their axes. */
    List<String> parameters() {
        return varied.stream().map(Parameters.Varied::name).toList();
    }

    /**
     * One point per combination, the last axis varying fastest: the base scenario with the combination's values
     * applied, and those values by input name.
     */
    <T> List<T> points(Scenario base, BiFunction<Scenario, Map<String, Double>, T> point) {
        List<T> points = new ArrayList<>(count);
        int[] index = new int[axes.size()];
        for (int n = 0; n < count; n++) {
            Scenario scenario = base;
            Map<String, Double> values = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                double value = axes.get(a)[index[a]];
                scenario = varied.get(a).variable().apply(scenario, value);
                values.put(varied.get(a).name(), value);
            }
            points.add(point.apply(scenario, values));
            for (int a = axes.size() - 1; a >= 0 && ++index[a] == axes.get(a).length; a--) {
                index[a] = 0;
            }
        }
        return points;
    }

    /** One axis: the values given, or the range's points; none when the axis is in error. */
    private static double[] values(SweepAxis axis, Parameters.Varied parameter, String at, Inputs in) {
        if (axis.values() != null) {
            if (axis.from() != null || axis.to() != null || axis.points() != null) {
                in.error(at, "give values, or from, to and points, not both.");
                return new double[0];
            }
            if (axis.values().isEmpty() || axis.values().size() > MAX_SWEEP_POINTS) {
                in.error(at + "/values", "must have 1 to " + MAX_SWEEP_POINTS + " values.");
                return new double[0];
            }
            return IntStream.range(0, axis.values().size())
                    .mapToDouble(i -> in.required(axis.values().get(i), at + "/values/" + i, parameter.limit()))
                    .toArray();
        }
        double from = in.required(axis.from(), at + "/from", parameter.limit());
        double to = in.required(axis.to(), at + "/to", parameter.limit());
        double points = in.required(axis.points(), at + "/points", Limit.whole(2, MAX_SWEEP_POINTS, "points"));
        String scale = axis.scale() == null ? "linear" : axis.scale().trim().toLowerCase(Locale.ROOT);
        if (!scale.equals("linear") && !scale.equals("log")) {
            in.error(at + "/scale", "must be linear or log; got \"" + Text.clip(scale) + "\".");
        }
        if (scale.equals("log") && Inputs.valid(from, to) && (from <= 0 || to <= 0)) {
            in.error(at + "/scale", "log needs from and to above 0.");
        }
        if (!Inputs.valid(from, to, points) || in.hasErrors()) {
            return new double[0];
        }
        // Weighted sums and exact ends: from + t * (to - from) made 1e13 → 1e-6 end at 0, outside the range, and
        // exp(log) ends a hair outside it (50.000000000000014 years); rounding is kept between the ends too.
        double[] values = new double[(int) points];
        double lowest = Math.min(from, to);
        double highest = Math.max(from, to);
        for (int i = 0; i < values.length; i++) {
            double fraction = (double) i / (values.length - 1);
            double value = scale.equals("log")
                    ? Math.exp(Math.log(from) * (1 - fraction) + Math.log(to) * fraction)
                    : from * (1 - fraction) + to * fraction;
            value = i == 0 ? from : i == values.length - 1 ? to
                    : Math.min(highest, Math.max(lowest, Variable.stepValue(value)));
            values[i] = parameter.limit().wholeNumber() ? Math.round(value) : value;
            if (!parameter.limit().allows(values[i])) {
                // Between 0 and the smallest positive value of an input that may be either (a price from 0 up).
                in.error(at + "/points", "point " + (i + 1) + " would be " + Limit.format(values[i]) + ", and "
                        + parameter.name() + " must be " + parameter.limit().describe() + ": keep the range at or "
                        + "above " + Limit.format(parameter.limit().min()) + ", or give values.");
                return new double[0];
            }
        }
        return values;
    }
}
