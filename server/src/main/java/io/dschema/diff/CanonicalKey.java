package io.dschema.diff;

import io.dschema.model.PrimaryKey;
import io.dschema.model.Table;

import java.util.List;

/**
 * A primary key as compared: its parts in order (renamed columns by their new names, so a rename
 * of a key column is no key change) and {@code autoincrement}; column or table level does not
 * matter. No key is {@link #NONE}.
 */
record CanonicalKey(List<CanonicalPart> parts, boolean autoincrement) {

    static final CanonicalKey NONE = new CanonicalKey(List.of(), false);

    static CanonicalKey of(Table table, Renames renames) {
        PrimaryKey key = table.primaryKey();
        if (key == null) {
            return NONE;
        }
        return new CanonicalKey(CanonicalPart.of(key.columns(), table, renames), key.autoincrement());
    }
}
