package io.dschema.sqlite;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.lower.LoweredIndex;
import io.dschema.lower.LoweredSql;
import io.dschema.lower.Lowering;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a live database into the model records that lowering a .dschema file gives, so that the
 * differ compares like with like. Tables and indexes come from their CREATE text in
 * {@code sqlite_master} (parsed by {@link Lowering}, which knows keys, checks, defaults, generated
 * columns and options); SQLite's own report of the columns cross-checks each table. Views and
 * triggers are kept as SQLite stores them, with the managed tables they mention.
 *
 * <p>Inline {@code UNIQUE} constraints (SQLite's {@code sqlite_autoindex_*}) come out as unique
 * indexes named {@code <table>_<col>[_<col>]*_unique}, as a schema's {@code unique} does; the
 * autoindex of a primary key is not an index in the model. Tables come in {@code sqlite_master}
 * order, a table's constraint indexes before its CREATE INDEX ones.
 *
 * <p>A {@link Database} that does not exist inspects as an empty schema. What cannot be read is
 * left out and reported as an {@link InspectionProblem}; only a failing database throws.
 */
public final class Inspector {

    private Inspector() {
    }

    public static Inspection inspect(Queries db, InspectOptions options) throws DatabaseException {
        if (db instanceof Database database && !database.exists()) {
            return new Inspection(new Schema(List.of(), List.of(), List.of()), List.of());
        }
        List<MasterRow> objects = new ArrayList<>();
        for (Row row : db.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")) {
            objects.add(new MasterRow(row.string("type"), row.string("name"), row.string("tbl_name"), row.string("sql")));
        }
        LeftAlone leftAlone = LeftAlone.read(db, objects, options == null ? InspectOptions.DEFAULTS : options);
        List<InspectionProblem> problems = new ArrayList<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        ParsedStatements parsed = ParsedStatements.of(objects, row -> row.type().equals("table") && !leftAlone.table(row.name())
                || row.type().equals("index") && row.sql() != null && !leftAlone.table(row.tableName()));
        Map<String, List<Row>> reported = ColumnCrossCheck.reportedColumns(db);
        for (MasterRow row : objects) {
            if (row.type().equals("table") && !leftAlone.table(row.name())) {
                Table table = table(db, reported, parsed.table(row), row, problems);
                if (table != null) {
                    tables.put(Names.fold(row.name()), table);
                }
            }
        }
        for (MasterRow row : objects) {
            if (row.type().equals("index") && row.sql() != null && tables.containsKey(Names.fold(row.tableName()))) {
                addIndex(tables, row, parsed.index(row), problems);
            }
        }
        List<SqlObject> views = new ArrayList<>();
        List<SqlObject> triggers = new ArrayList<>();
        for (MasterRow row : objects) {
            if (row.type().equals("view")) {
                views.add(new SqlObject(SqlObject.Kind.VIEW, row.name(), null, row.sql(), dependsOn(row.sql(), tables)));
            } else if (row.type().equals("trigger") && !leftAlone.table(row.tableName())) {
                triggers.add(new SqlObject(SqlObject.Kind.TRIGGER, row.name(), row.tableName(), row.sql(),
                        dependsOn(row.sql(), tables)));
            }
        }
        return new Inspection(new Schema(List.copyOf(tables.values()), views, triggers), problems);
    }

    /** The table, or null (with a problem) when its text cannot be read or disagrees with SQLite. */
    private static Table table(Queries db, Map<String, List<Row>> reported, LoweredSql<Table> lowered, MasterRow row,
                               List<InspectionProblem> problems) throws DatabaseException {
        List<Diagnostic> errors = lowered.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (lowered.value() == null || !errors.isEmpty()) {
            problems.add(new InspectionProblem(row.name(), "table " + row.name() + ": its CREATE TABLE cannot be read ("
                    + reasons(lowered.diagnostics()) + "); the table is left out of the comparison"));
            return null;
        }
        Table table = lowered.value();
        String disagreement = ColumnCrossCheck.disagreement(db, reported, table);
        if (disagreement != null) {
            problems.add(new InspectionProblem(row.name(), "table " + row.name() + ": " + disagreement
                    + "; the table is left out of the comparison (please report this)"));
            return null;
        }
        return withIndexes(table, uniqueConstraints(table, problems));
    }

    /**
     * SQLite makes one autoindex for {@code a UNIQUE} and {@code UNIQUE (a)} together; lowering
     * gives an index for each under the same derived name: keep one.
     */
    private static List<Index> uniqueConstraints(Table table, List<InspectionProblem> problems) {
        Map<String, Index> byName = new LinkedHashMap<>();
        for (Index index : table.indexes()) {
            Index first = byName.putIfAbsent(Names.fold(index.name()), index);
            if (first != null && !sameParts(first, index)) {
                problems.add(new InspectionProblem(table.name(), "table " + table.name() + ": two unique constraints on "
                        + "the same columns with different collations or orders both read as " + index.name()
                        + "; only the first is compared"));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static boolean sameParts(Index a, Index b) {
        if (a.parts().size() != b.parts().size()) {
            return false;
        }
        for (int i = 0; i < a.parts().size(); i++) {
            IndexPart x = a.parts().get(i);
            IndexPart y = b.parts().get(i);
            boolean sameColumn = x.column() != null && y.column() != null && x.column().is(y.column().name());
            if (!sameColumn || !Objects.equals(Names.fold(x.collation()), Names.fold(y.collation())) || x.order() != y.order()) {
                return false;
            }
        }
        return true;
    }

    private static void addIndex(Map<String, Table> tables, MasterRow row, LoweredSql<LoweredIndex> lowered,
                                 List<InspectionProblem> problems) {
        boolean hasErrors = lowered.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (lowered.value() == null || hasErrors) {
            problems.add(new InspectionProblem(row.name(), "index " + row.name() + " on " + row.tableName()
                    + ": its CREATE INDEX cannot be read (" + reasons(lowered.diagnostics())
                    + "); the index is left out of the comparison"));
            return;
        }
        String key = Names.fold(row.tableName());
        Table table = tables.get(key);
        List<Index> indexes = new ArrayList<>(table.indexes());
        Index index = lowered.value().index();
        if (indexes.removeIf(derived -> Names.same(derived.name(), index.name()))) {
            // Possible: the autoindex of UNIQUE (email) is sqlite_autoindex_users_1, so SQLite lets
            // an index take the name we derive for the constraint. One name, one index in the model.
            problems.add(new InspectionProblem(row.name(), "table " + row.tableName() + " has a UNIQUE constraint and an index both"
                    + " named " + index.name() + " here; only the index is compared: drop one of them"));
        }
        indexes.add(index);
        tables.put(key, withIndexes(table, indexes));
    }

    private static Table withIndexes(Table t, List<Index> indexes) {
        return new Table(t.name(), t.strict(), t.withoutRowid(), t.renamedFrom(), t.columns(), t.primaryKey(), indexes,
                t.foreignKeys(), t.checks(), t.doc(), t.range(), t.nameRange());
    }

    /** The managed tables the SQL mentions, as the schema spells them, in the order first mentioned. */
    private static List<String> dependsOn(String sql, Map<String, Table> tables) {
        List<String> found = new ArrayList<>();
        for (String name : SqlNames.in(sql == null ? "" : sql)) {
            Table table = tables.get(Names.fold(name));
            if (table != null && !found.contains(table.name())) {
                found.add(table.name());
            }
        }
        return found;
    }

    private static String reasons(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "no statement";
        }
        return diagnostics.stream().limit(3)
                .map(d -> d.range().line() + ":" + d.range().column() + ": " + d.message())
                .collect(Collectors.joining("; "));
    }
}
