package io.dschema.sqlite;

import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the columns read from a table's CREATE text with the ones SQLite itself reports
 * ({@code pragma_table_xinfo}: names in order; {@code hidden} 2 is a virtual, 3 a stored generated
 * column). They always agree unless our reading of the text is wrong; then the table must not be
 * planned against.
 */
final class ColumnCrossCheck {

    private ColumnCrossCheck() {
    }

    /**
     * What SQLite reports for every ordinary table, by folded name, in one query (one per table
     * costs a round trip each: 500 tables, 500 queries). Virtual tables are skipped: their module
     * may not be loaded here, and they are never compared. Null when the query fails (an old
     * SQLite): then each table is asked on its own.
     */
    static Map<String, List<Row>> reportedColumns(Queries db) {
        try {
            Map<String, List<Row>> all = new HashMap<>();
            for (Row row : db.query("SELECT m.name AS tbl, x.name AS name, x.hidden AS hidden"
                    + " FROM sqlite_master AS m JOIN pragma_table_xinfo(m.name) AS x"
                    + " WHERE m.type = 'table' AND coalesce(m.sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY m.rowid, x.cid")) {
                all.computeIfAbsent(Names.fold(row.string("tbl")), k -> new ArrayList<>()).add(row);
            }
            return all;
        } catch (DatabaseException e) {
            return null;
        }
    }

    /** Null when they agree; else what differs, for the user. {@code reported}: from {@link #reportedColumns}, or null. */
    static String disagreement(Queries db, Map<String, List<Row>> reportedColumns, Table table) throws DatabaseException {
        List<Row> reported = reportedColumns != null ? reportedColumns.getOrDefault(Names.fold(table.name()), List.of())
                : db.query("SELECT name, hidden FROM pragma_table_xinfo(?)", table.name());
        List<Column> read = table.columns();
        boolean same = reported.size() == read.size();
        for (int i = 0; same && i < read.size(); i++) {
            Column column = read.get(i);
            long hidden = reported.get(i).longValue("hidden");
            same = Names.same(column.name(), reported.get(i).string("name"))
                    && (column.generated() == null ? hidden == 0 || hidden == 1 : hidden == (column.generated().stored() ? 3 : 2));
        }
        if (same) {
            return null;
        }
        return "SQLite reports the columns " + reported.stream().map(ColumnCrossCheck::describe).collect(Collectors.joining(", "))
                + " but its CREATE TABLE reads as " + read.stream().map(ColumnCrossCheck::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Row row) {
        long hidden = row.longValue("hidden");
        return row.string("name") + (hidden == 2 ? " (generated)" : hidden == 3 ? " (generated, stored)" : "");
    }

    private static String describe(Column column) {
        return column.name() + (column.generated() == null ? "" : column.generated().stored() ? " (generated, stored)" : " (generated)");
    }
}
