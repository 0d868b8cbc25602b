package io.dschema.sqlite;

import io.dschema.lower.LoweredIndex;
import io.dschema.lower.LoweredSql;
import io.dschema.lower.Lowering;
import io.dschema.model.Table;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CREATE TABLE and CREATE INDEX statements of {@code sqlite_master}, lowered before the
 * inspector needs them: in parallel (parsing is most of an inspection, and the statements are
 * independent; the parser is thread-safe), and remembered by their text, so that the inspection
 * inside a push's transaction reads again only what the push changed. The text is all a lowering
 * depends on, and its result is immutable, so a remembered one is the one it would compute.
 */
final class ParsedStatements {

    /** Statement text -> lowered table or index; bounded so that a long-running server stays small. */
    private static final Map<String, LoweredSql<?>> REMEMBERED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoweredSql<?>> eldest) {
            return size() > 20_000;
        }
    };

    private final Map<MasterRow, LoweredSql<?>> lowered;

    private ParsedStatements(Map<MasterRow, LoweredSql<?>> lowered) {
        this.lowered = lowered;
    }

    static ParsedStatements of(List<MasterRow> rows, Predicate<MasterRow> wanted) {
        Map<MasterRow, LoweredSql<?>> lowered = new IdentityHashMap<>();
        List<MasterRow> chosen = rows.stream().filter(wanted).toList();
        List<LoweredSql<?>> results = chosen.parallelStream().map(ParsedStatements::lower).toList();
        for (int i = 0; i < chosen.size(); i++) {
            lowered.put(chosen.get(i), results.get(i));
        }
        return new ParsedStatements(lowered);
    }

    @SuppressWarnings("unchecked")
    LoweredSql<Table> table(MasterRow row) {
        LoweredSql<?> result = lowered.get(row);
        return result != null ? (LoweredSql<Table>) result : Lowering.lowerCreateTable(text(row));
    }

    @SuppressWarnings("unchecked")
    LoweredSql<LoweredIndex> index(MasterRow row) {
        LoweredSql<?> result = lowered.get(row);
        return result != null ? (LoweredSql<LoweredIndex>) result : Lowering.lowerCreateIndex(text(row));
    }

    private static LoweredSql<?> lower(MasterRow row) {
        String key = row.type() + ":" + text(row);
        LoweredSql<?> known;
        synchronized (REMEMBERED) {
            known = REMEMBERED.get(key);
        }
        if (known != null) {
            return known;
        }
        LoweredSql<?> result = row.type().equals("table") ? Lowering.lowerCreateTable(text(row)) : Lowering.lowerCreateIndex(text(row));
        synchronized (REMEMBERED) {
            REMEMBERED.put(key, result);
        }
        return result;
    }

    private static String text(MasterRow row) {
        return row.sql() == null ? "" : row.sql();
    }
}
