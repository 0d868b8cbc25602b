package io.dschema.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The values used for what neither the file nor a flag says, each relative to {@code baseDir}: the
 * {@code *.dschema} files of that folder, {@code ./migrations} (or {@code ./drizzle} when a
 * drizzle-kit project already keeps its journal there, so adopting dschema does not start a second
 * migration history), {@code file:./local.db}, and drizzle-kit's own defaults for the rest.
 */
final class Defaults {

    static final String OUT = "./migrations";
    static final String DRIZZLE_OUT = "./drizzle";
    static final String DRIZZLE_JOURNAL = "drizzle/meta/_journal.json";

    private Defaults() {
    }

    static DschemaConfig complete(FileSettings file, Path configFile, Path baseDir) {
        List<SchemaEntry> schema = file.schema() != null ? file.schema() : schema(baseDir);
        DatabaseUrl url = file.url() != null ? file.url() : url(baseDir);
        MigrationsConfig migrations = new MigrationsConfig(
                file.migrationsTable() != null ? file.migrationsTable() : MigrationsConfig.DEFAULT_TABLE,
                file.prefix() != null ? file.prefix() : MigrationPrefix.INDEX);
        return new DschemaConfig(
                configFile,
                baseDir,
                schema,
                file.out() != null ? file.out() : out(baseDir),
                new DbCredentials(url, file.authToken()),
                file.verbose() != null && file.verbose(),
                file.strict() != null && file.strict(),
                file.breakpoints() == null || file.breakpoints(),
                migrations,
                file.tablesFilter() != null ? file.tablesFilter() : TablesFilter.ALL);
    }

    static List<SchemaEntry> schema(Path baseDir) {
        return List.of(new SchemaEntry("*" + SchemaFiles.EXTENSION, baseDir, Origin.defaultFor("schema", baseDir), true));
    }

    static Path out(Path baseDir) {
        String out = Files.isRegularFile(baseDir.resolve(DRIZZLE_JOURNAL)) ? DRIZZLE_OUT : OUT;
        return baseDir.resolve(out).toAbsolutePath().normalize();
    }

    static DatabaseUrl url(Path baseDir) {
        return DatabaseUrl.parse(DatabaseUrl.DEFAULT, baseDir).value();
    }
}
