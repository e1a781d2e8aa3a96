package com.tokenomics.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

/** Catalog files written before a field was renamed still load, with the reader the catalog loads with. */
class CatalogFormatTest {

    @Test
    void shouldReadTheHbmOfASystemFileThatStillCallsItGB() throws JsonProcessingException {
        String systemsFile = """
                {"systems": [{
                  "id": "old-format", "name": "Old format", "vendor": "NVIDIA", "chip": "H200",
                  "rackUnit": "server", "chipsPerRack": 8, "hbmPerChipGB": 141,
                  "source": "the entry's source", "asOf": "2026", "confidence": "secondary",
                  "fieldSources": {"hbmPerChipGB": {"source": "the HBM's source", "asOf": "2025",
                    "confidence": "verified"}}
                }]}
                """;

        CatalogSystem system = Catalog.reader().readValue(systemsFile, Catalog.SystemsFile.class).systems().get(0);

        assertThat(system.hbmPerChipGiB()).isEqualTo(141.0);
        assertThat(system.provenance("hbmPerChipGiB"))
                .isEqualTo(new Provenance("the HBM's source", "2025", Provenance.VERIFIED));
        assertThat(system.fieldSources()).containsOnlyKeys("hbmPerChipGiB");
    }

    @Test
    void shouldReadTheHbmUnderItsNameInGiB() throws JsonProcessingException {
        String systemsFile = """
                {"systems": [{"id": "new-format", "rackUnit": "server", "chipsPerRack": 8, "hbmPerChipGiB": 141,
                  "source": "the entry's source", "asOf": "2026", "confidence": "secondary"}]}
                """;

        CatalogSystem system = Catalog.reader().readValue(systemsFile, Catalog.SystemsFile.class).systems().get(0);

        assertThat(system.hbmPerChipGiB()).isEqualTo(141.0);
        assertThat(system.provenance("hbmPerChipGiB").source()).isEqualTo("the entry's source");
    }
}
