package io.dschema.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dschema.db.Database;
import io.dschema.db.DatabaseException;
import io.dschema.db.Databases;
import io.dschema.migrate.AdoptedMigrations;
import io.dschema.migrate.AppliedMigration;
import io.dschema.migrate.MigrationLedger;
import io.dschema.migrate.MigrationStatus;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dschema status}: the applied and pending migrations, and drift (how the database differs
 * from what its applied migrations describe). Reads only. Exit 0, drift and pending migrations
 * included; 1 when {@code migrate} would refuse (an applied file edited, a pending one out of order,
 * the folder malformed); 3 when the database cannot be read.
 */
@Command(name = "status", description = "List applied and pending migrations, and drift between the database and them.",
        mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--json", description = "Print the status as JSON (docs/cli.md).")
    boolean json;

    private final Environment environment;

    StatusCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        FolderInput input = FolderInput.read(configOptions, environment, "status");
        if (!input.ok()) {
            return ExitCode.INVALID;
        }
        String name = input.config().url().displayName();
        MigrationStatus status;
        try (Database database = Databases.open(input.config().url())) {
            status = MigrationStatus.read(database, input.contents().migrations(),
                    AdoptedMigrations.of(input.contents()), DatabaseOptions.inspectOptions(input.config()));
        } catch (DatabaseException e) {
            environment.err().println("status: " + e.getMessage());
            return ExitCode.DATABASE;
        }
        MigrationLedger ledger = status.ledger();
        boolean refused = !ledger.with(MigrationLedger.State.EDITED).isEmpty()
                || !ledger.with(MigrationLedger.State.OUT_OF_ORDER).isEmpty();
        if (json) {
            printJson(status, name, input);
        } else {
            printText(status, name, input);
        }
        return refused ? ExitCode.INVALID : ExitCode.OK;
    }

    private void printText(MigrationStatus status, String name, FolderInput input) {
        var out = environment.out();
        MigrationLedger ledger = status.ledger();
        int applied = ledger.applied().size();
        int pending = ledger.pending().size();
        out.println(name + (status.databaseExists() ? "" : " (does not exist yet)") + ", "
                + environment.display(input.folder().root()) + ": " + applied + " applied, " + pending + " pending");
        int width = ledger.entries().stream().mapToInt(entry -> entry.tag().length()).max().orElse(0);
        for (MigrationLedger.Entry entry : ledger.entries()) {
            String line = String.format(Locale.ROOT, "  %-12s %-" + width + "s  %s", label(entry.state()), entry.tag(),
                    Instant.ofEpochMilli(entry.file().entry().when()));
            if (entry.state() == MigrationLedger.State.EDITED) {
                line += "  file changed since it was applied (applied sha256 " + entry.applied().hash() + ", file sha256 "
                        + entry.file().hash() + ")";
            } else if (entry.state() == MigrationLedger.State.OUT_OF_ORDER) {
                line += "  older than the newest applied migration (migrate --allow-out-of-order)";
            }
            out.println(line);
        }
        for (AppliedMigration row : ledger.unknown()) {
            out.println("  " + String.format(Locale.ROOT, "%-12s", "unknown") + " applied, not in the journal: created_at "
                    + row.createdAt() + (row.createdAt() == null ? "" : " (" + Instant.ofEpochMilli(row.createdAt()) + ")")
                    + ", hash " + row.hash());
        }
        status.driftProblems().forEach(problem -> environment.err().println("warning: " + problem));
        if (!status.databaseExists()) {
            return;
        }
        if (status.drift().isEmpty()) {
            out.println("No drift: " + name + " is what its applied migrations describe.");
        } else {
            out.println("Drift: " + name + " differs from what its applied migrations describe (migrations -> database):");
            status.drift().forEach(line -> out.println("  " + line));
        }
    }

    private static String label(MigrationLedger.State state) {
        return switch (state) {
            case APPLIED -> "applied";
            case EDITED -> "EDITED";
            case PENDING -> "pending";
            case OUT_OF_ORDER -> "OUT OF ORDER";
        };
    }

    private void printJson(MigrationStatus status, String name, FolderInput input) {
        JsonObject root = new JsonObject();
        root.addProperty("database", name);
        root.addProperty("databaseExists", status.databaseExists());
        root.addProperty("folder", environment.display(input.folder().root()));
        JsonArray migrations = new JsonArray();
        for (MigrationLedger.Entry entry : status.ledger().entries()) {
            JsonObject item = new JsonObject();
            item.addProperty("tag", entry.tag());
            item.addProperty("when", entry.file().entry().when());
            item.addProperty("date", Instant.ofEpochMilli(entry.file().entry().when()).toString());
            item.addProperty("state", entry.state().name().toLowerCase(Locale.ROOT));
            item.addProperty("hash", entry.file().hash());
            if (entry.applied() != null) {
                item.addProperty("appliedHash", entry.applied().hash());
            }
            migrations.add(item);
        }
        root.add("migrations", migrations);
        JsonArray unknown = new JsonArray();
        for (AppliedMigration row : status.ledger().unknown()) {
            JsonObject item = new JsonObject();
            if (row.createdAt() != null) {
                item.addProperty("createdAt", row.createdAt());
            }
            item.addProperty("hash", row.hash());
            unknown.add(item);
        }
        root.add("unknown", unknown);
        root.add("drift", MigrateCommand.strings(status.drift()));
        root.add("driftProblems", MigrateCommand.strings(status.driftProblems()));
        PlanReport.printJson(environment, root);
    }
}
