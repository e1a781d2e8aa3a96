package com.tokenomics.api;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document that {@code /q/openapi} serves, written once from the document Quarkus generates at build
 * time. SmallRye OpenAPI in Quarkus 3.33 reads that document and writes it again as JSON and YAML at every start
 * (quarkusio/quarkus#54826, made lazy upstream by #55538): a third of the native function's start. Here the writing
 * happens in a static initializer, which a native image runs while it is built, and the native image leaves the
 * generated document out (application.properties) so that the extension finds nothing to prepare. The extension
 * still answers the route, its content negotiation and CORS; only the bytes come from here. A singleton: the
 * extension calls a package-private method on this bean, which a client proxy of another package could not pass on.
 * Unremovable: nothing injects it (the extension looks its service up by type), and the extension keeps only its own
 * bean class from the removal of unused beans, so without this the packaged application served the extension's
 * document, which a native image leaves empty.
 */
@Alternative
@Priority(1)
@Singleton
@Unremovable
public class PreparedOpenApiDocument extends OpenApiDocumentService {

    static final String GENERATED_DOCUMENT = OpenApiConstants.BASE_NAME + ".JSON";

    private static final class Written {
        static final byte[] JSON;
        static final byte[] YAML;

        static {
            SmallRyeOpenAPI document = read();
            JSON = document.toJSON().getBytes(StandardCharsets.UTF_8);
            YAML = document.toYAML().getBytes(StandardCharsets.UTF_8);
        }

        private static SmallRyeOpenAPI read() {
            try (InputStream generated = PreparedOpenApiDocument.class.getClassLoader()
                    .getResourceAsStream(GENERATED_DOCUMENT)) {
                if (generated == null) {
                    throw new IllegalStateException("missing the build's OpenAPI document " + GENERATED_DOCUMENT);
                }
                // The same reading as the extension's at start, with no run-time configuration: the document's
                // content is fixed when it is generated, and nothing here filters it at run time.
                return new StaticDocumentBuilder()
                        .withConfig(new SmallRyeConfigBuilder().build())
                        .withApplicationClassLoader(PreparedOpenApiDocument.class.getClassLoader())
                        .enableModelReader(false)
                        .enableStandardStaticFiles(false)
                        .enableAnnotationScan(false)
                        .enableStandardFilter(false)
                        .withCustomStaticFile(() -> generated)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + GENERATED_DOCUMENT, e);
            }
        }
    }

    /** Reads a static document only, so that no annotation scanning is compiled into the native image. */
    private static final class StaticDocumentBuilder extends SmallRyeOpenAPI.Builder {
        @Override
        public SmallRyeOpenAPI build(boolean unmodifiable) {
            var context = getContext();
            buildPrepare(context);
            buildStaticModel(context);
            return buildFinalize(context, unmodifiable);
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!OpenApiConstants.DEFAULT_DOCUMENT_NAME.equals(documentName)) {
            return super.getDocument(documentName, format);
        }
        return format == Format.JSON ? Written.JSON : Written.YAML;
    }

    /** What the extension itself prepared at start, on the JVM (in a native image it finds no document): for tests. */
    byte[] documentAsTheExtensionWroteIt(Format format) {
        return super.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, format);
    }
}
