package io.dschema.db;

import java.util.List;

/** What {@link Database#apply} ran, in order (prologue, statements, guards, epilogue), all committed. */
public record ApplyResult(List<String> executed) {

    public ApplyResult {
        executed = List.copyOf(executed);
    }
}
