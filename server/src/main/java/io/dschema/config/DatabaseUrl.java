package io.dschema.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A database location that dschema accepts: a local SQLite file ({@code file:}, with {@link #file()}
 * absolute), an in-memory database, a libSQL / Turso server ({@code libsql://}, {@code https://}), or
 * a local libSQL server over plain {@code http://} (loopback only: a token sent in clear text must
 * not leave the machine).
 *
 * <p>{@code toString} and {@link #redacted()} drop user info and query strings, which can carry a
 * token ({@code ?authToken=...}).
 */
public record DatabaseUrl(Kind kind, String url, Path file) {

    public enum Kind { FILE, MEMORY, LIBSQL, HTTPS, HTTP }

    /** Said by every URL error, so the user sees at once what would be accepted. */
    static final String ACCEPTED = "use file:./local.db (a SQLite file, relative to the config file's folder),"
            + " file::memory:, libsql://<host> or https://<host> (Turso or another libSQL server),"
            + " or http:// to localhost, 127.0.0.1 or [::1] (plain http only to this machine)";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public static final String DEFAULT = "file:./local.db";

    /** Parses {@code text}; a relative {@code file:} path resolves against {@code baseDir}. */
    static Checked<DatabaseUrl> parse(String text, Path baseDir) {
        if (text.equals(":memory:") || text.equals("file::memory:")) {
            return Checked.ok(new DatabaseUrl(Kind.MEMORY, "file::memory:", null));
        }
        if (text.startsWith("file:")) {
            return parseFile(text.substring("file:".length()), baseDir);
        }
        if (text.startsWith("libsql://")) {
            return parseRemote(text, Kind.LIBSQL);
        }
        if (text.startsWith("https://")) {
            return parseRemote(text, Kind.HTTPS);
        }
        if (text.startsWith("http://")) {
            return parseRemote(text, Kind.HTTP);
        }
        if (looksLikePath(text)) {
            return Checked.fail(quote(text) + " is a path, not a URL; write a local SQLite file as "
                    + quote("file:" + text));
        }
        return Checked.fail(quote(redact(text)) + " is not an accepted database URL; " + ACCEPTED);
    }

    private static Checked<DatabaseUrl> parseFile(String rest, Path baseDir) {
        String path = rest;
        if (path.startsWith("//")) {
            // file:///abs/path or file://localhost/abs/path: the RFC 8089 forms of an absolute path.
            String afterSlashes = path.substring(2);
            int slash = afterSlashes.indexOf('/');
            String host = slash < 0 ? afterSlashes : afterSlashes.substring(0, slash);
            if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                return Checked.fail(quote("file:" + rest) + " names a file on another host (" + host
                        + "); use a local path such as file:./local.db");
            }
            path = slash < 0 ? "" : afterSlashes.substring(slash);
        }
        if (path.isEmpty()) {
            return Checked.fail("\"file:\" has no path; write the file, e.g. file:./local.db");
        }
        Checked<Path> file = Paths.resolve(baseDir, path);
        if (!file.isOk()) {
            return Checked.fail(file.error());
        }
        return Checked.ok(new DatabaseUrl(Kind.FILE, "file:" + file.value(), file.value()));
    }

    private static Checked<DatabaseUrl> parseRemote(String text, Kind kind) {
        String host = hostOf(text);
        if (host.isEmpty()) {
            return Checked.fail(quote(redact(text)) + " has no host name; " + ACCEPTED);
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Checked.fail(quote(redact(text)) + " contains white space; remove it");
        }
        if (kind == Kind.HTTP && !isLoopback(host)) {
            return Checked.fail(quote(redact(text)) + " would send the database traffic and token unencrypted to "
                    + host + "; plain http:// is accepted only for localhost, 127.0.0.1 or [::1]:"
                    + " use https:// or libsql:// for a remote server");
        }
        return Checked.ok(new DatabaseUrl(kind, text, null));
    }

    /**
     * The host of {@code scheme://[user@]host[:port][/path][?query]}, read by hand rather than with
     * {@link java.net.URI}, which gives no host for names with an underscore.
     */
    static String hostOf(String url) {
        String authority = url.substring(url.indexOf("://") + 3);
        int end = 0;
        while (end < authority.length() && "/?#".indexOf(authority.charAt(end)) < 0) {
            end++;
        }
        authority = authority.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? authority : authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    /** Loopback without asking DNS: the name {@code localhost}, or a literal address in 127/8 or ::1. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        boolean ipv6 = h.startsWith("[") && h.endsWith("]");
        if (!ipv6 && !IPV4.matcher(h).matches()) {
            return false; // a name other than localhost: never resolved, never trusted
        }
        try {
            // Only literals reach here, so this parses the address and performs no lookup.
            return InetAddress.getByName(ipv6 ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean looksLikePath(String text) {
        return text.endsWith(".db") || text.endsWith(".sqlite") || text.endsWith(".sqlite3")
                || text.startsWith("./") || text.startsWith("/");
    }

    /** The URL without user info and query string, safe for messages. */
    static String redact(String text) {
        String out = text;
        int query = out.indexOf('?');
        if (query >= 0) {
            out = out.substring(0, query) + "?…";
        }
        int scheme = out.indexOf("://");
        int at = out.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            out = out.substring(0, scheme + 3) + "…@" + out.substring(at + 1);
        }
        return out;
    }

    private static String quote(String text) {
        return Values.quote(text);
    }

    public boolean isLocal() {
        return kind == Kind.FILE || kind == Kind.MEMORY;
    }

    /** The URL safe to show to a user or a log. */
    public String redacted() {
        return redact(url);
    }

    /** A short name for messages and editor actions: the file name, or the host. */
    public String displayName() {
        return switch (kind) {
            case FILE -> file.getFileName().toString();
            case MEMORY -> ":memory:";
            default -> hostOf(url);
        };
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + kind + " " + redacted() + "]";
    }
}
