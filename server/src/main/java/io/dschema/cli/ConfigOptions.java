package io.dschema.cli;

import io.dschema.config.ConfigLoader;
import io.dschema.config.ConfigResult;
import io.dschema.config.Overrides;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags every command shares to find the config and override it (ARCHITECTURE.md, "Command line"). */
final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "The dschema.json to use (default: the nearest one upward).")
    String config;

    @Option(names = "--schema", paramLabel = "PATH", split = ",",
            description = "Schema files, folders or globs, instead of the config's (relative to the current folder).")
    List<String> schema;

    @Option(names = "--url", paramLabel = "URL", description = "The database URL, instead of dbCredentials.url.")
    String url;

    @Option(names = "--out", paramLabel = "DIR", description = "The migration folder, instead of the config's out.")
    String out;

    ConfigResult load(Environment environment) {
        return ConfigLoader.load(overrides(), environment.cwd(), environment.variables());
    }

    /** For a command that writes the schema: schema files that do not exist yet are no problem. */
    ConfigResult loadWithoutSchema(Environment environment) {
        return ConfigLoader.loadWithoutSchema(overrides(), environment.cwd(), environment.variables());
    }

    private Overrides overrides() {
        Overrides overrides = Overrides.none();
        if (config != null) {
            overrides = overrides.withConfig(config);
        }
        if (schema != null && !schema.isEmpty()) {
            overrides = overrides.withSchema(schema);
        }
        if (url != null) {
            overrides = overrides.withUrl(url);
        }
        if (out != null) {
            overrides = overrides.withOut(out);
        }
        return overrides;
    }
}
