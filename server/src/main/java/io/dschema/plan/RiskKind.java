package io.dschema.plan;

/**
 * What a planned change does to stored data: the closed set of ARCHITECTURE.md ("Plans, risks and
 * the database"), shared by the command line, the editor and {@code --json}. Declared from the
 * mildest to the gravest, so that a step's risk is the greatest of its parts.
 */
public enum RiskKind {
    /** Nothing stored changes. */
    SAFE,
    /** The table is copied; every value is kept. */
    REBUILD,
    /** Stored values are rewritten (NULL to a default under a new NOT NULL, a type conversion). Needs confirmation. */
    CHANGES_VALUES,
    /** Rows or values are dropped (a table, a column). Needs confirmation. */
    LOSES_DATA,
    /** Could fail on data not seen: there is no database at hand (generate). */
    MAY_FAIL,
    /** The data at hand makes it fail: refused before BEGIN, even with --force. */
    WILL_FAIL;

    /** Whether push asks before running it (or, without a terminal, refuses unless --force). */
    public boolean needsConfirmation() {
        return this == CHANGES_VALUES || this == LOSES_DATA;
    }

    public RiskKind max(RiskKind other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
