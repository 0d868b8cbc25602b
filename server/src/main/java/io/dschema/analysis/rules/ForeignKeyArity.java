package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.ForeignKey;
import io.dschema.model.IndexPart;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS1012: a foreign key whose child columns are not as many as its parent columns: the ones
 * written, or the parent's primary key when none are written. SQLite refuses the first at CREATE
 * ("number of columns in foreign key does not match the number of columns in the referenced
 * table") and fails the second at run time ("foreign key mismatch").
 */
public final class ForeignKeyArity implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = foreignKey.targetTable().name();
            int children = foreignKey.columns().size();
            if (target.isEmpty() || children == 0) {
                continue;
            }
            if (!foreignKey.targetColumns().isEmpty()) {
                int parents = foreignKey.targetColumns().size();
                if (parents != children) {
                    reporter.report(DiagnosticCode.FOREIGN_KEY_ARITY, NameRuleSupport.describe(foreignKey, table)
                            + " has " + count(children) + " but references " + target + "("
                            + NameRuleSupport.names(foreignKey.targetColumns()) + "), " + count(parents)
                            + ": name as many columns on both sides", foreignKey.range());
                }
                continue;
            }
            Optional<Table> parent = context.table(target);
            if (parent.isEmpty() || parent.get().primaryKey() == null) {
                continue; // DS1010, DS1014
            }
            List<IndexPart> key = parent.get().primaryKey().columns();
            if (key.size() != children) {
                reporter.report(DiagnosticCode.FOREIGN_KEY_ARITY, NameRuleSupport.describe(foreignKey, table)
                        + " has " + count(children) + " but the primary key of " + parent.get().name() + " has "
                        + count(key.size()) + " (" + String.join(", ", partNames(key)) + "): give the foreign key "
                        + count(key.size()) + ", or name the unique parent columns it references", foreignKey.range());
            }
        }
    }

    private static String count(int columns) {
        return columns == 1 ? "1 column" : columns + " columns";
    }

    private static List<String> partNames(List<IndexPart> parts) {
        List<String> names = new ArrayList<>();
        for (IndexPart part : parts) {
            names.add(part.column() != null ? part.column().name() : part.expression().sql());
        }
        return names;
    }
}
