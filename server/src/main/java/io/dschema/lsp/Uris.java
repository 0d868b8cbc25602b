package io.dschema.lsp;

import java.net.URI;
import java.nio.file.Path;

/** File URIs as clients send them, and back. Anything that is not a file URI is no path (null), never an exception. */
final class Uris {

    private Uris() {
    }

    static Path toPath(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String toUri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }
}
