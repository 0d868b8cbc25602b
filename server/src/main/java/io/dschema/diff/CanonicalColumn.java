package io.dschema.diff;

import io.dschema.analysis.Affinity;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;

import java.util.EnumSet;
import java.util.Set;

/**
 * What of a column is compared, each part canonical: the declared type ({@link CanonicalType}),
 * whether it is NOT NULL in effect (the rowid alias and every key column of a {@code without rowid}
 * table are, whatever is written; a written {@code null} is no constraint), the default
 * ({@link CanonicalDefault}), the collation (none = {@code binary}, folded) and the generated
 * expression with its storage.
 */
record CanonicalColumn(String type, boolean notNull, String defaultValue, String collation, String generated) {

    /**
     * @param defaultAffinity the affinity the default is read under: the target column's, for both
     *                        sides, so a type change alone never also reads as a default change
     */
    static CanonicalColumn of(Column column, Table table, Affinity defaultAffinity, Renames renames) {
        return new CanonicalColumn(
                CanonicalType.of(column.type()),
                notNullInEffect(column, table),
                CanonicalDefault.of(column.defaultValue(), defaultAffinity, ExprScope.noColumns(table, renames)),
                collation(column.collation()),
                column.generated() == null ? ""
                        : CanonicalExpr.of(column.generated().expression(), ExprScope.of(table, renames))
                        + (column.generated().stored() ? " stored" : " virtual"));
    }

    static Affinity affinity(Column column, Table table) {
        return Affinity.ofColumn(column.type(), table.strict());
    }

    static boolean notNullInEffect(Column column, Table table) {
        if (column.notNull()) {
            return true;
        }
        if (table.rowidAlias().filter(alias -> Names.same(alias.name(), column.name())).isPresent()) {
            return true;
        }
        return table.withoutRowid() && table.primaryKey() != null && table.primaryKey().covers(column.name());
    }

    static String collation(String collation) {
        return collation == null || collation.isBlank() ? "binary" : Names.fold(collation);
    }

    /** The aspects in which {@code after} differs from this (the baseline's form). */
    Set<io.dschema.diff.SchemaChange.ColumnAspect> differences(CanonicalColumn after) {
        Set<SchemaChange.ColumnAspect> aspects = EnumSet.noneOf(SchemaChange.ColumnAspect.class);
        if (!type.equals(after.type)) {
            aspects.add(SchemaChange.ColumnAspect.TYPE);
        }
        if (notNull != after.notNull) {
            aspects.add(SchemaChange.ColumnAspect.NULLABILITY);
        }
        if (!defaultValue.equals(after.defaultValue)) {
            aspects.add(SchemaChange.ColumnAspect.DEFAULT);
        }
        if (!collation.equals(after.collation)) {
            aspects.add(SchemaChange.ColumnAspect.COLLATION);
        }
        if (!generated.equals(after.generated)) {
            aspects.add(SchemaChange.ColumnAspect.GENERATED);
        }
        return aspects;
    }
}
