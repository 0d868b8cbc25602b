package io.dschema.lsp;

import java.util.List;

/**
 * The shapes dschema adds to the protocol (docs/lsp.md): the commands' results and the
 * {@code dschema/status} notification. Plain records, serialised as JSON objects with these field
 * names; a field that does not apply is null.
 */
public final class Protocol {

    private Protocol() {
    }

    /** The command ids, as declared in {@code executeCommandProvider}. */
    public static final String PUSH = "dschema.push";
    public static final String PREVIEW = "dschema.preview";
    public static final String GENERATE = "dschema.generate";
    public static final String CHECK = "dschema.check";
    public static final String MIGRATE = "dschema.migrate";
    public static final String PULL = "dschema.pull";
    public static final List<String> COMMANDS = List.of(PUSH, PREVIEW, GENERATE, CHECK, MIGRATE, PULL);

    /** The notification telling clients the target and how far it is from the schema. */
    public static final String STATUS = "dschema/status";

    /**
     * One planned step and its risk, as push or preview sees it.
     *
     * @param risk the risk kind's name: SAFE, REBUILD, CHANGES_VALUES, LOSES_DATA, MAY_FAIL, WILL_FAIL
     * @param reasons one line per counted hazard, counts filled in
     */
    public record Risk(String table, String summary, String risk, List<String> reasons, List<String> statements) {
    }

    /**
     * What {@code dschema.push} did.
     *
     * @param applied whether anything was applied
     * @param outcome one of "applied", "nothing to do", "refused", "cancelled", "invalid", "failed"
     * @param statements the statements run, in order (empty unless applied)
     * @param backup where a copy of the database was kept before data was dropped, or null
     */
    public record PushResult(boolean applied, String outcome, String database, String message, List<String> statements,
                             List<Risk> risks, String backup) {
    }

    /**
     * What {@code dschema.preview} found: what push would run, nothing applied.
     *
     * @param sql every statement push would run, in order (the plan's prologue, steps and epilogue)
     * @param questions open rename questions, one line each (push asks them)
     */
    public record PreviewResult(String database, boolean valid, String message, List<String> sql, List<Risk> risks,
                                List<String> questions) {
    }

    /**
     * What {@code dschema.generate} wrote.
     *
     * @param files the files written, as URIs: the migration's .sql, its snapshot, the journal
     * @param changes one line per change the migration holds
     */
    public record GenerateResult(boolean written, String outcome, String message, String tag, List<String> files,
                                 List<String> changes) {
    }

    /**
     * What {@code dschema.migrate} applied.
     *
     * @param outcome one of "applied", "up to date", "invalid" (nothing applied: config, folder, an
     *                edited or out-of-order migration), "failed" (a migration failed and was rolled
     *                back; the ones in {@code applied} stay)
     * @param applied the migrations this run committed, in order
     * @param problems why nothing was applied, one line each
     */
    public record MigrateResult(boolean ok, String outcome, String database, String message, List<Migration> applied,
                                List<String> warnings, List<String> problems) {
    }

    /** One applied migration: its tag (the .sql file's name without extension) and its statement count. */
    public record Migration(String tag, int statements) {
    }

    /**
     * What {@code dschema.pull} wrote: always a new file, never over an existing one.
     *
     * @param outcome one of "written", "invalid" (config errors, a database a schema cannot say), "failed"
     * @param uri the new file, or null when nothing was written
     * @param tables the tables pulled
     */
    public record PulledResult(boolean written, String outcome, String database, String message, String uri,
                               List<String> tables, List<String> warnings, List<String> problems) {
    }

    /** One finding of {@code dschema.check}: lines and columns 1-based, as on the command line. */
    public record Finding(String uri, int line, int column, String severity, String code, String message) {
    }

    public record CheckResult(boolean valid, List<Finding> findings) {
    }

    /**
     * The {@code dschema/status} notification, sent after each risk pass of a project.
     *
     * @param project the project's config file (or its lone schema file), as a URI
     * @param database the target's short name ("local.db"), or null when the schema has no target
     * @param pending changes (and open rename questions) between the database and the schema; -1 when not known
     * @param message why {@code pending} is not known, or what stands out ("local.db does not exist yet"); null otherwise
     */
    public record Status(String project, String database, int pending, String message) {
    }
}
