package io.dschema.migrate.snapshot;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.Names;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our model to a drizzle-kit snapshot, with drizzle's naming rules: foreign keys
 * {@code <from>_<cols>_<to>_<cols>_fk}, composite keys {@code <table>_<cols>_pk}, every unique
 * constraint an {@code indexes} entry with {@code isUnique}, unnamed checks {@code <table>_check_<n>}
 * (drizzle-kit's introspection names them so; the extras remember they had none); checks and
 * {@code where} table-qualified; defaults encoded as drizzle encodes them.
 */
public final class SchemaToSnapshot {

    /** A number drizzle would write as a JSON number and read back as the same text. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{0,14}[1-9])?");

    /** The types drizzle-orm's sqlite-core builders produce, lower case; {@code text(n)} with a length. */
    private static final Pattern BUILTIN_TYPE = Pattern.compile("integer|text|real|blob|numeric|text\\s*\\(\\s*[0-9]+\\s*\\)");

    private SchemaToSnapshot() {
    }

    /** A snapshot of a schema (its uniques become indexes in the database, as dschema writes them). */
    public static Snapshot of(Schema schema, String id, String prevId, Map<String, String> renamedTables,
                              Map<String, String> renamedColumns) {
        return of(schema, id, prevId, renamedTables, renamedColumns, false);
    }

    /**
     * A snapshot of a database as inspected: its unique constraints that are not indexes of their
     * own (SQLite's autoindexes) are remembered as such, so a later plan knows only a rebuild drops them.
     */
    public static Snapshot ofDatabase(Schema inspected, String id, String prevId) {
        return of(inspected, id, prevId, Map.of(), Map.of(), true);
    }

    private static Snapshot of(Schema schema, String id, String prevId, Map<String, String> renamedTables,
                               Map<String, String> renamedColumns, boolean database) {
        List<Snapshot.Table> tables = new ArrayList<>();
        Map<String, Set<String>> expressionColumns = new LinkedHashMap<>();
        Map<String, Snapshot.TableExtras> extras = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            Snapshot.TableExtras[] tableExtras = new Snapshot.TableExtras[1];
            tables.add(table(table, schema, expressionColumns, tableExtras, database));
            if (!tableExtras[0].isEmpty()) {
                extras.put(table.name(), tableExtras[0]);
            }
        }
        Snapshot.Extras all = new Snapshot.Extras(null, false, extras, schema.views(), schema.triggers());
        return new Snapshot(Snapshot.VERSION, "sqlite", id, prevId, tables, renamedTables, renamedColumns,
                expressionColumns, all);
    }

    private static Snapshot.Table table(Table table, Schema schema, Map<String, Set<String>> expressionColumns,
                                        Snapshot.TableExtras[] extrasOut, boolean database) {
        PrimaryKey key = table.primaryKey();
        boolean single = key != null && key.columns().size() == 1 && key.columns().get(0).column() != null;
        Map<String, String> collations = new LinkedHashMap<>();
        List<Snapshot.Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            boolean inKey = single && key.covers(column.name());
            // drizzle's primaryKey() is always notNull; so is a key SQLite never lets be NULL
            boolean neverNull = inKey && (table.withoutRowid() || table.rowidAlias().isPresent());
            columns.add(new Snapshot.Column(column.name(), type(column.type()), inKey,
                    column.notNull() || neverNull, inKey && key.autoincrement(), defaultValue(column.defaultValue()),
                    column.generated() == null ? null : new Snapshot.Generated(column.generated().stored() ? "stored" : "virtual",
                            "(" + QualifiedExpression.quoted(column.generated().expression(), table) + ")")));
            if (column.collation() != null) {
                collations.put(column.name(), column.collation());
            }
        }
        List<Snapshot.CompositePrimaryKey> composite = new ArrayList<>();
        Snapshot.PrimaryKeyExtras keyExtras = null;
        if (key != null) {
            if (!single) {
                List<String> names = key.columns().stream().map(part -> part.column() == null ? "" : part.column().name()).toList();
                composite.add(new Snapshot.CompositePrimaryKey(table.name() + "_" + String.join("_", names) + "_pk", names));
            }
            List<Snapshot.Part> parts = parts(key.columns());
            if (parts != null) {
                keyExtras = new Snapshot.PrimaryKeyExtras(!key.columnLevel(), parts);
            }
        }
        List<Snapshot.Index> indexes = new ArrayList<>();
        Map<String, List<Snapshot.Part>> indexParts = new LinkedHashMap<>();
        Set<String> inline = new LinkedHashSet<>();
        for (Index index : table.indexes()) {
            if (database && index.origin() != Index.Origin.INDEX) {
                inline.add(index.name());
            }
            List<String> entries = new ArrayList<>();
            Set<String> expressions = new LinkedHashSet<>();
            for (IndexPart part : index.parts()) {
                if (part.column() != null) {
                    entries.add(part.column().name());
                } else {
                    String sql = QualifiedExpression.quoted(part.expression(), table);
                    entries.add(sql);
                    expressions.add(sql);
                }
            }
            if (!expressions.isEmpty()) {
                expressionColumns.put(index.name(), expressions);
            }
            List<Snapshot.Part> parts = parts(index.parts());
            if (parts != null) {
                indexParts.put(index.name(), parts);
            }
            indexes.add(new Snapshot.Index(index.name(), entries,
                    index.where() == null ? null : QualifiedExpression.of(index.where(), table), index.unique()));
        }
        List<Snapshot.ForeignKey> foreignKeys = new ArrayList<>();
        Map<String, String> deferrable = new LinkedHashMap<>();
        Set<String> keyNames = new LinkedHashSet<>();
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = foreignKey.targetTable() == null ? "" : foreignKey.targetTable().name();
            List<String> from = foreignKey.columns().stream().map(ref -> ref.name()).toList();
            List<String> to = targetColumns(foreignKey, schema, target);
            String name = unique(table.name() + "_" + String.join("_", from) + "_" + target + "_" + String.join("_", to) + "_fk",
                    keyNames);
            foreignKeys.add(new Snapshot.ForeignKey(name, table.name(), from, target, to, action(foreignKey.onUpdate()),
                    action(foreignKey.onDelete())));
            if (foreignKey.deferrable() != null && foreignKey.deferrable() != ForeignKey.Deferrable.NOT_DEFERRABLE) {
                deferrable.put(name, foreignKey.deferrable() == ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED
                        ? "deferrable initially deferred" : "deferrable initially immediate");
            }
        }
        List<Snapshot.Check> checks = new ArrayList<>();
        Set<String> unnamed = new LinkedHashSet<>();
        Set<String> checkNames = new LinkedHashSet<>();
        table.checks().stream().filter(check -> check.name() != null).forEach(check -> checkNames.add(Names.fold(check.name())));
        int counter = 0;
        for (Check check : table.checks()) {
            String name = check.name();
            if (name == null) {
                do {
                    counter++;
                    name = table.name() + "_check_" + counter;
                } while (checkNames.contains(Names.fold(name)));
                checkNames.add(Names.fold(name));
                unnamed.add(name);
            }
            checks.add(new Snapshot.Check(name, QualifiedExpression.of(check.expression(), table)));
        }
        extrasOut[0] = new Snapshot.TableExtras(table.strict(), table.withoutRowid(), collations, keyExtras, indexParts,
                deferrable, unnamed, inline);
        return new Snapshot.Table(table.name(), columns, indexes, foreignKeys, composite, checks);
    }

    /** The parts' collations and orders, or null when every part is plain (nothing to remember). */
    private static List<Snapshot.Part> parts(List<IndexPart> parts) {
        List<Snapshot.Part> out = new ArrayList<>();
        boolean any = false;
        for (IndexPart part : parts) {
            Snapshot.Part p = new Snapshot.Part(part.collation(), part.order() == SortOrder.DESC);
            any |= !p.equals(Snapshot.Part.PLAIN);
            out.add(p);
        }
        return any ? out : null;
    }

    /** No columns written means the parent's primary key; drizzle always names them. */
    private static List<String> targetColumns(ForeignKey foreignKey, Schema schema, String target) {
        if (!foreignKey.targetColumns().isEmpty()) {
            return foreignKey.targetColumns().stream().map(ref -> ref.name()).toList();
        }
        Optional<Table> parent = schema.table(target);
        if (parent.isPresent() && parent.get().primaryKey() != null) {
            return parent.get().primaryKey().columns().stream().filter(part -> part.column() != null)
                    .map(part -> part.column().name()).toList();
        }
        return List.of();
    }

    /**
     * The type as drizzle-orm's own column builders write it ({@code integer}, {@code text},
     * {@code text(64)}, {@code real}, {@code blob}, {@code numeric}, always lower case) when it is
     * one of them in any spelling (SQLite reads types case-insensitively, so {@code TEXT} is
     * {@code text()}); any other type as written, which is what a {@code customType} returns.
     */
    static String type(String type) {
        if (type == null) {
            return "";
        }
        String lower = Names.fold(type).strip();
        if (BUILTIN_TYPE.matcher(lower).matches()) {
            return lower.replaceAll("\\s+", "");
        }
        return type;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(Names.fold(candidate)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    static String action(ForeignKey.Action action) {
        return (action == null ? ForeignKey.Action.NO_ACTION : action).words();
    }

    /**
     * drizzle's encoding: a string literal as its SQL ({@code 'it''s'}), a plain number or a
     * boolean as the JSON value, anything else as SQL text verbatim ({@code (unixepoch())},
     * {@code CURRENT_TIMESTAMP}, {@code 0x10}); {@code default null} is no default.
     */
    static Object defaultValue(DefaultValue value) {
        if (value == null || value.expression() == null) {
            return null;
        }
        String sql = value.expression().sql();
        if (value.parenthesized()) {
            return "(" + sql + ")";
        }
        Expr tree = value.expression().tree();
        if (tree instanceof Expr.Literal literal) {
            switch (literal.kind()) {
                case NULL:
                    return null;
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                default:
                    break;
            }
        }
        if (JSON_NUMBER.matcher(sql).matches()) {
            return new BigDecimal(sql);
        }
        return sql;
    }
}
