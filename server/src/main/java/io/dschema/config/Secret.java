package io.dschema.config;

import java.util.Objects;

/**
 * A value that must never be printed (the database auth token). Its {@code toString} is a fixed
 * placeholder, so records that hold it (and their {@code toString}) are safe to log; code that needs
 * the value asks for it by name with {@link #reveal()}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret itself: pass it to the database driver, never to a message or a log. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "<redacted>";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
