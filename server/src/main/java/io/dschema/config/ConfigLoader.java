package io.dschema.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point: finds dschema.json, reads and checks it, fills in defaults, applies the flags,
 * and checks that the schema paths written in the file or flags exist. It never throws on bad
 * input; every problem comes back in the {@link ConfigResult}, whose config is null when any is an
 * error (a command must not run on a configuration the user did not mean).
 *
 * <pre>{@code
 * ConfigResult r = ConfigLoader.load(overrides, Path.of(""), System.getenv());
 * r.problems().forEach(p -> System.err.println(p.format()));
 * if (r.hasErrors()) return r.exitCode();   // 1: invalid input
 * }</pre>
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * @param flags what the command line or editor says (see {@link Overrides})
     * @param cwd   the current folder: flags' relative paths and discovery start here
     * @param env   the environment for {@code ${VAR}}
     */
    public static ConfigResult load(Overrides flags, Path cwd, Map<String, String> env) {
        return load(flags, cwd, env, true);
    }

    /**
     * As {@link #load}, but a {@code schema} that matches no file is no problem: for a command that
     * writes the schema rather than reading it ({@code pull}).
     */
    public static ConfigResult loadWithoutSchema(Overrides flags, Path cwd, Map<String, String> env) {
        return load(flags, cwd, env, false);
    }

    private static ConfigResult load(Overrides flags, Path cwd, Map<String, String> env, boolean schemaMustExist) {
        Path here = cwd.toAbsolutePath().normalize();
        List<ConfigProblem> problems = new ArrayList<>();

        // Discovery starts, and without a config file defaults are relative to, the schema's folder.
        Path start = flags.searchFrom() != null ? here.resolve(flags.searchFrom()).normalize()
                : schemaFolder(flags, here).orElse(here);
        Path configFile;
        if (flags.config() != null) {
            Checked<Path> named = named(flags.config(), here);
            if (!named.isOk()) {
                problems.add(ConfigProblem.error(Origin.flag("--config"), ConfigCode.CONFIG_NOT_FOUND, named.error()));
                return new ConfigResult(null, problems);
            }
            configFile = named.value();
        } else {
            configFile = ConfigDiscovery.find(start, flags.searchStop()).orElse(null);
        }

        FileSettings settings = FileSettings.NONE;
        List<ConfigProblem> missingEnv = List.of();
        Path baseDir = start;
        if (configFile != null) {
            baseDir = configFile.getParent();
            ConfigValidator.Validation validation = readFile(configFile, env, problems);
            if (validation != null) {
                settings = validation.settings();
                problems.addAll(validation.problems());
                missingEnv = validation.missingEnv();
            }
        }

        DschemaConfig config = OverrideApplier.apply(Defaults.complete(settings, configFile, baseDir), flags, here,
                problems);
        problems.addAll(neededMissingEnv(missingEnv, flags, config));
        List<SchemaEntry> written = config.schema().stream().filter(e -> !e.implicit()).toList();
        if (schemaMustExist) {
            problems.addAll(SchemaFiles.resolve(written).problems());
        }
        problems.sort(ORDER);
        boolean failed = problems.stream().anyMatch(ConfigProblem::isError);
        return new ConfigResult(failed ? null : config, problems);
    }

    private static final Comparator<ConfigProblem> ORDER = Comparator
            .comparing((ConfigProblem p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(ConfigProblem::line)
            .thenComparingInt(ConfigProblem::column);

    /** {@code --config} may name the file or the folder holding dschema.json. */
    private static Checked<Path> named(String text, Path cwd) {
        Checked<Path> resolved = Paths.resolve(cwd, text);
        if (!resolved.isOk()) {
            return Checked.fail("--config: " + resolved.error());
        }
        Path path = resolved.value();
        if (Files.isDirectory(path)) {
            path = path.resolve(ConfigDiscovery.FILE_NAME);
        }
        if (!Files.isRegularFile(path)) {
            return Checked.fail("--config: " + path + " does not exist; fix the path, or leave --config out to use"
                    + " the nearest " + ConfigDiscovery.FILE_NAME + " above the schema");
        }
        return Checked.ok(path);
    }

    /** The folder of the first --schema path: a file's parent, a folder itself; a glob gives nothing. */
    private static Optional<Path> schemaFolder(Overrides flags, Path cwd) {
        if (flags.schema() == null || flags.schema().isEmpty() || PathGlob.isGlob(flags.schema().get(0))) {
            return Optional.empty();
        }
        Path first = Paths.resolve(cwd, flags.schema().get(0)).value();
        if (first == null) {
            return Optional.empty(); // reported when the entry is resolved
        }
        if (Files.isDirectory(first)) {
            return Optional.of(first);
        }
        return Files.isRegularFile(first) ? Optional.ofNullable(first.getParent()) : Optional.empty();
    }

    private static ConfigValidator.Validation readFile(Path file, Map<String, String> env, List<ConfigProblem> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(ConfigProblem.error(new Origin(file, "$", 0, 0), ConfigCode.SYNTAX,
                    "cannot read the file as UTF-8 text (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark some Windows editors write
        }
        PositionedJson.Document doc = PositionedJson.read(text, file);
        problems.addAll(doc.problems());
        return doc.root() == null ? null : ConfigValidator.validate(doc, file, env);
    }

    /**
     * A variable that is not set matters only where its value is used: not when a flag replaces the
     * key (so {@code --url file:./dev.db} works without the production variables), and not for
     * {@code authToken} when the database is a local file, which takes no token.
     */
    private static List<ConfigProblem> neededMissingEnv(List<ConfigProblem> missing, Overrides flags,
                                                        DschemaConfig config) {
        boolean urlUnknown = flags.url() == null && missing.stream().anyMatch(p -> p.key().equals("dbCredentials.url"));
        List<ConfigProblem> needed = new ArrayList<>();
        for (ConfigProblem p : missing) {
            boolean replaced = (p.key().equals("dbCredentials.url") && flags.url() != null)
                    || (p.key().startsWith("schema") && flags.schema() != null)
                    || (p.key().equals("out") && flags.out() != null)
                    || (p.key().startsWith("tablesFilter") && flags.tablesFilter() != null);
            boolean unusedToken = p.key().equals("dbCredentials.authToken") && !urlUnknown && config.url().isLocal();
            if (!replaced && !unusedToken) {
                needed.add(p);
            }
        }
        return needed;
    }
}
