package io.dschema.migrate;

import io.dschema.migrate.folder.MigrationFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The journal's migrations next to the rows of the migrations table. A row belongs to the entry
 * whose {@code when} equals its {@code created_at} (drizzle-orm's only link between them); then the
 * hashes must agree, or the file was edited after it was applied. Unlike drizzle-orm, which applies
 * only what is newer than the newest row and silently skips the rest, every entry without a row is
 * pending, and a pending one older than the newest row is called out of order.
 *
 * @param entries one per journal entry, in journal order
 * @param unknown rows that match no entry (a migration removed from the folder, or from another branch)
 */
public record MigrationLedger(List<Entry> entries, List<AppliedMigration> unknown) {

    public enum State {
        APPLIED,
        /** applied, but the file's hash is not the recorded one */
        EDITED,
        PENDING,
        /** pending, and older than the newest applied migration */
        OUT_OF_ORDER
    }

    /** @param applied the matching row, null when pending */
    public record Entry(MigrationFile file, State state, AppliedMigration applied) {
        public String tag() {
            return file.entry().tag();
        }

        public boolean isApplied() {
            return applied != null;
        }
    }

    public MigrationLedger {
        entries = List.copyOf(entries);
        unknown = List.copyOf(unknown);
    }

    public static MigrationLedger of(List<MigrationFile> files, List<AppliedMigration> rows) {
        List<AppliedMigration> left = new ArrayList<>(rows);
        long newest = rows.stream().filter(row -> row.createdAt() != null).mapToLong(AppliedMigration::createdAt).max()
                .orElse(Long.MIN_VALUE);
        List<Entry> entries = new ArrayList<>();
        for (MigrationFile file : files) {
            long when = file.entry().when();
            String hash = file.hash();
            AppliedMigration same = take(left, when, hash);
            if (same != null) {
                entries.add(new Entry(file, State.APPLIED, same));
                continue;
            }
            AppliedMigration other = take(left, when, null);
            if (other != null) {
                entries.add(new Entry(file, State.EDITED, other));
            } else {
                entries.add(new Entry(file, when < newest ? State.OUT_OF_ORDER : State.PENDING, null));
            }
        }
        return new MigrationLedger(entries, left);
    }

    /** Removes and returns the first row with this created_at (and this hash, when given). */
    private static AppliedMigration take(List<AppliedMigration> rows, long when, String hash) {
        for (int i = 0; i < rows.size(); i++) {
            AppliedMigration row = rows.get(i);
            if (row.createdAt() != null && row.createdAt() == when && (hash == null || hash.equals(row.hash()))) {
                return rows.remove(i);
            }
        }
        return null;
    }

    public List<Entry> with(State state) {
        return entries.stream().filter(entry -> entry.state() == state).toList();
    }

    /** Not applied yet, in journal order (out-of-order ones included). */
    public List<Entry> pending() {
        return entries.stream().filter(entry -> !entry.isApplied()).toList();
    }

    public List<Entry> applied() {
        return entries.stream().filter(Entry::isApplied).toList();
    }
}
