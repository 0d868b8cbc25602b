package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.model.Column;
import io.dschema.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * A table's columns by name, and its rowid alias, for every rule that looks columns up; built once
 * per table. Names compare as {@link io.dschema.model.Names#same} compares them (ASCII case
 * folded), without making a folded copy of each name: the table is an open-addressing hash of
 * column positions, two small int arrays instead of a map entry per column.
 */
final class TableColumns {

    private static final AnalysisContext.Shared<Table, TableColumns> SHARED =
            AnalysisContext.Shared.perTable((context, table) -> new TableColumns(table));

    private final Table table;
    private final List<Column> columns;
    /** The length of each column's name, by position (-1 for none). */
    private final int[] lengths;
    /** {@link #hash} of each column's name, by position. */
    private final int[] hashes;
    /** Position + 1 of the first column with each name, 0 for a free slot; a power of two long. */
    private final int[] slots;
    private Optional<Column> rowidAlias;

    private TableColumns(Table table) {
        this.table = table;
        this.columns = table.columns();
        int size = columns.size();
        lengths = new int[size];
        hashes = new int[size];
        slots = new int[Integer.highestOneBit(Math.max(4, size * 2) - 1) << 1];
        // The columns and their names are read from memory here, for the first time in the analysis.
        // In a model just lowered they lie scattered among what the parser left: a loop this small
        // lets the processor wait for many of them at once, and the loops after it find them in cache.
        // (Hashing as it reads waits for one name after the other: twice as slow on the benchmark.)
        for (int i = 0; i < size; i++) {
            String name = columns.get(i).name();
            lengths[i] = name == null ? -1 : name.length();
        }
        for (int i = 0; i < size; i++) {
            hashes[i] = hash(columns.get(i).name());
        }
        for (int i = 0; i < size; i++) {
            int slot = find(columns.get(i).name(), hashes[i]);
            if (slots[slot] == 0) {
                slots[slot] = i + 1; // a second column with the name keeps the first: DS1002 reports it
            }
        }
    }

    static TableColumns of(AnalysisContext context, Table table) {
        return context.shared(SHARED, table);
    }

    /**
     * The first column declared with that name, compared as SQLite compares names (as
     * {@link Table#column} finds it), or null; a second one is DS1002's business.
     */
    Column get(String name) {
        int first = firstIndex(name);
        return first < 0 ? null : columns.get(first);
    }

    boolean has(String name) {
        return firstIndex(name) >= 0;
    }

    /** The position in {@link Table#columns()} of the first column with that name, or -1. */
    int firstIndex(String name) {
        return slots[find(name, hash(name))] - 1;
    }

    /** {@link Table#rowidAlias()}, worked out once. */
    Optional<Column> rowidAlias() {
        if (rowidAlias == null) {
            rowidAlias = table.rowidAlias();
        }
        return rowidAlias;
    }

    /** The slot of the first column with that name, or the free slot where it would go. */
    private int find(String name, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            int position = slots[slot] - 1;
            if (hashes[position] == hash && lengths[position] == (name == null ? -1 : name.length())
                    && same(columns.get(position).name(), name)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** {@code Names.fold(name).hashCode()}, without the folded copy. */
    private static int hash(String name) {
        if (name == null) {
            return 0;
        }
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            hash = 31 * hash + fold(name.charAt(i));
        }
        return hash;
    }

    /** {@code Names.same(a, b)}, without folded copies. */
    private static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (fold(a.charAt(i)) != fold(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
