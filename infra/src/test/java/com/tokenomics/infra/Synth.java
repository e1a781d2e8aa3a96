package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/** Synthesizes the stack offline against a tiny stand-in for target/function.zip; one synthesis per context. */
final class Synth {

    static final String IMPORTED_SECRET_ARN =
            "arn:aws:secretsmanager:eu-central-1:123456789012:secret:tokenomics/slack-signing-AbCdEf";
    static final String DOMAIN_NAME = "tokenomics.example.com";
    static final String CERTIFICATE_ARN =
            "arn:aws:acm:eu-central-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

    private static final Map<Map<String, String>, Template> TEMPLATES = new ConcurrentHashMap<>();
    private static final Path FUNCTION_ZIP = tinyFunctionZip();

    private Synth() {
    }

    static Template template(FunctionRuntime runtime) {
        return template(runtime, Map.of());
    }

    static Template template(FunctionRuntime runtime, Map<String, String> extraContext) {
        Map<String, String> context = new HashMap<>(extraContext);
        context.put("runtime", runtime.contextValue());
        context.put("zip", FUNCTION_ZIP.toString());
        return TEMPLATES.computeIfAbsent(Map.copyOf(context), Synth::synthesize);
    }

    static Path functionZip() {
        return FUNCTION_ZIP;
    }

    static Map<String, Object> onlyResourceProperties(Template template, String type) {
        Map<String, Map<String, Object>> resources = template.findResources(type);
        assertEquals(1, resources.size(), "number of " + type + " resources");
        return properties(resources.values().iterator().next());
    }

    static String onlyResourceId(Template template, String type) {
        Map<String, Map<String, Object>> resources = template.findResources(type);
        assertEquals(1, resources.size(), "number of " + type + " resources");
        return resources.keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** Every policy statement of the template: managed policies and roles' inline policies alike. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> policyStatements(Template template) {
        List<Map<String, Object>> documents = new ArrayList<>();
        template.findResources("AWS::IAM::Policy").values()
                .forEach(policy -> documents.add((Map<String, Object>) properties(policy).get("PolicyDocument")));
        template.findResources("AWS::IAM::ManagedPolicy").values()
                .forEach(policy -> documents.add((Map<String, Object>) properties(policy).get("PolicyDocument")));
        template.findResources("AWS::IAM::Role").values().forEach(role -> {
            List<Map<String, Object>> inline = (List<Map<String, Object>>) properties(role).get("Policies");
            if (inline != null) {
                inline.forEach(policy -> documents.add((Map<String, Object>) policy.get("PolicyDocument")));
            }
        });
        List<Map<String, Object>> statements = new ArrayList<>();
        documents.forEach(document -> statements.addAll((List<Map<String, Object>>) document.get("Statement")));
        return statements;
    }

    /** All strings inside a template value, however deeply nested in intrinsic functions. */
    static List<String> strings(Object value) {
        List<String> found = new ArrayList<>();
        collectStrings(value, found);
        return found;
    }

    private static void collectStrings(Object value, List<String> found) {
        if (value instanceof String text) {
            found.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(nested -> collectStrings(nested, found));
        } else if (value instanceof List<?> list) {
            list.forEach(nested -> collectStrings(nested, found));
        }
    }

    private static Template synthesize(Map<String, String> context) {
        App app = new App(AppProps.builder().context(new HashMap<>(context)).build());
        return Template.fromStack(InfraApp.createStack(app));
    }

    private static Path tinyFunctionZip() {
        try {
            Path directory = Files.createTempDirectory("tokenomics-infra-test");
            Path zip = directory.resolve("function.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("bootstrap"));
                out.write("#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII));
                out.closeEntry();
            }
            zip.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
