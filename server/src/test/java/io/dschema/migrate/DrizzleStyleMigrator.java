package io.dschema.migrate;

import io.dschema.migrate.folder.MigrationFile;
import io.dschema.migrate.folder.MigrationFolder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * drizzle-orm's better-sqlite3 migrator, as the reference describes it (4.1-4.4): foreign keys on
 * (better-sqlite3's default), {@code __drizzle_migrations} created as drizzle-orm creates it, the
 * pending migrations (journal {@code when} above the newest {@code created_at}) in ONE transaction,
 * each file's chunks run one by one (a chunk holding two statements is refused, as better-sqlite3
 * refuses it), the hash recorded per file.
 */
public final class DrizzleStyleMigrator {

    private DrizzleStyleMigrator() {
    }

    /** Applies what is pending; returns how many migrations ran. */
    public static int migrate(Path database, Path folder) throws SQLException {
        MigrationFolder.Contents contents = new MigrationFolder(folder).read();
        if (!contents.problems().isEmpty()) {
            throw new IllegalStateException(contents.problems().toString());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys=ON");
            statement.execute("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n"
                    + "\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at numeric\n\t\t\t)");
            Long last = null;
            try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery(
                    "SELECT id, hash, created_at FROM \"__drizzle_migrations\" ORDER BY created_at DESC LIMIT 1")) {
                if (rs.next()) {
                    last = rs.getLong(3);
                }
            }
            int applied = 0;
            statement.execute("BEGIN");
            try {
                for (MigrationFile migration : contents.migrations()) {
                    if (last != null && last >= migration.entry().when()) {
                        continue;
                    }
                    for (String chunk : migration.chunks()) {
                        List<String> statements = io.dschema.sqlite.SqlSplitter.split(chunk);
                        if (statements.size() != 1) {
                            throw new SQLException("better-sqlite3 runs one statement per chunk, this one has "
                                    + statements.size() + ": " + chunk);
                        }
                        try (Statement run = connection.createStatement()) {
                            run.execute(chunk);
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES(?, ?)")) {
                        insert.setString(1, migration.hash());
                        insert.setLong(2, migration.entry().when());
                        insert.executeUpdate();
                    }
                    applied++;
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                try (Statement rollback = connection.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
                throw e;
            }
            return applied;
        }
    }
}
