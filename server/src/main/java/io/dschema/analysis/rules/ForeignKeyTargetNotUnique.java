package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DS1013: a foreign key whose written parent columns are not a key of the parent. SQLite's rule
 * (foreignkeys.html, section 3, and sqlite3FkLocateIndex): the parent columns must be, as a set,
 * exactly the parent's primary key or the columns of a UNIQUE index that has no {@code where} and
 * no expression, each indexed with the column's own collation; the rowid cannot be a parent key.
 * Otherwise every write to either table fails with "foreign key mismatch", long after the schema
 * was accepted. A rowid alias ({@code id integer primary key}) always qualifies.
 *
 * <p>Left to other rules: an undeclared parent table (DS1010), an unknown parent column (DS1011),
 * a column count that differs (DS1012).
 */
public final class ForeignKeyTargetNotUnique implements TableRule {

    /**
     * A set of columns that a foreign key may target, or a near miss with the reason it may not.
     *
     * @param size the number of parts, -1 for what can never match
     * @param flaw null when it is a key, else why not
     */
    private record Key(Set<String> columns, int size, String flaw) {
    }

    /** The keys of each parent table, worked out once however many foreign keys reference it. */
    private static final AnalysisContext.Shared<Table, List<Key>> KEYS =
            AnalysisContext.Shared.perTable((context, parent) -> keys(parent, TableColumns.of(context, parent)));

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ForeignKey foreignKey : table.foreignKeys()) {
            List<NameRef> targets = foreignKey.targetColumns();
            String target = foreignKey.targetTable().name();
            if (targets.isEmpty() || target.isEmpty() || targets.size() != foreignKey.columns().size()) {
                continue; // no parent columns: the primary key (DS1014, DS1012); arity: DS1012
            }
            Optional<Table> found = context.table(target);
            if (found.isEmpty()) {
                continue;
            }
            Table parent = found.get();
            TableColumns columns = TableColumns.of(context, parent);
            Set<String> wanted = new HashSet<>();
            NameRef rowid = null;
            boolean unknown = false;
            for (NameRef name : targets) {
                String folded = Names.fold(name.name());
                if (!columns.has(name.name())) {
                    if (NameRuleSupport.isRowidName(name.name()) && !parent.withoutRowid()) {
                        rowid = rowid == null ? name : rowid;
                    } else {
                        unknown = true; // DS1011
                    }
                }
                wanted.add(folded);
            }
            if (rowid != null) {
                reporter.report(DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE, NameRuleSupport.describe(foreignKey, table)
                        + " references the rowid of " + parent.name() + ", which SQLite does not allow (foreign key "
                        + "mismatch): declare an 'integer primary key' column in " + parent.name()
                        + " (it aliases the rowid) and reference it", rowid.range());
                continue;
            }
            if (unknown) {
                continue;
            }
            List<Key> keys = context.shared(KEYS, parent);
            String flaw = null;
            boolean matched = false;
            for (Key key : keys) {
                if (key.size() == targets.size() && key.columns().equals(wanted)) {
                    if (key.flaw() == null) {
                        matched = true;
                        break;
                    }
                    flaw = flaw == null ? key.flaw() : flaw;
                }
            }
            if (!matched) {
                String written = NameRuleSupport.names(targets);
                reporter.report(DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE, NameRuleSupport.describe(foreignKey, table)
                        + " references " + parent.name() + "(" + written + "), which is neither the primary key of "
                        + parent.name() + " nor unique"
                        + (flaw == null ? "" : " (" + flaw + ")") + ": add 'unique (" + written + ")' to table "
                        + parent.name() + (parent.primaryKey() == null ? "" : ", or reference its primary key")
                        + " (SQLite: foreign key mismatch)", foreignKey.targetTable().range());
            }
        }
    }

    /** The parent's primary key and unique indexes, each a key or a near miss that says why not. */
    private static List<Key> keys(Table parent, TableColumns columns) {
        List<Key> keys = new ArrayList<>();
        if (parent.primaryKey() != null) {
            // A rowid alias is the rowid itself: no index, so no collation to compare.
            boolean alias = columns.rowidAlias().isPresent();
            keys.add(key(parent.primaryKey().columns(), columns, alias, null, "the primary key of " + parent.name()));
        }
        for (Index index : parent.indexes()) {
            if (!index.unique()) {
                continue;
            }
            String what = "unique index " + index.name();
            keys.add(key(index.parts(), columns, false, index.where() == null ? null : what + " has a where clause", what));
        }
        return keys;
    }

    private static Key key(List<IndexPart> parts, TableColumns columns, boolean anyCollation, String flaw, String what) {
        Set<String> names = new HashSet<>();
        for (IndexPart part : parts) {
            Column column = part.column() == null ? null : columns.get(part.column().name());
            if (column == null) {
                return new Key(Set.of(), -1, null); // an expression or an unknown column: never a parent key
            }
            String own = collation(column.collation());
            String used = part.collation() == null ? own : collation(part.collation());
            if (flaw == null && !anyCollation && !Names.same(own, used)) {
                flaw = what + " uses collation " + used + " for " + column.name() + ", whose own collation is " + own;
            }
            names.add(Names.fold(part.column().name()));
        }
        return new Key(names, parts.size(), flaw);
    }

    private static String collation(String written) {
        return written == null ? "binary" : written;
    }
}
