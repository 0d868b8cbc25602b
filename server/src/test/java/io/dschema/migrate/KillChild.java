package io.dschema.migrate;

import io.dschema.db.Database;
import io.dschema.db.SqliteDatabase;
import io.dschema.db.StatementHook;
import io.dschema.diff.RenameAnswers;
import io.dschema.model.Schema;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link KillTest} kills: pushes a schema to a file and halts (as {@code kill -9}
 * would: no shutdown hooks, no finally blocks, no rollback) just before the statement at a given
 * position. {@code count} prints how many statements the push would run instead.
 *
 * <p>Arguments: database file, schema file, position or {@code count}.
 */
public final class KillChild {

    static final int KILLED = 99;

    private KillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Schema target = PushGoldenTest.target(Files.readString(Path.of(args[1])));
        boolean counting = args[2].equals("count");
        int killAt = counting ? -1 : Integer.parseInt(args[2]);
        StatementHook hook = (position, sql) -> {
            if (position == killAt) {
                Runtime.getRuntime().halt(KILLED);
            }
        };
        try (Database database = new SqliteDatabase(file, hook)) {
            PushPreview preview = Push.preview(database, target, PushGoldenTest.OPTIONS, RenameAnswers.DROP_AND_CREATE);
            if (counting) {
                var plan = preview.plan();
                System.out.println(plan.prologue().size() + plan.setup().size() + plan.statements().size() + plan.guards().size());
                return;
            }
            Push.apply(database, preview, target, PushGoldenTest.OPTIONS);
        }
    }
}
