package com.tokenomics.scenario;

import com.tokenomics.catalog.CatalogEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Catalog entries that a request names by id, and the values an entry fills in for fields the request leaves out. */
final class CatalogValues {

    /** The entry with this id, recorded as given; else null, and an error that names the closest ids. */
    static <T extends CatalogEntry> T lookUp(String id, String field, Function<String, Optional<T>> find,
            List<T> all, Inputs in) {
        if (id == null) {
            return null;
        }
        Optional<T> found = find.apply(id.trim().toLowerCase(Locale.ROOT));
        if (found.isPresent()) {
            in.text(id, field, Fallback.none());
            return found.get();
        }
        List<String> ids = all.stream().map(CatalogEntry::id).toList();
        String close = Suggestions.didYouMean(id, ids);
        in.error(field, "unknown catalog id \"" + Text.clip(id) + "\"." + (close.isEmpty()
                ? " Known: " + String.join(", ", ids) + "." : close));
        return null;
    }

    /** The entry's value for a field the request leaves out, with the entry's source for it. */
    static Fallback fromCatalog(CatalogEntry entry, String field, Object value) {
        return entry == null || value == null ? Fallback.none() : Fallback.catalog(value, entry.provenance(field));
    }

    private CatalogValues() {
    }
}
