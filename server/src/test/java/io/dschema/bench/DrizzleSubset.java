package io.dschema.bench;

import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Generated;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.PrimaryKey;
import io.dschema.model.Schema;
import io.dschema.model.SortOrder;
import io.dschema.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a schema down to what drizzle-kit 0.31 can both declare in drizzle-orm's sqlite-core and read
 * back from the database, so that the push benchmark gives dschema and drizzle-kit the same tables
 * and a second push really has nothing to do for either. What goes, and why:
 * <ul>
 *   <li>{@code strict} and {@code without rowid}: sqlite-core has no table options;</li>
 *   <li>declared types other than {@code integer}, {@code text}, {@code real}, {@code blob} and
 *       {@code numeric} become the one of their affinity (its column builders emit only these);</li>
 *   <li>column collations, index part collations and {@code desc}: no API for them;</li>
 *   <li>{@code deferrable}: foreign keys have no such option.</li>
 * </ul>
 * And what sqlite-core can say but drizzle-kit 0.31's push does not read back the same, so that
 * every later push rebuilds tables or indexes (probed one feature at a time, see bench/push/README.md):
 * <ul>
 *   <li>checks: with more than one table, pulled checks are matched to the wrong tables and
 *       tables are rebuilt; all checks are left out;</li>
 *   <li>expression indexes and partial indexes ({@code where}): dropped and created again on every
 *       push; expression indexes are left out, partial ones lose their {@code where};</li>
 *   <li>virtual generated columns: dropped and added again (and a table rebuild then fails on
 *       them); generated columns are made {@code stored}, which reads back the same;</li>
 *   <li>defaults: blob literals, {@code true}/{@code false}, reals spelled other than as JavaScript
 *       prints them ({@code 0.0}) and numbers on {@code numeric} columns rebuild the table; blob
 *       defaults go, booleans become 0 and 1, reals are spelled as JavaScript does, and numbers on
 *       {@code numeric} columns become strings (the same value under numeric affinity).</li>
 * </ul>
 * Kept: columns, {@code not null}, defaults, stored generated columns, single and composite primary
 * keys, {@code autoincrement}, unique columns and unique sets, foreign keys with their actions,
 * indexes on columns. Primary key columns are written {@code not null}, as drizzle's
 * {@code primaryKey()} makes them, so both tools create the very same columns.
 */
final class DrizzleSubset {

    private DrizzleSubset() {
    }

    static Schema restrict(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            tables.add(restrict(table, schema));
        }
        return Schema.ofTables(tables);
    }

    private static Table restrict(Table table, Schema schema) {
        PrimaryKey key = table.primaryKey() == null ? null : new PrimaryKey(
                plain(table.primaryKey().columns()), table.primaryKey().autoincrement(),
                table.primaryKey().columns().size() == 1, table.primaryKey().range());
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            boolean keyColumn = key != null && key.covers(column.name());
            String type = plainType(column.type());
            Generated generated = column.generated() == null ? null : new Generated(column.generated().expression(), true);
            columns.add(new Column(column.name(), type,
                    keyColumn ? Column.Nullability.NOT_NULL : column.nullability(), readableDefault(column.defaultValue(), type),
                    null, generated, null, null, column.range(), column.nameRange(), column.typeRange()));
        }
        List<Index> indexes = new ArrayList<>();
        Set<String> indexedParts = new LinkedHashSet<>();
        for (Index index : table.indexes()) {
            if (index.parts().stream().anyMatch(part -> part.expression() != null)) {
                continue;
            }
            List<IndexPart> parts = plain(index.parts());
            String key2 = index.unique() + " " + parts.stream().map(p -> Names.fold(p.column().name())).toList();
            if (index.where() != null && !indexedParts.add(key2)) {
                continue; // without its where it would repeat an index the table has
            }
            indexedParts.add(key2);
            indexes.add(new Index(index.name(), index.unique(), parts, null, index.origin(), null, index.range(),
                    index.nameRange()));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey key2 : table.foreignKeys()) {
            foreignKeys.add(new ForeignKey(key2.columns(), key2.targetTable(), targetColumns(key2, schema),
                    key2.onDelete(), key2.onUpdate(), ForeignKey.Deferrable.NOT_DEFERRABLE,
                    key2.columnLevel() && key2.columns().size() == 1, key2.range()));
        }
        return new Table(table.name(), false, false, null, columns, key, indexes, foreignKeys, List.of(), null,
                table.range(), table.nameRange());
    }

    /** The type drizzle would write for a column of this declared type: by SQLite's affinity rules. */
    static String plainType(String type) {
        if (type == null) {
            return "blob";
        }
        String upper = type.toUpperCase(Locale.ROOT);
        if (upper.equals("ANY")) {
            return "text"; // only in strict tables, where it keeps values as given; text is the nearest
        } else if (upper.contains("INT")) {
            return "integer";
        } else if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            return "text";
        } else if (upper.contains("BLOB")) {
            return "blob";
        } else if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            return "real";
        }
        return "numeric";
    }

    /** A default drizzle-kit reads back as it wrote it (see the class comment), or null for none. */
    static DefaultValue readableDefault(DefaultValue value, String type) {
        if (value == null || value.parenthesized() || !(value.expression().tree() instanceof Expr.Literal literal)) {
            return value;
        }
        String text = switch (literal.kind()) {
            case BLOB -> null;
            case TRUE -> "1";
            case FALSE -> "0";
            case REAL -> new BigDecimal(literal.text()).stripTrailingZeros().toPlainString();
            default -> literal.text();
        };
        if (text == null) {
            return null;
        }
        Expr.LiteralKind kind = literal.kind() == Expr.LiteralKind.TRUE || literal.kind() == Expr.LiteralKind.FALSE
                ? Expr.LiteralKind.INTEGER : literal.kind();
        if ((kind == Expr.LiteralKind.INTEGER || kind == Expr.LiteralKind.REAL) && type.equals("numeric")) {
            text = "'" + text + "'";
            kind = Expr.LiteralKind.STRING;
        }
        Expression expression = new Expression(new Expr.Literal(kind, text, literal.range()), text,
                value.expression().range());
        return new DefaultValue(expression, false);
    }

    private static List<IndexPart> plain(List<IndexPart> parts) {
        List<IndexPart> plain = new ArrayList<>();
        for (IndexPart part : parts) {
            plain.add(new IndexPart(part.column(), part.expression(), null, SortOrder.NONE, part.range()));
        }
        return plain;
    }

    /** drizzle always names the parent columns: a reference to a table means its primary key. */
    private static List<NameRef> targetColumns(ForeignKey key, Schema schema) {
        if (!key.targetColumns().isEmpty()) {
            return key.targetColumns();
        }
        Table target = schema.table(key.targetTable().name()).orElseThrow(
                () -> new IllegalArgumentException("no table " + key.targetTable().name()));
        if (target.primaryKey() == null) {
            throw new IllegalArgumentException("table " + target.name() + " has no primary key to reference");
        }
        return target.primaryKey().columns().stream().map(IndexPart::column).toList();
    }
}
