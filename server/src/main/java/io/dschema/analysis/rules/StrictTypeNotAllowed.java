package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Column;
import io.dschema.model.Table;
import java.util.List;
import java.util.Set;

/**
 * DS2004: a {@code strict} table takes exactly the types int, integer, real, text, blob and any
 * (ASCII case ignored), with no size: SQLite refuses {@code varchar(10)} and even {@code int(5)}
 * there ("unknown datatype for t.x"), checked against SQLite 3.40 and 3.51.
 */
public final class StrictTypeNotAllowed implements TableRule {

    static final Set<String> STRICT_TYPES = Set.of("int", "integer", "real", "text", "blob", "any");

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        if (!table.strict()) {
            return;
        }
        List<Column> columns = table.columns();
        TypeFacts[] types = TypeFacts.of(context, table);
        for (int i = 0; i < types.length; i++) {
            Column column = columns.get(i);
            String type = column.type();
            if (types[i] != null && !types[i].strictAllowed()) {
                reporter.report(DiagnosticCode.STRICT_TYPE_NOT_ALLOWED, "type '" + type + "' of column "
                        + ConstraintRules.qualified(table, column) + " is not allowed in a strict table: use "
                        + SurprisingAffinity.suggestedType(type)
                        + " (strict tables take int, integer, real, text, blob, any)", column.typeRange());
            }
        }
    }
}
