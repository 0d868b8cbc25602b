package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.ForeignKey;
import io.dschema.model.Table;
import java.util.Optional;

/**
 * DS1014: a foreign key that names no parent columns, to a table without a primary key. SQLite maps
 * such a key to the parent's primary key, and with none it fails at run time ("foreign key
 * mismatch"); it never falls back to the rowid (SQLite's foreignkeys.html, section 3: the parent
 * key must be named columns, not the rowid).
 */
public final class ForeignKeyTargetWithoutKey implements TableRule {

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        for (ForeignKey foreignKey : table.foreignKeys()) {
            String target = foreignKey.targetTable().name();
            if (target.isEmpty() || !foreignKey.targetColumns().isEmpty()) {
                continue;
            }
            Optional<Table> parent = context.table(target);
            if (parent.isPresent() && parent.get().primaryKey() == null) {
                reporter.report(DiagnosticCode.FOREIGN_KEY_TARGET_WITHOUT_KEY, NameRuleSupport.describe(foreignKey, table)
                        + " references " + target + ", which has no primary key: name the parent columns, as in '"
                        + "references " + target + "(column)', or give " + parent.get().name() + " a primary key",
                        foreignKey.targetTable().range());
            }
        }
    }
}
