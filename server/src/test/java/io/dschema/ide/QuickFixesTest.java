package io.dschema.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Severity;
import io.dschema.config.DatabaseUrl;
import io.dschema.config.TablesFilter;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickFixesTest {

    static final String FILE = "schema.dschema";

    @TempDir
    Path temp;

    // ---- helpers

    static SchemaContext context(String text, PushPreview preview) {
        List<SourceFile> files = List.of(new SourceFile(FILE, text));
        return new SchemaContext(files, Lowering.lowerSchema(files), preview);
    }

    static List<Diagnostic> diagnostics(String text) {
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(FILE, text)));
        List<Diagnostic> all = new ArrayList<>(lowered.diagnostics());
        all.addAll(Analyzer.analyze(lowered.schema()));
        return all;
    }

    static long errors(String text) {
        return diagnostics(text).stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** The fixes of the (first) analysis diagnostic with that code, found as the server sends it. */
    static List<QuickFixes.Fix> analysisFixes(String text, DiagnosticCode code) {
        Diagnostic diagnostic = diagnostics(text).stream().filter(d -> d.code() == code).findFirst().orElseThrow();
        Map<String, String> data = Map.of("start", "" + diagnostic.range().start(), "end", "" + diagnostic.range().end());
        return QuickFixes.of(context(text, null), FILE, code.id(), -1, -1, data);
    }

    /** The text with the fix's edits applied, last first so that offsets stay right. */
    static String apply(String text, QuickFixes.Fix fix) {
        List<QuickFixes.TextEdit> edits = new ArrayList<>(fix.edits());
        edits.sort(Comparator.comparingInt(QuickFixes.TextEdit::start).reversed());
        String out = text;
        for (QuickFixes.TextEdit edit : edits) {
            assertEquals(FILE, edit.file());
            int start = out.offsetByCodePoints(0, edit.start());
            int end = out.offsetByCodePoints(0, edit.end());
            out = out.substring(0, start) + edit.newText() + out.substring(end);
        }
        return out;
    }

    /** Applies the one fix, then checks the diagnostic is gone and no error appeared. */
    static String fixedAnalysis(String text, DiagnosticCode code, int which) {
        List<QuickFixes.Fix> fixes = analysisFixes(text, code);
        assertTrue(fixes.size() > which, fixes.toString());
        String fixed = apply(text, fixes.get(which));
        long before = diagnostics(text).stream().filter(d -> d.code() == code).count();
        assertEquals(before - 1, diagnostics(fixed).stream().filter(d -> d.code() == code).count(), fixed);
        long newErrors = errors(fixed) - errors(text) + (code.severity() == Severity.ERROR ? 1 : 0);
        assertEquals(0, newErrors, fixed + diagnostics(fixed));
        return fixed;
    }

    private PushPreview preview(String text, String... setup) throws Exception {
        Path file = temp.resolve("fix" + System.nanoTime() + ".db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : setup) {
                statement.execute(sql);
            }
        }
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(FILE, text)));
        try (Database database = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + file, file.toAbsolutePath()))) {
            return Push.preview(database, lowered.schema(), new InspectOptions(TablesFilter.ALL, "__drizzle_migrations"), RenameAnswers.NONE);
        }
    }

    private static Map<String, String> data(RiskDiagnostics.Finding finding) {
        Map<String, String> data = new HashMap<>();
        data.put("risk", finding.code());
        data.put("table", finding.table());
        if (finding.column() != null) {
            data.put("column", finding.column());
        }
        return data;
    }

    private static List<RiskDiagnostics.Finding> risks(String text, PushPreview preview, String code) {
        return RiskDiagnostics.of(preview, Lowering.lowerSchema(List.of(new SourceFile(FILE, text))).schema(), FILE)
                .stream().filter(f -> f.code().equals(code)).toList();
    }

    // ---- analysis fixes

    @Test
    void surprisingAffinityOffersTypesThatReadRight() {
        String text = "table events {\n  id integer primary key\n  at datetime not null\n  name string\n}\n";
        List<QuickFixes.Fix> fixes = analysisFixes(text, DiagnosticCode.SURPRISING_AFFINITY);
        assertEquals(List.of("Change type datetime to text", "Change type datetime to integer"),
                fixes.stream().map(QuickFixes.Fix::title).toList());
        String fixed = fixedAnalysis(text, DiagnosticCode.SURPRISING_AFFINITY, 0);
        assertTrue(fixed.contains("  at text not null\n"), fixed);
        String both = fixedAnalysis(fixed, DiagnosticCode.SURPRISING_AFFINITY, 0);
        assertTrue(both.contains("  name text\n"), both);
        assertEquals(List.of("real"), QuickFixes.replacements("floating point"));
    }

    @Test
    void nullablePrimaryKeyGetsNotNull() {
        String text = "table tags {\n  name text primary key\n  note text\n}\n";
        String fixed = fixedAnalysis(text, DiagnosticCode.NULLABLE_PRIMARY_KEY, 0);
        assertEquals("table tags {\n  name text not null primary key\n  note text\n}\n", fixed);
        String composite = "table pairs {\n  a text\n  b integer not null\n  primary key (a, b)\n}\n";
        assertTrue(fixedAnalysis(composite, DiagnosticCode.NULLABLE_PRIMARY_KEY, 0).contains("  a text not null\n"));
    }

    @Test
    void unknownTargetCreatesTheTableAtTheEnd() {
        String text = "table posts {\n  id integer primary key\n  user_id integer references users(id)\n}";
        String fixed = fixedAnalysis(text, DiagnosticCode.UNKNOWN_TABLE, 0);
        assertEquals(text + "\n\ntable users {\n  id integer primary key\n}\n", fixed);

        String named = "table posts {\n  id integer primary key\n  owner text references people(handle)\n}\n";
        assertTrue(fixedAnalysis(named, DiagnosticCode.UNKNOWN_TABLE, 0)
                .endsWith("}\n\ntable people {\n  handle text not null primary key\n}\n"));

        String bare = "table posts {\n  id integer primary key\n  user_id integer\n  foreign key (user_id) references users\n}\n";
        assertTrue(fixedAnalysis(bare, DiagnosticCode.UNKNOWN_TABLE, 0).contains("table users {\n  id integer primary key\n}"));
    }

    @Test
    void parentWithoutUniqueGetsOne() {
        String text = "table users {\n  id integer primary key\n  email text\n}\n"
                + "table posts {\n  id integer primary key\n  author text references users(email)\n}\n";
        String fixed = fixedAnalysis(text, DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE, 0);
        assertTrue(fixed.contains("  email text unique\n"), fixed);

        String pair = "table users {\n  id integer primary key\n  org text\n  login text\n}\n"
                + "table posts {\n  id integer primary key\n  org text\n  login text\n"
                + "  foreign key (org, login) references users(org, login)\n}\n";
        String fixedPair = fixedAnalysis(pair, DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE, 0);
        assertTrue(fixedPair.startsWith("table users {\n  id integer primary key\n  org text\n  login text\n  unique (org, login)\n}\n"),
                fixedPair);
    }

    @Test
    void aFixMatchesByRangeWhenTheDataSaysNothing() {
        String text = "table tags {\n  name text primary key\n}\n";
        Diagnostic diagnostic = diagnostics(text).stream().filter(d -> d.code() == DiagnosticCode.NULLABLE_PRIMARY_KEY)
                .findFirst().orElseThrow();
        List<QuickFixes.Fix> fixes = QuickFixes.of(context(text, null), FILE, "DS2008", diagnostic.range().start(),
                diagnostic.range().end(), Map.of());
        assertEquals(1, fixes.size());
        // elsewhere, or for another code, nothing
        assertTrue(QuickFixes.of(context(text, null), FILE, "DS2008", 0, 0, Map.of()).isEmpty());
        assertTrue(QuickFixes.of(context(text, null), FILE, "DS9999", 20, 20, Map.of()).isEmpty());
        assertTrue(QuickFixes.of(context(text, null), "other.dschema", "DS2008", 20, 20, Map.of()).isEmpty());
        assertTrue(QuickFixes.of(context(text, null), FILE, "WILL_FAIL", 20, 20, Map.of("table", "nope")).isEmpty());
    }

    // ---- risk fixes

    @Test
    void notNullColumnOnATableWithRowsGetsADefault() throws Exception {
        String[] setup = {"CREATE TABLE users (id integer PRIMARY KEY, name text)", "INSERT INTO users VALUES (1, 'a'), (2, 'b')"};
        String text = "table users {\n  id integer primary key\n  name text\n  age integer not null\n  nick text not null\n"
                + "  data blob not null\n  score real not null\n}\n";
        PushPreview preview = preview(text, setup);
        List<RiskDiagnostics.Finding> failing = risks(text, preview, "WILL_FAIL");
        assertFalse(failing.isEmpty());
        String fixed = text;
        for (RiskDiagnostics.Finding finding : failing) {
            List<QuickFixes.Fix> fixes = QuickFixes.of(context(fixed, preview), FILE, finding.code(), -1, -1, data(finding));
            if (!fixes.isEmpty()) {
                fixed = apply(fixed, fixes.get(0));
            }
        }
        assertTrue(fixed.contains("  age integer default 0 not null\n"), fixed);
        assertTrue(fixed.contains("  nick text default '' not null\n"), fixed);
        assertTrue(fixed.contains("  data blob default x'' not null\n"), fixed);
        assertTrue(fixed.contains("  score real default 0.0 not null\n"), fixed);
        assertEquals(0, errors(fixed));
        assertTrue(risks(fixed, preview(fixed, setupAgain(setup)), "WILL_FAIL").isEmpty(), fixed);
    }

    /** The same rows in a fresh database (each preview has its own file). */
    private static String[] setupAgain(String[] setup) {
        return setup;
    }

    @Test
    void dropPlusAddBecomesARename() throws Exception {
        String[] setup = {"CREATE TABLE users (id integer PRIMARY KEY, email text, phone text)",
                "CREATE TABLE people (id integer PRIMARY KEY)", "INSERT INTO users VALUES (1, 'a@x', '1')"};
        String text = "table users {\n  id integer primary key\n  mail text\n}\ntable persons strict {\n  id integer primary key\n}\n";
        PushPreview preview = preview(text, setup);
        List<RiskDiagnostics.Finding> questions = risks(text, preview, RiskDiagnostics.RENAME_QUESTION);
        assertEquals(2, questions.size(), questions.toString());
        RiskDiagnostics.Finding column = questions.stream().filter(f -> f.column() != null).findFirst().orElseThrow();
        List<QuickFixes.Fix> fixes = QuickFixes.of(context(text, preview), FILE, column.code(), -1, -1, data(column));
        assertEquals(List.of("Treat as rename of email", "Treat as rename of phone"), fixes.stream().map(QuickFixes.Fix::title).toList());
        String fixed = apply(text, fixes.get(0));
        RiskDiagnostics.Finding table = questions.stream().filter(f -> f.column() == null).findFirst().orElseThrow();
        List<QuickFixes.Fix> tableFixes = QuickFixes.of(context(fixed, preview), FILE, table.code(), -1, -1, data(table));
        assertEquals(1, tableFixes.size());
        fixed = apply(fixed, tableFixes.get(0));
        assertEquals("table users {\n  id integer primary key\n  mail text renamed from email\n}\n"
                + "table persons strict renamed from people {\n  id integer primary key\n}\n", fixed);
        assertEquals(0, errors(fixed));
        PushPreview after = preview(fixed, setup);
        assertTrue(risks(fixed, after, RiskDiagnostics.RENAME_QUESTION).isEmpty());
    }

    @Test
    void staleHintIsFoundAndRemoved() throws Exception {
        String[] setup = {"CREATE TABLE users (id integer PRIMARY KEY, email text)", "CREATE TABLE teams (id integer PRIMARY KEY)"};
        String text = "table users {\n  id integer primary key\n  email text renamed from mail // moved\n}\n"
                + "table teams renamed from groups {\n  id integer primary key\n}\n";
        PushPreview preview = preview(text, setup);
        var database = preview.inspection().schema();
        var target = Lowering.lowerSchema(List.of(new SourceFile(FILE, text))).schema();
        List<RiskDiagnostics.Finding> stale = StaleRenameHints.of(database, target);
        assertEquals(2, stale.size(), stale.toString());
        String fixed = text;
        for (RiskDiagnostics.Finding finding : List.of(stale.get(1), stale.get(0))) {
            List<QuickFixes.Fix> fixes = QuickFixes.of(context(fixed, preview), FILE, finding.code(), -1, -1, data(finding));
            assertEquals(1, fixes.size());
            fixed = apply(fixed, fixes.get(0));
        }
        assertEquals("table users {\n  id integer primary key\n  email text // moved\n}\n"
                + "table teams {\n  id integer primary key\n}\n", fixed);
        assertEquals(0, errors(fixed));
        assertTrue(StaleRenameHints.of(database, Lowering.lowerSchema(List.of(new SourceFile(FILE, fixed))).schema()).isEmpty());
        // a hint the database still needs is not stale
        assertTrue(StaleRenameHints.of(preview("table users {\n  id integer primary key\n  mail text renamed from email\n}\n", setup)
                .inspection().schema(), Lowering.lowerSchema(List.of(new SourceFile(FILE,
                "table users {\n  id integer primary key\n  mail text renamed from email\n}\n"))).schema()).isEmpty());
    }
}
