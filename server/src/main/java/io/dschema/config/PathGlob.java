package io.dschema.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * File globs as people write them in JSON configs ({@code src/**}{@code /*.dschema}): {@code *} and
 * {@code ?} within one folder name, {@code **} across folders ({@code **}{@code /} also matching no
 * folder at all, unlike {@link java.nio.file.PathMatcher}), {@code {a,b}} alternatives and
 * {@code [...]} classes. Always {@code /}-separated, so one config works on every system.
 *
 * <p>Walks skip hidden folders and {@code node_modules} below the starting folder: a project-wide
 * glob must not wander into {@code .git} or a dependency tree.
 */
final class PathGlob {

    private PathGlob() {
    }

    static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The folder a glob starts from: its leading segments that hold no glob character. */
    static Path literalPrefix(Path baseDir, String glob) {
        return baseDir.resolve(split(glob)[0]).toAbsolutePath().normalize();
    }

    /** The regular files under the glob's literal prefix whose path matches it, sorted. */
    static List<Path> matches(Path baseDir, String glob) throws IOException {
        String[] parts = split(glob);
        Path root = baseDir.resolve(parts[0]).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Pattern pattern = toRegex(parts[1]);
        return walk(root, relative -> pattern.matcher(relative).matches());
    }

    /** Regular files under {@code root} whose {@code /}-separated relative path passes {@code test}. */
    static List<Path> walk(Path root, Predicate<String> test) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (attrs.isRegularFile() && test.test(relative)) {
                    found.add(file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable corner must not hide the rest
            }
        });
        found.sort(null);
        return found;
    }

    /** {literal folder, glob rest}: the split falls before the first segment holding a glob character. */
    private static String[] split(String glob) {
        String[] segments = glob.split("/", -1);
        int first = 0;
        while (first < segments.length && !isGlob(segments[first])) {
            first++;
        }
        if (first == segments.length) {
            return new String[] {glob, ""};
        }
        String literal = String.join("/", java.util.Arrays.copyOfRange(segments, 0, first));
        String rest = String.join("/", java.util.Arrays.copyOfRange(segments, first, segments.length));
        if (literal.isEmpty() && glob.startsWith("/")) {
            literal = "/";
        }
        return new String[] {literal.isEmpty() ? "." : literal, rest};
    }

    static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{' && !inGroup) {
                inGroup = true;
                regex.append("(?:");
            } else if (c == ',' && inGroup) {
                regex.append('|');
            } else if (c == '}' && inGroup) {
                inGroup = false;
                regex.append(')');
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    regex.append("\\[");
                } else {
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    regex.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inGroup) {
            regex.append(')');
        }
        try {
            return Pattern.compile(regex.toString());
        } catch (java.util.regex.PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(glob)); // a broken [class]: match the text literally
        }
    }
}
