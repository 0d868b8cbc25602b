package io.dschema.lsp;

import io.dschema.config.ConfigDiscovery;
import io.dschema.config.ConfigLoader;
import io.dschema.config.ConfigResult;
import io.dschema.config.DschemaConfig;
import io.dschema.config.Overrides;
import io.dschema.sqlite.InspectOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The schema an open document belongs to, found as the contract says: the nearest dschema.json
 * upward from the document, stopping at its workspace folder; without one, the defaults relative
 * to the document's folder, with the document itself as the schema. Loaded afresh for every pass
 * (a small file and a folder listing), so an edited config or a new schema file counts at once.
 *
 * @param key what identifies the project: its config file, or the lone document
 * @param loaded the config and its problems; {@code loaded.config()} is null when one is an error
 * @param files the schema files, sorted; the lone document when the config does not cover it
 * @param covered whether the config's schema holds the document (else only the first pass runs:
 *                the document alone is not the schema the database is pushed from)
 */
record Project(Path key, Path workspaceFolder, ConfigResult loaded, List<Path> files, boolean covered) {

    static Project forDocument(Path document, Path workspaceFolder, Map<String, String> env) {
        Path folder = document.getParent();
        Path stop = workspaceFolder == null ? folder : workspaceFolder;
        Path configFile = ConfigDiscovery.find(folder, stop).orElse(null);
        Overrides overrides = Overrides.none().withSearch(folder, stop);
        if (configFile == null) {
            overrides = overrides.withSchema(document.toString());
        }
        ConfigResult loaded = ConfigLoader.load(overrides, folder, env);
        Path key = configFile != null ? configFile : document;
        if (loaded.config() == null) {
            return new Project(key, stop, loaded, List.of(document), false);
        }
        List<Path> files = loaded.config().resolveSchema().files().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (!files.contains(document)) {
            return new Project(document, stop, loaded, List.of(document), false);
        }
        return new Project(key, stop, loaded, files, true);
    }

    DschemaConfig config() {
        return loaded.config();
    }

    /** Whether the database can be read and pushed to from here: a covered document under a valid config. */
    boolean hasTarget() {
        return covered && loaded.config() != null;
    }

    InspectOptions inspectOptions() {
        return new InspectOptions(config().tablesFilter(), config().migrations().table());
    }

    /** The target's short name for labels and messages: "local.db". */
    String databaseName() {
        return config() == null ? "the database" : config().url().displayName();
    }
}
