package io.dschema.diff;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.lower.LoweredIndex;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.LoweredSql;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Schemas from .dschema text or from SQL run in SQLite, and diffs printed one line per change. */
final class DiffFixture {

    private DiffFixture() {
    }

    /** A schema from .dschema text that must check clean (no errors). */
    static Schema schema(String text) {
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text)));
        List<Diagnostic> errors = new ArrayList<>(lowered.diagnostics());
        errors.addAll(Analyzer.analyze(lowered.schema()));
        errors.removeIf(d -> d.severity() != Severity.ERROR);
        if (!errors.isEmpty()) {
            fail("the test schema has errors: " + errors + "\n" + text);
        }
        return lowered.schema();
    }

    /** A schema from .dschema text as lowered, errors and all (the differ must cope with what analysis refuses). */
    static Schema unchecked(String text) {
        return Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text))).schema();
    }

    /**
     * The baseline an inspector would read after running the statements in SQLite: every table and
     * index in sqlite_master, lowered from the text SQLite stored (a tiny stand-in for the Inspector).
     */
    static Schema sqlite(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            for (String one : sql.split(";")) {
                if (!one.isBlank()) {
                    statement.execute(one);
                }
            }
            List<Table> tables = new ArrayList<>();
            List<LoweredIndex> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select type, name, sql from sqlite_master "
                    + "where sql is not null and name not like 'sqlite\\_%' escape '\\' order by rowid")) {
                while (rows.next()) {
                    String stored = rows.getString("sql");
                    if (rows.getString("type").equals("table")) {
                        tables.add(read(Lowering.lowerCreateTable(stored), stored));
                    } else if (rows.getString("type").equals("index")) {
                        indexes.add(read(Lowering.lowerCreateIndex(stored), stored));
                    }
                }
            }
            List<Table> withIndexes = new ArrayList<>();
            for (Table table : tables) {
                List<Index> all = new ArrayList<>(table.indexes());
                for (LoweredIndex index : indexes) {
                    if (io.dschema.model.Names.same(index.tableName(), table.name())) {
                        all.add(index.index());
                    }
                }
                withIndexes.add(new Table(table.name(), table.strict(), table.withoutRowid(), null, table.columns(),
                        table.primaryKey(), all, table.foreignKeys(), table.checks(), null, table.range(),
                        table.nameRange()));
            }
            return Schema.ofTables(withIndexes);
        } catch (SQLException e) {
            throw new AssertionError("SQLite refused the test SQL: " + e.getMessage(), e);
        }
    }

    private static <T> T read(LoweredSql<T> lowered, String sql) {
        if (lowered.value() == null) {
            fail("could not lower " + sql + ": " + lowered.diagnostics());
        }
        return lowered.value();
    }

    static DiffResult diff(Schema before, Schema after) {
        return SchemaDiffer.diff(before, after, RenameAnswers.NONE);
    }

    static List<String> changes(Schema before, Schema after) {
        return ChangeText.describe(diff(before, after).changes());
    }

    static List<String> changes(String before, String after) {
        return changes(schema(before), schema(after));
    }

    /** The changes, questions and hint problems of a diff, one line each, for one assertion. */
    static List<String> all(DiffResult result) {
        List<String> lines = new ArrayList<>(ChangeText.describe(result.changes()));
        for (RenameQuestion question : result.questions()) {
            lines.add("question " + question.kind().name().toLowerCase() + " "
                    + (question.table() == null ? "" : question.table() + ".") + question.added()
                    + " renamed from one of " + question.candidates() + "?");
        }
        for (String problem : result.hintProblems()) {
            lines.add("problem: " + problem);
        }
        return lines;
    }
}
