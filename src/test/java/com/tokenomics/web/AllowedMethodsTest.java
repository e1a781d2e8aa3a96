package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Allow table names every address of the resources with exactly the methods their annotations declare. */
class AllowedMethodsTest {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Test
    void shouldNameTheMethodsOfEveryResourceAddress() {
        Map<String, Set<String>> declared = new HashMap<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.tokenomics")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        Set<String> methods = declared.computeIfAbsent(sub == null ? base : base + sub.value(),
                                path -> new LinkedHashSet<>(List.of("OPTIONS")));
                        methods.add(http.value());
                        if (annotation instanceof GET) {
                            methods.add("HEAD");
                        }
                    }
                }
            }
        }
        Map<String, String> expected = new HashMap<>();
        declared.forEach((path, methods) -> {
            List<String> sorted = new ArrayList<>(methods);
            sorted.sort((one, other) -> ORDER.indexOf(one) - ORDER.indexOf(other));
            expected.put(path, String.join(", ", sorted));
        });

        assertThat(AllowedMethods.BY_PATH).isEqualTo(expected);
    }

    @Test
    void shouldFindAnAddressWrittenWithATrailingSlash() {
        assertThat(AllowedMethods.at("/v1/evaluate/")).contains("GET, HEAD, POST, OPTIONS");
        assertThat(AllowedMethods.at("/nowhere")).isEmpty();
    }
}
