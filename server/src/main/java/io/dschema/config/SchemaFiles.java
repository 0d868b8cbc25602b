package io.dschema.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns the entries of {@code schema} into the sorted list of schema files. A file is taken as
 * named (the user said so, whatever its extension); a folder means its {@code .dschema} files,
 * recursively; a glob means the {@code .dschema} files it matches. A file or folder that does not
 * exist, a folder without schema files, and a glob that matches nothing are each a problem naming
 * the key, so that a typo never turns into an empty schema (which push would read as "drop every
 * table").
 */
public final class SchemaFiles {

    static final String EXTENSION = ".dschema";

    private SchemaFiles() {
    }

    public static SchemaResolution resolve(List<SchemaEntry> entries) {
        TreeSet<Path> files = new TreeSet<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (SchemaEntry entry : entries) {
            Checked<List<Path>> found = find(entry);
            if (found.isOk()) {
                files.addAll(found.value());
            } else {
                problems.add(ConfigProblem.error(entry.origin(), ConfigCode.SCHEMA_NOT_FOUND,
                        entry.origin().key() + ": " + found.error()));
            }
        }
        return new SchemaResolution(new ArrayList<>(files), problems);
    }

    private static Checked<List<Path>> find(SchemaEntry entry) {
        try {
            return entry.isGlob() ? globbed(entry) : named(entry);
        } catch (IOException e) {
            return Checked.fail("cannot read " + Values.quote(entry.text()) + " (" + e.getMessage() + ")");
        } catch (InvalidPathException e) {
            return Checked.fail(Values.quote(entry.text()) + " is not a valid path (" + e.getReason() + ")");
        }
    }

    private static Checked<List<Path>> named(SchemaEntry entry) throws IOException {
        Path path = entry.path();
        if (Files.isRegularFile(path)) {
            return Checked.ok(List.of(path));
        }
        if (!Files.isDirectory(path)) {
            return Checked.fail(Values.quote(entry.text()) + " does not exist (looked for " + path
                    + "); fix the path" + relativeTo(entry));
        }
        List<Path> found = PathGlob.walk(path, relative -> relative.endsWith(EXTENSION));
        if (found.isEmpty()) {
            return Checked.fail("the folder " + path + " holds no " + EXTENSION
                    + " file; add one, or name the schema file itself");
        }
        return Checked.ok(found);
    }

    private static Checked<List<Path>> globbed(SchemaEntry entry) throws IOException {
        List<Path> found = PathGlob.matches(entry.baseDir(), entry.text()).stream()
                .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                .toList();
        if (found.isEmpty() && entry.implicit()) {
            return Checked.fail("no " + EXTENSION + " file in " + entry.baseDir() + "; pass --schema FILE, or"
                    + " name the schema in dschema.json (\"schema\": \"./schema.dschema\")");
        }
        if (found.isEmpty()) {
            return Checked.fail("the glob " + Values.quote(entry.text()) + " matches no " + EXTENSION
                    + " file under " + PathGlob.literalPrefix(entry.baseDir(), entry.text())
                    + "; fix the pattern" + relativeTo(entry));
        }
        return Checked.ok(found);
    }

    private static String relativeTo(SchemaEntry entry) {
        if (entry.origin().isFlag()) {
            return " (relative to the current folder)";
        }
        if (entry.origin().line() == 0) {
            return "";
        }
        return " (relative to " + entry.baseDir() + ", the config file's folder)";
    }
}
