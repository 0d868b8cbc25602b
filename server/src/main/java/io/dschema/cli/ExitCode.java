package io.dschema.cli;

/** The exit codes of every command (ARCHITECTURE.md, "Command line"). */
public final class ExitCode {

    /** Done, or nothing to do. */
    public static final int OK = 0;
    /** Invalid input: schema, config or migration files malformed; {@code fmt --check} or {@code check} found something. */
    public static final int INVALID = 1;
    /** Refused, nothing changed. */
    public static final int REFUSED = 2;
    /** Database or connection error; anything applied was rolled back. */
    public static final int DATABASE = 3;

    private ExitCode() {
    }
}
