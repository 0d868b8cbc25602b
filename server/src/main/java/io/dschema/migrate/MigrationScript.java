package io.dschema.migrate;

import io.dschema.migrate.folder.MigrationFile;
import io.dschema.plan.Plan;
import io.dschema.plan.RiskKind;
import io.dschema.plan.Step;
import io.dschema.sqlite.SqlSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file made ready to run on its own, atomically: the chunks drizzle-orm would run,
 * each cut into single statements, and the {@code PRAGMA foreign_keys=...} statements taken out of
 * the transaction (inside one, SQLite ignores them: drizzle-orm's migrator runs a rebuilt parent
 * with foreign keys on and its {@code ON DELETE CASCADE} children go). A file that turns foreign keys
 * off anywhere runs with them off from its first statement to its last and on again after COMMIT;
 * any other file runs with them on, as drizzle-orm's drivers and applications do.
 *
 * @param statements what runs inside the transaction, in file order (pragmas taken out)
 * @param foreignKeysOff whether the file turns foreign keys off
 * @param warnings for the user, at most one per kind (a file written without breakpoints)
 * @param problems why the file cannot run as a migration (it would end the transaction itself)
 */
public record MigrationScript(MigrationFile file, List<String> statements, boolean foreignKeysOff, List<String> warnings,
                              List<String> problems) {

    private static final Pattern FOREIGN_KEYS = Pattern.compile(
            "(?is)PRAGMA\\s+(?:main\\s*\\.\\s*)?foreign_keys\\s*=\\s*['\"]?(\\w+)['\"]?\\s*");
    private static final Set<String> OFF = Set.of("OFF", "0", "FALSE", "NO");
    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK");

    public MigrationScript {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    public static MigrationScript of(MigrationFile file) {
        String name = file.entry().tag() + ".sql";
        List<String> statements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean off = false;
        int crowded = 0;
        for (String chunk : file.chunks()) {
            List<String> inChunk = SqlSplitter.split(chunk);
            if (inChunk.size() > 1) {
                crowded = Math.max(crowded, inChunk.size());
            }
            for (String statement : inChunk) {
                Matcher pragma = FOREIGN_KEYS.matcher(statement);
                if (pragma.matches()) {
                    off |= OFF.contains(pragma.group(1).toUpperCase(Locale.ROOT));
                    continue;
                }
                String keyword = SqlSplitter.firstKeyword(statement);
                if (TRANSACTION_CONTROL.contains(keyword)) {
                    problems.add(name + ": " + keyword + " would end the transaction the migration runs in; remove it"
                            + " (every migration runs in a transaction of its own)");
                }
                statements.add(statement);
            }
        }
        if (crowded > 0) {
            warnings.add(name + " holds several statements in one chunk (written with \"breakpoints\": false):"
                    + " dschema runs them one by one, drizzle-orm's better-sqlite3 migrator cannot run this file");
        }
        return new MigrationScript(file, statements, off, warnings, problems);
    }

    /**
     * The plan {@code Database.apply} runs: the foreign key pragma outside the transaction, the
     * migrations table created (if missing) first inside it, the file's statements, and the row
     * recording it as the last statement, so that the file and its row commit together or not at all.
     */
    public Plan plan(String table) {
        String tag = file.entry().tag();
        List<Step> steps = new ArrayList<>();
        for (String statement : statements) {
            steps.add(new Step(tag, tag + ": " + firstLine(statement), RiskKind.SAFE, List.of(), List.of(statement)));
        }
        steps.add(new Step(table, "record " + tag + " in " + table, RiskKind.SAFE, List.of(),
                List.of(MigrationsTable.insertSql(table, file.hash(), file.entry().when()))));
        return new Plan(List.of(foreignKeysOff ? "PRAGMA foreign_keys=OFF" : "PRAGMA foreign_keys=ON"),
                List.of(MigrationsTable.createSql(table)), steps, List.of(),
                foreignKeysOff ? List.of("PRAGMA foreign_keys=ON") : List.of());
    }

    private static String firstLine(String statement) {
        int end = statement.indexOf('\n');
        return end < 0 ? statement : statement.substring(0, end);
    }
}
