package io.dschema.model;

import java.util.List;

/**
 * A foreign key. SQLite keeps no names for them: two are the same when columns, target and actions
 * are the same.
 *
 * @param targetColumns empty when none are written: the target's primary key
 */
public record ForeignKey(
        List<NameRef> columns,
        NameRef targetTable,
        List<NameRef> targetColumns,
        Action onDelete,
        Action onUpdate,
        Deferrable deferrable,
        boolean columnLevel,
        SourceRange range) {

    public enum Action {
        NO_ACTION, RESTRICT, SET_NULL, SET_DEFAULT, CASCADE;

        /** The action as SQL writes it, in lower case: {@code no action}, {@code set null}, ... */
        public String words() {
            return name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** SQLite's deferral modes; {@code NOT_DEFERRABLE} is the default. */
    public enum Deferrable { NOT_DEFERRABLE, DEFERRABLE_INITIALLY_DEFERRED, DEFERRABLE_INITIALLY_IMMEDIATE }

    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
