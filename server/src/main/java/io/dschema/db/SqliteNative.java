package io.dschema.db;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in a cache folder, so that a command does not copy it out
 * of the jar into the temporary folder on every start (about 70 ms of a short push, and a stale
 * copy left in /tmp by every process that is killed). The library is extracted once per
 * sqlite-jdbc version and platform, into {@code $XDG_CACHE_HOME/dschema} (or
 * {@code ~/.cache/dschema}), written under a temporary name and moved into place, so a half-written
 * file is never loaded. Anything unusual (no resource for this platform, a read-only home, the
 * properties set by the user) leaves sqlite-jdbc to do as it always does.
 */
final class SqliteNative {

    private static boolean prepared;

    private SqliteNative() {
    }

    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Named by what the JVM says at once (asking sqlite-jdbc costs 50 ms of class loading);
            // its own platform folder is asked only to extract the library the first time.
            Path folder = cacheRoot().resolve("sqlite-jdbc-" + bundledVersion())
                    .resolve((System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_"));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + platform + "/" + name)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(folder);
                    Path partial = Files.createTempFile(folder, name, ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (Exception | LinkageError e) {
            // sqlite-jdbc extracts the library itself, as it would without us
        }
    }

    /** The sqlite-jdbc version this jar was built with (written by Maven), or sqlite-jdbc's own answer. */
    private static String bundledVersion() throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = SqliteNative.class.getResourceAsStream("sqlite-jdbc.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        String version = properties.getProperty("version", "");
        return version.isEmpty() || version.startsWith("$") ? SQLiteJDBCLoader.getVersion() : version;
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dschema").resolve("native");
    }
}
