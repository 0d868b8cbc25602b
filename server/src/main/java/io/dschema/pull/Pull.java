package io.dschema.pull;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Queries;
import io.dschema.db.Row;
import io.dschema.diff.ChangeText;
import io.dschema.diff.DiffResult;
import io.dschema.diff.RenameAnswers;
import io.dschema.diff.SchemaChange;
import io.dschema.diff.SchemaDiffer;
import io.dschema.format.FormatResult;
import io.dschema.format.Formatter;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Inspection;
import io.dschema.sqlite.InspectionProblem;
import io.dschema.sqlite.Inspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pull, the engine side, shared by the command line and the language server: reads the database
 * (read-only), writes its tables as a formatted .dschema text, and refuses, naming the object, where
 * that text would not say what the database holds. Writing a file is the caller's business.
 *
 * <p>The text is checked before it is returned: lowered again and diffed against the database, it
 * must give no change (the promise that pull then push changes nothing). A difference there is our
 * bug, reported as a problem rather than written.
 */
public final class Pull {

    /** The name the pulled text goes by in its own diagnostics. */
    private static final String FILE = "schema.dschema";

    private Pull() {
    }

    /** Pulls an existing database; a missing one is an error (there is nothing to pull, and looking never creates it). */
    public static PullResult pull(Database database, InspectOptions options) throws DatabaseException {
        if (!database.exists()) {
            throw new DatabaseException(DatabaseException.Kind.MISSING, database.displayName()
                    + " does not exist: there is nothing to pull (check dbCredentials.url or --url)");
        }
        return pull((Queries) database, options);
    }

    /** Pulls what the queries see (a database known to exist, or a connection inside a transaction). */
    public static PullResult pull(Queries db, InspectOptions options) throws DatabaseException {
        Inspection inspection = Inspector.inspect(db, options);
        Schema inspected = inspection.schema();
        List<String> problems = new ArrayList<>();
        for (InspectionProblem problem : inspection.problems()) {
            problems.add(problem.message());
        }
        Map<String, String> stored = storedTables(db);
        List<String> warnings = new ArrayList<>();
        for (Table table : inspected.tables()) {
            for (StoredClauses.Clause clause : StoredClauses.find(table.name(), stored.get(Names.fold(table.name())))) {
                (clause.refused() ? problems : warnings).add(clause.message());
            }
        }
        SchemaPrinter.Printed printed = SchemaPrinter.print(inspected);
        problems.addAll(printed.problems());
        if (!problems.isEmpty()) {
            return new PullResult(inspected, "", problems, warnings, List.of());
        }
        FormatResult formatted = Formatter.format(printed.text());
        if (formatted.refused()) {
            problems.add("the pulled schema could not be formatted (" + formatted.reason() + "); please report it");
            return new PullResult(inspected, printed.text(), problems, warnings, List.of());
        }
        String text = formatted.text();
        return verified(inspected, text, warnings);
    }

    /** Lowers the text again: it must read without errors and equal the database. */
    private static PullResult verified(Schema inspected, String text, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(FILE, text)));
        List<Diagnostic> findings = new ArrayList<>(lowered.diagnostics());
        // lowering reports only what the text itself says wrong; the database's own design shows in the analysis
        for (Diagnostic diagnostic : lowered.diagnostics()) {
            if (diagnostic.severity() == Severity.ERROR) {
                problems.add("the pulled schema does not read back (" + diagnostic.format()
                        + "); please report it");
            }
        }
        if (problems.isEmpty()) {
            findings.addAll(Analyzer.analyze(lowered.schema()));
            DiffResult diff = SchemaDiffer.diff(inspected, lowered.schema(), RenameAnswers.NONE);
            for (SchemaChange change : diff.changes()) {
                problems.add("pull cannot write the database faithfully: reading the schema back would "
                        + ChangeText.describe(change) + "; please report it");
            }
            for (var question : diff.questions()) {
                problems.add("pull cannot write the database faithfully (" + question + "); please report it");
            }
        }
        return new PullResult(inspected, text, problems, warnings, findings);
    }

    /** Each table's CREATE text, by folded name. */
    private static Map<String, String> storedTables(Queries db) throws DatabaseException {
        Map<String, String> stored = new HashMap<>();
        for (Row row : db.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")) {
            stored.put(Names.fold(row.string("name")), row.string("sql"));
        }
        return stored;
    }
}
