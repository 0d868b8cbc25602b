package io.dschema.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The effective configuration: the file's values, defaults for what it leaves out, and flags on top.
 * Every path is absolute. {@code configFile} is null when no dschema.json was found (defaults only);
 * {@code baseDir} is the folder relative paths were resolved against (the config file's folder, or
 * the schema's / current folder without one). {@code toString} never shows the auth token.
 *
 * <p>{@code schema} keeps the entries as written (files, folders, globs), because the files they
 * match change while an editor is open: call {@link #resolveSchema()} for the current list.
 */
public record DschemaConfig(
        Path configFile,
        Path baseDir,
        List<SchemaEntry> schema,
        Path out,
        DbCredentials dbCredentials,
        boolean verbose,
        boolean strict,
        boolean breakpoints,
        MigrationsConfig migrations,
        TablesFilter tablesFilter) {

    public DschemaConfig {
        schema = List.copyOf(schema);
    }

    /** The schema files, sorted, as of now, and a problem for each entry that matches nothing. */
    public SchemaResolution resolveSchema() {
        return SchemaFiles.resolve(schema);
    }

    public DatabaseUrl url() {
        return dbCredentials.url();
    }
}
