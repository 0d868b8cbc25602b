package io.dschema.analysis;

import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The schema under analysis, with lookups every rule needs, built once, and what rules derive from
 * a part of the schema and share ({@link Shared}): a table's columns by name, its expressions, the
 * facts of a type name. Each is computed the first time a rule asks for it and kept until the
 * analysis ends. Not thread-safe: one analysis, one thread.
 */
public final class AnalysisContext {

    /**
     * Something derived from a table or from the schema that several rules, or several tables, use:
     * declare one as a constant, ask for it with {@link AnalysisContext#shared}.
     *
     * @param <K> the key, a table or the schema, compared by identity (they are records, whose
     *     equality would compare everything in them)
     * @param <V> what is derived; never null
     */
    public static final class Shared<K, V> {

        private enum Kind { PER_TABLE, PER_SCHEMA }

        private static final AtomicInteger SLOTS = new AtomicInteger();

        private final int slot = SLOTS.getAndIncrement();
        private final Kind kind;
        private final BiFunction<AnalysisContext, K, V> compute;

        private Shared(Kind kind, BiFunction<AnalysisContext, K, V> compute) {
            this.kind = kind;
            this.compute = compute;
        }

        /** One value per table. */
        public static <V> Shared<Table, V> perTable(BiFunction<AnalysisContext, Table, V> compute) {
            return new Shared<>(Kind.PER_TABLE, compute);
        }

        /**
         * One value per analysis, asked for with the schema as its key: what a rule keeps across the
         * tables (see {@link TableRule}), or derives from the whole schema.
         */
        public static <V> Shared<Schema, V> perSchema(BiFunction<AnalysisContext, Schema, V> compute) {
            return new Shared<>(Kind.PER_SCHEMA, compute);
        }
    }

    private final Schema schema;
    private final Map<String, Table> tablesByName;
    @SuppressWarnings("unchecked")
    private Map<Object, Object>[] shared = new Map[16];
    /** The key and value each {@link Shared} gave last: rules ask one after the other about the same table. */
    private Object[] lastKeys = new Object[16];
    private Object[] lastValues = new Object[16];

    public AnalysisContext(Schema schema) {
        this.schema = schema;
        tablesByName = new HashMap<>(capacity(schema.tables().size()));
        for (Table table : schema.tables()) {
            tablesByName.putIfAbsent(Names.fold(table.name()), table);
        }
    }

    public Schema schema() {
        return schema;
    }

    /** The first table declared with that name, compared as SQLite compares names. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(Names.fold(name)));
    }

    /** The initial capacity of a hash map that holds {@code entries} without growing. */
    public static int capacity(int entries) {
        return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
    }

    /** What {@code what} derives from {@code key}, computed at the first ask. */
    @SuppressWarnings("unchecked")
    public <K, V> V shared(Shared<K, V> what, K key) {
        int slot = what.slot;
        if (slot < lastKeys.length && lastKeys[slot] == key && key != null) {
            return (V) lastValues[slot];
        }
        if (slot >= shared.length) {
            int length = Math.max(slot + 1, shared.length * 2);
            shared = Arrays.copyOf(shared, length);
            lastKeys = Arrays.copyOf(lastKeys, length);
            lastValues = Arrays.copyOf(lastValues, length);
        }
        Map<Object, Object> values = shared[slot];
        if (values == null) {
            values = switch (what.kind) {
                case PER_TABLE -> new IdentityHashMap<>(schema.tables().size()); // sized never to grow
                case PER_SCHEMA -> new IdentityHashMap<>(1);
            };
            shared[slot] = values;
        }
        Object value = values.get(key);
        if (value == null) {
            value = what.compute.apply(this, key);
            values.put(key, value);
        }
        lastKeys[slot] = key;
        lastValues[slot] = value;
        return (V) value;
    }
}
