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
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            Path folder = cacheRoot().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform.replace('/', '-'));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
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

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dschema").resolve("native");
    }
}
