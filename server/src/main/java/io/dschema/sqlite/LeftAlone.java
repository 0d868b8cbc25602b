package io.dschema.sqlite;

import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables dschema never touches (LANGUAGE.md, "What the language does not declare"): SQLite's
 * own ({@code sqlite_*}), other tools' ({@code _cf_*} of Cloudflare D1, {@code libsql_*},
 * {@code _litestream_*}), the migrations table, virtual tables and their shadow tables, and every
 * table the tables filter does not manage. Indexes and triggers on them are left alone too.
 */
final class LeftAlone {

    private static final List<String> TOOL_PREFIXES = List.of("sqlite_", "_cf_", "libsql_", "_litestream_");

    private final InspectOptions options;
    private final Set<String> virtualTables = new HashSet<>();
    private final Set<String> shadowTables = new HashSet<>();
    /** Virtual table names whose {@code <name>_} prefix marks shadow tables, where SQLite cannot say which they are. */
    private final List<String> shadowPrefixes = new ArrayList<>();

    private LeftAlone(InspectOptions options) {
        this.options = options;
    }

    /**
     * Asks {@code PRAGMA table_list} (SQLite 3.37 and later) which tables are virtual or shadow
     * tables; where it is missing, or fails (a virtual table whose module is not loaded), takes
     * every table named {@code <virtual table>_...} for a shadow table, as FTS5 and rtree name them.
     */
    static LeftAlone read(Queries db, List<MasterRow> objects, InspectOptions options) throws DatabaseException {
        LeftAlone leftAlone = new LeftAlone(options);
        for (MasterRow row : objects) {
            if (row.isVirtualTable()) {
                leftAlone.virtualTables.add(Names.fold(row.name()));
            }
        }
        try {
            for (Row row : db.query("SELECT name, type FROM pragma_table_list WHERE schema = 'main'")) {
                String type = row.string("type");
                if ("virtual".equals(type)) {
                    leftAlone.virtualTables.add(Names.fold(row.string("name")));
                } else if ("shadow".equals(type)) {
                    leftAlone.shadowTables.add(Names.fold(row.string("name")));
                }
            }
        } catch (DatabaseException e) {
            if (e.kind() != DatabaseException.Kind.STATEMENT) {
                throw e;
            }
            for (MasterRow row : objects) {
                if (row.isVirtualTable()) {
                    leftAlone.shadowPrefixes.add(row.name() + "_");
                }
            }
        }
        return leftAlone;
    }

    /** Whether the table {@code name} is left out of the schema (with its indexes and triggers). */
    boolean table(String name) {
        for (String prefix : TOOL_PREFIXES) {
            if (Names.startsWith(name, prefix)) {
                return true;
            }
        }
        if (Names.same(name, options.migrationsTable())) {
            return true;
        }
        String folded = Names.fold(name);
        if (virtualTables.contains(folded) || shadowTables.contains(folded)) {
            return true;
        }
        for (String prefix : shadowPrefixes) {
            if (Names.startsWith(name, prefix)) {
                return true;
            }
        }
        return !options.tablesFilter().matches(name);
    }
}
