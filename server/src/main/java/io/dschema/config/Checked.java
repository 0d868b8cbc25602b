package io.dschema.config;

/**
 * The outcome of checking one value: the value, or the sentence that says what is wrong with it.
 * Keeps the value parsers free of exceptions and of knowledge about keys and positions, which the
 * caller adds when it turns the error into a {@link ConfigProblem}.
 */
record Checked<T>(T value, String error) {

    static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    static <T> Checked<T> fail(String error) {
        return new Checked<>(null, error);
    }

    boolean isOk() {
        return error == null;
    }
}
