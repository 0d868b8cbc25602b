package io.dschema.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How generated migration files are named, with drizzle-kit's prefixes so a drizzle project's
 * migration folder keeps its layout: {@code index} (0000_name.sql), {@code timestamp}
 * (20240102030405_name.sql), {@code supabase} (the same, Supabase's style), {@code unix} (seconds since
 * 1970) and {@code none} (name only).
 */
public enum MigrationPrefix {
    INDEX, TIMESTAMP, SUPABASE, UNIX, NONE;

    /** The spelling used in dschema.json. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Exact, lower-case match: the file is JSON, written by hand, and the editor completes it. */
    public static Optional<MigrationPrefix> fromJson(String text) {
        return Arrays.stream(values()).filter(p -> p.jsonName().equals(text)).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(MigrationPrefix::jsonName).collect(Collectors.joining(", "));
    }
}
