package io.dschema.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts command-line flags over a configuration. A flag's relative path resolves against the current
 * folder (where the user typed it), unlike the file's, which resolve against the file's folder.
 * Flags are checked like the file's values; their problems name the flag.
 */
final class OverrideApplier {

    private OverrideApplier() {
    }

    static ConfigResult apply(DschemaConfig config, Overrides flags, Path cwd) {
        List<ConfigProblem> problems = new ArrayList<>();
        DschemaConfig result = apply(config, flags, cwd, problems);
        return new ConfigResult(problems.isEmpty() ? result : null, problems);
    }

    /** Adds the flags' problems to {@code problems}; the result keeps the config's value for a bad flag. */
    static DschemaConfig apply(DschemaConfig config, Overrides flags, Path cwd, List<ConfigProblem> problems) {
        Path here = cwd.toAbsolutePath().normalize();

        List<SchemaEntry> schema = config.schema();
        if (flags.schema() != null) {
            schema = schemaEntries(flags.schema(), here, problems);
        }
        Path out = config.out();
        if (flags.out() != null) {
            if (flags.out().isBlank()) {
                problems.add(flagError("--out", ConfigCode.BAD_VALUE, "--out: is empty; name the migration folder"));
            } else {
                Checked<Path> resolved = Paths.resolve(here, flags.out());
                if (resolved.isOk()) {
                    out = resolved.value();
                } else {
                    problems.add(flagError("--out", ConfigCode.BAD_VALUE, "--out: " + resolved.error()));
                }
            }
        }
        DbCredentials credentials = config.dbCredentials();
        if (flags.url() != null) {
            Checked<DatabaseUrl> url = DatabaseUrl.parse(flags.url(), here);
            if (url.isOk()) {
                credentials = new DbCredentials(url.value(), credentials.authToken());
            } else {
                problems.add(flagError("--url", ConfigCode.BAD_URL, "--url: " + url.error()));
            }
        }
        TablesFilter tables = config.tablesFilter();
        if (flags.tablesFilter() != null) {
            tables = tablesFilter(flags.tablesFilter(), problems);
        }
        return new DschemaConfig(
                config.configFile(),
                config.baseDir(),
                schema,
                out,
                credentials,
                flags.verbose() != null ? flags.verbose() : config.verbose(),
                flags.strict() != null ? flags.strict() : config.strict(),
                flags.breakpoints() != null ? flags.breakpoints() : config.breakpoints(),
                config.migrations(),
                tables);
    }

    private static List<SchemaEntry> schemaEntries(List<String> paths, Path cwd, List<ConfigProblem> problems) {
        List<SchemaEntry> entries = new ArrayList<>();
        if (paths.isEmpty()) {
            problems.add(flagError("--schema", ConfigCode.BAD_VALUE, "--schema: names no file; give a .dschema file,"
                    + " a folder or a glob"));
        }
        for (String path : paths) {
            if (path.isBlank()) {
                problems.add(flagError("--schema", ConfigCode.BAD_VALUE, "--schema: is empty; give a .dschema file,"
                        + " a folder or a glob"));
            } else {
                entries.add(new SchemaEntry(path, cwd, Origin.flag("--schema"), false));
            }
        }
        return entries;
    }

    private static TablesFilter tablesFilter(List<String> patterns, List<ConfigProblem> problems) {
        if (patterns.isEmpty()) {
            problems.add(flagError("--tablesFilter", ConfigCode.BAD_VALUE, "--tablesFilter: names no pattern;"
                    + " give a glob such as \"*\" or \"!legacy_*\""));
        }
        for (String pattern : patterns) {
            String problem = TablesFilter.problemWith(pattern);
            if (problem != null) {
                problems.add(flagError("--tablesFilter", ConfigCode.BAD_VALUE, "--tablesFilter: " + problem));
            }
        }
        return new TablesFilter(patterns);
    }

    private static ConfigProblem flagError(String flag, ConfigCode code, String message) {
        return ConfigProblem.error(Origin.flag(flag), code, message);
    }
}
