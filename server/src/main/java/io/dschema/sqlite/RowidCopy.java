package io.dschema.sqlite;

import io.dschema.model.Table;

/**
 * How a copy keeps a rowid table's rowids: by one of its three names ({@code rowid}, {@code oid},
 * {@code _rowid_}) that no column of either side hides. A table whose rowid is a column (an
 * {@code integer primary key}) or a {@code without rowid} table needs none.
 */
final class RowidCopy {

    private RowidCopy() {
    }

    /** The name to copy the rowid by from {@code source} into {@code target}, or null when none is needed or free. */
    static String name(Table source, Table target) {
        if (source.withoutRowid() || target.withoutRowid() || target.rowidAlias().isPresent()) {
            return null;
        }
        for (String name : new String[] {"rowid", "oid", "_rowid_"}) {
            if (!source.hasColumn(name) && !target.hasColumn(name)) {
                return name;
            }
        }
        return null;
    }
}
