package io.dschema.sqlite;

import io.dschema.analysis.Affinity;
import io.dschema.diff.SchemaChange;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Table;
import io.dschema.plan.Hazard;
import io.dschema.plan.RiskKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the live rows may add to a step: each hazard carries a count query that runs on the
 * database as it is before the plan, so it names tables and columns by their baseline names.
 * Conditions written against the target (checks, unique index parts, foreign keys) are counted
 * over {@link #asAfter}: the baseline table seen under the target's names, with each added column
 * holding the value it will get.
 */
final class HazardFinder {

    /** Existing tables by folded target name. */
    private final Map<String, TableDiff> existing;

    HazardFinder(Map<String, TableDiff> existing) {
        this.existing = existing;
    }

    static Hazard droppedTable(Table table) {
        return new Hazard(RiskKind.LOSES_DATA, "%d rows in " + table.name() + " will be deleted",
                "SELECT count(*) FROM " + Sql.ident(table.name()));
    }

    static Hazard rowsCopied(TableDiff diff) {
        return new Hazard(RiskKind.REBUILD, "%d rows in " + diff.name() + " will be copied",
                "SELECT count(*) FROM " + Sql.ident(diff.beforeName()));
    }

    /** Every hazard of a rebuild that carries all of the table's changes. */
    List<Hazard> of(TableDiff diff) {
        List<Hazard> hazards = new ArrayList<>();
        for (SchemaChange.DropColumn drop : diff.of(SchemaChange.DropColumn.class)) {
            hazards.add(droppedColumn(diff, drop.column()));
        }
        for (SchemaChange.AddColumn add : diff.of(SchemaChange.AddColumn.class)) {
            hazards.addAll(addedColumnWithoutValue(diff, add.column()));
        }
        hazards.addAll(keptColumns(diff));
        for (SchemaChange.ChangePrimaryKey key : diff.of(SchemaChange.ChangePrimaryKey.class)) {
            if (key.after() != null && diff.after.rowidAlias().isEmpty()) {
                hazards.add(duplicates(diff, key.after().columns(), null, "the new primary key"));
            }
        }
        for (SchemaChange.CreateIndex create : diff.of(SchemaChange.CreateIndex.class)) {
            hazards.addAll(createdIndex(diff, create.index()));
        }
        hazards.addAll(keptUniqueIndexesOverChangedValues(diff));
        for (ForeignKey foreignKey : newForeignKeys(diff)) {
            hazards.add(orphans(diff, foreignKey));
        }
        for (Check check : newChecks(diff)) {
            hazards.add(brokenCheck(diff, check));
        }
        hazards.addAll(keptChecksOverChangedValues(diff));
        return hazards;
    }

    /**
     * A check the rebuild keeps is evaluated again on the copied values: where a column's values
     * change (NULLs set to a default under a new NOT NULL), rows that passed may no longer.
     */
    private static List<Hazard> keptChecksOverChangedValues(TableDiff diff) {
        List<String> altered = alteredValueColumns(diff);
        List<Check> added = newChecks(diff);
        List<Hazard> hazards = new ArrayList<>();
        for (Check check : diff.after.checks()) {
            boolean overAltered = altered.stream().anyMatch(column -> check.column() != null && Names.same(check.column(), column)
                    || AlterRules.references(check.expression(), column));
            if (overAltered && !added.contains(check)) {
                hazards.add(brokenCheck(diff, check));
            }
        }
        return hazards;
    }

    /** The altered columns (target names), and the generated columns that read one: their values may change in the copy. */
    private static List<String> alteredValueColumns(TableDiff diff) {
        List<String> altered = new ArrayList<>();
        diff.of(SchemaChange.AlterColumn.class).forEach(alter -> altered.add(alter.after().name()));
        for (Column column : diff.after.columns()) {
            if (column.generated() != null && !altered.contains(column.name())
                    && altered.stream().anyMatch(name -> AlterRules.references(column.generated().expression(), name))) {
                altered.add(column.name());
            }
        }
        return altered;
    }

    /** The hazards of an ADD COLUMN in place: no value for a not null column, its foreign key, its checks. */
    List<Hazard> addedInPlace(TableDiff diff, Column column) {
        List<Hazard> hazards = new ArrayList<>(addedColumnWithoutValue(diff, column));
        for (ForeignKey foreignKey : newForeignKeys(diff)) {
            if (foreignKey.columns().stream().anyMatch(c -> c.is(column.name()))) {
                hazards.add(orphans(diff, foreignKey));
            }
        }
        for (Check check : newChecks(diff)) {
            if (check.column() != null && Names.same(check.column(), column.name())) {
                hazards.add(brokenCheck(diff, check));
            }
        }
        return hazards;
    }

    static Hazard droppedColumn(TableDiff diff, Column dropped) {
        return new Hazard(RiskKind.LOSES_DATA, "%d values in " + diff.name() + "." + dropped.name() + " will be lost",
                "SELECT count(" + Sql.ident(dropped.name()) + ") FROM " + Sql.ident(diff.beforeName()));
    }

    /**
     * A unique index the rebuild keeps is created again over the copied values: where a column's
     * values change (NULLs set to a default under a new NOT NULL, a type conversion), rows that
     * were distinct may no longer be.
     */
    private List<Hazard> keptUniqueIndexesOverChangedValues(TableDiff diff) {
        List<String> altered = new ArrayList<>();
        alteredValueColumns(diff).forEach(column -> altered.add(Names.fold(column)));
        List<String> created = new ArrayList<>();
        diff.of(SchemaChange.CreateIndex.class).forEach(create -> created.add(Names.fold(create.index().name())));
        List<Hazard> hazards = new ArrayList<>();
        for (Index index : diff.after.indexes()) {
            boolean overAltered = index.parts().stream()
                    .anyMatch(part -> part.column() != null && altered.contains(Names.fold(part.column().name())));
            if (index.unique() && overAltered && !created.contains(Names.fold(index.name()))) {
                hazards.add(duplicates(diff, index.parts(), index, "the unique index " + index.name()));
            }
        }
        return hazards;
    }

    List<Hazard> createdIndex(TableDiff diff, Index index) {
        return index.unique() ? List.of(duplicates(diff, index.parts(), index, "the new unique index " + index.name())) : List.of();
    }

    private static List<Hazard> addedColumnWithoutValue(TableDiff diff, Column column) {
        boolean noValue = column.defaultValue() == null || "null".equalsIgnoreCase(column.defaultValue().expression().sql());
        boolean rowid = diff.after.rowidAlias().filter(c -> Names.same(c.name(), column.name())).isPresent();
        if (column.notNull() && noValue && column.generated() == null && !rowid) {
            return List.of(new Hazard(RiskKind.WILL_FAIL, "%d rows in " + diff.name() + " have no value for the new not null column "
                    + column.name() + " (it has no default)", "SELECT count(*) FROM " + Sql.ident(diff.beforeName())));
        }
        return List.of();
    }

    /** Columns kept by a rebuild: NULLs under a new NOT NULL, values converted by a new affinity. */
    private static List<Hazard> keptColumns(TableDiff diff) {
        List<Hazard> hazards = new ArrayList<>();
        String table = diff.name();
        String from = Sql.ident(diff.beforeName());
        for (Column column : diff.after.columns()) {
            Optional<Column> origin = diff.beforeColumn(column.name());
            if (origin.isEmpty() || column.generated() != null) {
                continue;
            }
            Column old = origin.get();
            String value = Sql.ident(old.name());
            if (column.notNull() && !old.notNull() && diff.after.rowidAlias().filter(c -> Names.same(c.name(), column.name())).isEmpty()) {
                String count = "SELECT count(*) FROM " + from + " WHERE " + value + " IS NULL";
                if (column.defaultValue() != null) {
                    hazards.add(new Hazard(RiskKind.CHANGES_VALUES, "%d rows have NULL in " + table + "." + column.name()
                            + ": set to the default " + SqlRenderer.defaultSql(column.defaultValue()), count));
                } else {
                    hazards.add(new Hazard(RiskKind.WILL_FAIL, "%d rows have NULL in " + table + "." + column.name()
                            + ", which becomes not null without a default", count));
                }
            }
            String refused = strictRefusal(value, column.type());
            boolean newlyStrict = !diff.before.strict() || !Names.same(normalisedType(old.type()), normalisedType(column.type()));
            if (diff.after.strict() && newlyStrict && refused != null) {
                hazards.add(new Hazard(RiskKind.WILL_FAIL, "%d values in " + table + "." + column.name()
                        + " cannot be stored in the strict type " + column.type(),
                        "SELECT count(*) FROM " + from + " WHERE " + refused));
            }
            Affinity was = Affinity.ofColumn(old.type(), diff.before.strict());
            Affinity becomes = Affinity.ofColumn(column.type(), diff.after.strict());
            String converted = conversionCondition(value, becomes);
            if (was != becomes && converted != null) {
                hazards.add(new Hazard(RiskKind.CHANGES_VALUES, "%d values in " + table + "." + column.name() + " will be converted ("
                        + was.sqlName() + " affinity to " + becomes.sqlName() + ")",
                        "SELECT count(*) FROM " + from + " WHERE " + converted));
            }
        }
        return hazards;
    }

    private static Hazard brokenCheck(TableDiff diff, Check check) {
        return new Hazard(RiskKind.WILL_FAIL, "%d rows in " + diff.name() + " break the check "
                + (check.name() == null ? "" : check.name() + " ") + "(" + check.expression().sql() + ")",
                "SELECT count(*) FROM " + asAfter(diff) + " WHERE NOT (" + check.expression().sql() + ")");
    }

    /**
     * The values whose storage class the new affinity changes, as SQLite converts them on insert.
     * A conservative reading: a text "reads as a number" when it equals its numeric cast under
     * NUMERIC affinity (SQLite's own comparison rule applies that affinity), a real converts to
     * an integer when it is integral. Null when the affinity converts nothing (BLOB).
     */
    private static String conversionCondition(String value, Affinity becomes) {
        String numericText = "(typeof(" + value + ") = 'text' AND CAST(" + value + " AS NUMERIC) = " + value + ")";
        return switch (becomes) {
            case INTEGER, NUMERIC -> numericText + " OR (typeof(" + value + ") = 'real' AND " + value + " = CAST(" + value + " AS INTEGER))";
            case REAL -> numericText + " OR typeof(" + value + ") = 'integer'";
            case TEXT -> "typeof(" + value + ") IN ('integer', 'real')";
            case BLOB -> null;
        };
    }

    /**
     * The values a STRICT column of {@code type} refuses, after SQLite's usual affinity coercion
     * (a well-formed numeric text becomes a number, an integral real an integer): an INTEGER
     * column takes integers only, REAL numbers, TEXT anything but a blob, BLOB blobs only, ANY
     * everything. Numeric text is told by comparing it with its numeric cast, which makes SQLite
     * apply NUMERIC affinity to it (converting only well-formed numbers). Null when nothing is refused.
     */
    private static String strictRefusal(String value, String type) {
        String numericText = "(typeof(" + value + ") = 'text' AND CAST(" + value + " AS NUMERIC) = " + value + ")";
        String integral = "CAST(" + value + " AS NUMERIC) = CAST(" + value + " AS INTEGER)";
        String accepted = switch (normalisedType(type)) {
            case "int", "integer" -> "typeof(" + value + ") = 'integer' OR (typeof(" + value + ") = 'real' AND " + integral
                    + ") OR (" + numericText + " AND " + integral + ")";
            case "real" -> "typeof(" + value + ") IN ('integer', 'real') OR " + numericText;
            case "text" -> "typeof(" + value + ") <> 'blob'";
            case "blob" -> "typeof(" + value + ") = 'blob'";
            default -> null;
        };
        return accepted == null ? null : value + " IS NOT NULL AND NOT (" + accepted + ")";
    }

    private static String normalisedType(String type) {
        return type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private Hazard duplicates(TableDiff diff, List<IndexPart> parts, Index index, String what) {
        List<String> terms = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        for (IndexPart part : parts) {
            String term = part.column() != null ? Sql.ident(part.column().name()) : "(" + part.expression().sql() + ")";
            notNull.add(term + " IS NOT NULL");
            // a column part without COLLATE compares by the column's (target) collation: a new
            // collate nocase makes 'a' and 'A' duplicates
            String collation = part.collation() != null || part.column() == null ? part.collation()
                    : diff.after.column(part.column().name()).map(Column::collation).orElse(null);
            terms.add(collation == null ? term : term + " COLLATE " + Sql.ident(collation));
        }
        if (index != null && index.where() != null) {
            notNull.add("(" + index.where().sql() + ")");
        }
        return new Hazard(RiskKind.WILL_FAIL, "%d groups of duplicate rows in " + diff.name() + " under " + what,
                "SELECT count(*) FROM (SELECT 1 FROM " + asAfter(diff) + " WHERE " + String.join(" AND ", notNull)
                        + " GROUP BY " + String.join(", ", terms) + " HAVING count(*) > 1)");
    }

    private Hazard orphans(TableDiff diff, ForeignKey foreignKey) {
        String child = Sql.ident(diff.name());
        List<String> present = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        List<NameRef> targetColumns = targetColumns(foreignKey);
        for (int i = 0; i < foreignKey.columns().size(); i++) {
            String column = child + "." + Sql.ident(foreignKey.columns().get(i).name());
            present.add(column + " IS NOT NULL");
            if (i < targetColumns.size()) {
                matches.add("\"__parent\"." + Sql.ident(targetColumns.get(i).name()) + " = " + column);
            }
        }
        TableDiff parent = existing.get(Names.fold(foreignKey.targetTable().name()));
        String condition = String.join(" AND ", present);
        if (parent != null && !matches.isEmpty()) {
            condition += " AND NOT EXISTS (SELECT 1 FROM " + asAfter(parent, "__parent") + " WHERE " + String.join(" AND ", matches) + ")";
        }
        return new Hazard(RiskKind.WILL_FAIL, "%d rows in " + diff.name() + " reference missing " + foreignKey.targetTable().name()
                + " rows (" + names(foreignKey.columns()) + ")", "SELECT count(*) FROM " + asAfter(diff) + " WHERE " + condition);
    }

    /** The parent columns a foreign key names, or the parent's primary key when it names none. */
    private List<NameRef> targetColumns(ForeignKey foreignKey) {
        if (!foreignKey.targetColumns().isEmpty()) {
            return foreignKey.targetColumns();
        }
        TableDiff parent = existing.get(Names.fold(foreignKey.targetTable().name()));
        if (parent == null || parent.after.primaryKey() == null) {
            return List.of();
        }
        List<NameRef> key = new ArrayList<>();
        parent.after.primaryKey().columns().forEach(part -> {
            if (part.column() != null) {
                key.add(part.column());
            }
        });
        return key;
    }

    /** Foreign keys added to the table, whether as their own change or with an added column. */
    static List<ForeignKey> newForeignKeys(TableDiff diff) {
        List<ForeignKey> found = new ArrayList<>();
        diff.of(SchemaChange.AddForeignKey.class).forEach(add -> found.add(add.foreignKey()));
        for (ForeignKey foreignKey : diff.after.foreignKeys()) {
            boolean onAdded = foreignKey.columns().stream().anyMatch(c -> diff.isAdded(c.name()));
            if (onAdded && !found.contains(foreignKey)) {
                found.add(foreignKey);
            }
        }
        return found;
    }

    /** Checks added to the table, whether as their own change or with an added column. */
    static List<Check> newChecks(TableDiff diff) {
        List<Check> found = new ArrayList<>();
        diff.of(SchemaChange.AddCheck.class).forEach(add -> found.add(add.check()));
        for (Check check : diff.after.checks()) {
            if (check.column() != null && diff.isAdded(check.column()) && !found.contains(check)) {
                found.add(check);
            }
        }
        return found;
    }

    static String asAfter(TableDiff diff) {
        return asAfter(diff, diff.name());
    }

    /**
     * {@code (SELECT *, generated AS "g" FROM (SELECT "old" AS "new", default AS "added", ... FROM "baseline")) AS "alias"}:
     * the stored columns under the target's names, and the generated columns computed by their
     * target expressions over those (a new unique index on a generated column counts its real
     * duplicates). A generated column that reads another generated column is NULL here.
     */
    static String asAfter(TableDiff diff, String alias) {
        List<String> stored = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        for (Column column : diff.after.columns()) {
            if (column.generated() != null) {
                boolean readsGenerated = diff.after.columns().stream()
                        .anyMatch(other -> other.generated() != null && AlterRules.references(column.generated().expression(), other.name()));
                generated.add((readsGenerated ? "NULL" : "(" + column.generated().expression().sql() + ")") + " AS " + Sql.ident(column.name()));
                continue;
            }
            Optional<Column> origin = diff.beforeColumn(column.name());
            String source = origin.map(c -> TableRebuild.copiedValue(c.name(), c, column))
                    .orElse(column.defaultValue() == null ? "NULL" : SqlRenderer.defaultSql(column.defaultValue()));
            stored.add(source + " AS " + Sql.ident(column.name()));
        }
        String storedRows = "SELECT " + String.join(", ", stored) + " FROM " + Sql.ident(diff.beforeName());
        if (generated.isEmpty()) {
            return "(" + storedRows + ") AS " + Sql.ident(alias);
        }
        return "(SELECT *, " + String.join(", ", generated) + " FROM (" + storedRows + ")) AS " + Sql.ident(alias);
    }

    private static String names(List<NameRef> names) {
        List<String> plain = new ArrayList<>();
        names.forEach(name -> plain.add(name.name()));
        return String.join(", ", plain);
    }
}
