package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.Rule;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Table;
import java.util.Set;

/**
 * DS2004: a {@code strict} table takes exactly the types int, integer, real, text, blob and any
 * (ASCII case ignored), with no size: SQLite refuses {@code varchar(10)} and even {@code int(5)}
 * there ("unknown datatype for t.x"), checked against SQLite 3.40 and 3.51.
 */
public final class StrictTypeNotAllowed implements Rule {

    static final Set<String> STRICT_TYPES = Set.of("int", "integer", "real", "text", "blob", "any");

    @Override
    public void check(AnalysisContext context, Reporter reporter) {
        for (Table table : context.schema().tables()) {
            if (!table.strict()) {
                continue;
            }
            for (Column column : table.columns()) {
                String type = column.type();
                if (type != null && !STRICT_TYPES.contains(Names.fold(type))) {
                    reporter.report(DiagnosticCode.STRICT_TYPE_NOT_ALLOWED, "type '" + type + "' of column "
                            + ConstraintRules.qualified(table, column) + " is not allowed in a strict table: use "
                            + SurprisingAffinity.suggestedType(type)
                            + " (strict tables take int, integer, real, text, blob, any)", column.typeRange());
                }
            }
        }
    }
}
