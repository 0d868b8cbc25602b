package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoincrementNotRowidAliasTest {

    @Test
    void theTypeMustBeExactlyInteger() {
        String schema = """
                table users {
                  id int primary key autoincrement
                }
                """;
        assertEquals(List.of("2:10: autoincrement on column users.id needs the type exactly 'integer' (it is 'int'): "
                        + "write 'integer primary key autoincrement', or remove autoincrement"),
                SchemaFixture.withCode(schema, DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS));
    }

    @Test
    void aColumnWithoutTypeIsNotTheRowidAlias() {
        String schema = """
                table users {
                  id primary key autoincrement
                }
                """;
        assertEquals(List.of("2:6: autoincrement on column users.id needs the type exactly 'integer' (it has no type): "
                        + "write 'integer primary key autoincrement', or remove autoincrement"),
                SchemaFixture.withCode(schema, DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS));
    }

    @Test
    void notInAWithoutRowidTable() {
        String schema = """
                table events without rowid {
                  id integer primary key autoincrement
                }
                """;
        assertEquals(List.of("2:14: autoincrement is not allowed in without rowid table events: remove autoincrement, "
                        + "or remove 'without rowid'"),
                SchemaFixture.withCode(schema, DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS));
    }

    @Test
    void notWithAColumnLevelDescKey() {
        String schema = """
                table users {
                  id integer primary key desc autoincrement
                }
                """;
        assertEquals(List.of("2:14: autoincrement on column users.id does not work with 'primary key desc' "
                        + "(SQLite's rule): remove desc"),
                SchemaFixture.withCode(schema, DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS));
    }

    /** The language has no way to write it (SQLite's grammar neither), but a model may hold it. */
    @Test
    void notOnACompositeKey() {
        Table table = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", """
                table pairs {
                  a integer
                  b integer
                  primary key (a, b)
                }
                """))).schema().tables().get(0);
        PrimaryKey key = table.primaryKey();
        Table withAutoincrement = new Table(table.name(), table.strict(), table.withoutRowid(), table.renamedFrom(),
                table.columns(), new PrimaryKey(key.columns(), true, false, key.range()), table.indexes(),
                table.foreignKeys(), table.checks(), table.doc(), table.range(), table.nameRange());
        Reporter reporter = new Reporter();
        new AutoincrementNotRowidAlias().check(new AnalysisContext(Schema.ofTables(List.of(withAutoincrement))), reporter);
        assertEquals(List.of("4:3: autoincrement needs a single-column integer primary key, and the key of table pairs "
                        + "has 2 columns: remove autoincrement"),
                reporter.diagnostics().stream()
                        .map(d -> d.range().line() + ":" + d.range().column() + ": " + d.message()).toList());
    }

    @Test
    void theRowidAliasMayAutoincrementInAnyCase() {
        String schema = """
                table users {
                  id INTEGER primary key asc autoincrement
                }
                table teams {
                  id Integer primary key autoincrement
                  name text
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.AUTOINCREMENT_NOT_ROWID_ALIAS));
    }
}
