package io.dschema.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line (or the editor) says on top of dschema.json. A null field says nothing.
 * Paths are as typed: relative ones resolve against the current folder, not the config file's.
 *
 * @param config      {@code --config}: the config file (or a folder holding dschema.json); skips discovery
 * @param schema      {@code --schema}: files, folders or globs replacing the file's {@code schema}
 * @param url         {@code --url}: replaces {@code dbCredentials.url} (the file's token is kept)
 * @param out         {@code --out}: the migration folder
 * @param verbose     {@code --verbose}
 * @param strict      {@code --strict}
 * @param breakpoints {@code --breakpoints}
 * @param tablesFilter {@code --tablesFilter}: replaces the file's patterns
 * @param searchFrom  where discovery starts (the editor: the open document's folder); null: the
 *                    folder of the first {@code --schema} path, else the current folder
 * @param searchStop  the last folder discovery looks in (the editor: the workspace folder); null:
 *                    the file system's root
 */
public record Overrides(String config, List<String> schema, String url, String out, Boolean verbose,
                        Boolean strict, Boolean breakpoints, List<String> tablesFilter, Path searchFrom,
                        Path searchStop) {

    public Overrides {
        schema = schema == null ? null : List.copyOf(schema);
        tablesFilter = tablesFilter == null ? null : List.copyOf(tablesFilter);
    }

    public static Overrides none() {
        return new Overrides(null, null, null, null, null, null, null, null, null, null);
    }

    public Overrides withConfig(String path) {
        return new Overrides(path, schema, url, out, verbose, strict, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withSchema(String... paths) {
        return withSchema(List.of(paths));
    }

    public Overrides withSchema(List<String> paths) {
        return new Overrides(config, paths, url, out, verbose, strict, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withUrl(String newUrl) {
        return new Overrides(config, schema, newUrl, out, verbose, strict, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withOut(String path) {
        return new Overrides(config, schema, url, path, verbose, strict, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withVerbose(boolean on) {
        return new Overrides(config, schema, url, out, on, strict, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withStrict(boolean on) {
        return new Overrides(config, schema, url, out, verbose, on, breakpoints, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withBreakpoints(boolean on) {
        return new Overrides(config, schema, url, out, verbose, strict, on, tablesFilter, searchFrom, searchStop);
    }

    public Overrides withTablesFilter(List<String> patterns) {
        return new Overrides(config, schema, url, out, verbose, strict, breakpoints, patterns, searchFrom, searchStop);
    }

    /** Discovery from {@code from} upward, stopping after {@code stop} (null: the root). */
    public Overrides withSearch(Path from, Path stop) {
        return new Overrides(config, schema, url, out, verbose, strict, breakpoints, tablesFilter, from, stop);
    }

    /** Applies these flags to {@code config}, resolving relative flag paths against {@code cwd}. */
    public ConfigResult applyTo(DschemaConfig config, Path cwd) {
        return OverrideApplier.apply(config, this, cwd);
    }
}
