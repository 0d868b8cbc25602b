package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.model.Check;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterInExpressionTest {

    @Test
    void everyKindOfParameter() {
        String schema = """
                table t {
                  a integer check (a > ?)
                  b integer default (:limit)
                  c integer as (c + @x + $y + ?2)
                }
                """;
        String bind = " (nothing binds it in a schema): write a literal value";
        assertEquals(List.of(
                        "2:24: parameter ? is not allowed in the check on column t.a" + bind,
                        "3:22: parameter :limit is not allowed in the default of column t.b" + bind,
                        "4:21: parameter @x is not allowed in generated column t.c" + bind,
                        "4:26: parameter $y is not allowed in generated column t.c" + bind,
                        "4:31: parameter ?2 is not allowed in generated column t.c" + bind),
                SchemaFixture.withCode(schema, DiagnosticCode.PARAMETER_IN_EXPRESSION));
    }

    /**
     * raise() as the model holds it. (Today the grammar reads {@code raise(ignore)} as a call to a
     * function named raise, so a schema text cannot produce {@link Expr.Raise} yet.)
     */
    @Test
    void raise() {
        Table table = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", """
                table t {
                  a integer
                  check (a > 0)
                }
                """))).schema().tables().get(0);
        Check check = table.checks().get(0);
        Expr.Raise raise = new Expr.Raise("raise(ignore)", check.expression().range());
        Check raising = new Check(null, new Expression(raise, "raise(ignore)", raise.range()), null, check.range());
        Table withRaise = new Table(table.name(), table.strict(), table.withoutRowid(), table.renamedFrom(),
                table.columns(), table.primaryKey(), table.indexes(), table.foreignKeys(), List.of(raising),
                table.doc(), table.range(), table.nameRange());
        Reporter reporter = new Reporter();
        new ParameterInExpression().check(new AnalysisContext(Schema.ofTables(List.of(withRaise))), reporter);
        assertEquals(List.of("3:10: raise() is not allowed in a check of table t (it only works in triggers): remove it, "
                        + "and write the condition as a check"),
                reporter.diagnostics().stream()
                        .map(d -> d.range().line() + ":" + d.range().column() + ": " + d.message()).toList());
    }

    @Test
    void literalsAreFine() {
        String schema = """
                table t {
                  a integer check (a > 0) default (1)
                  b text as ('?' || ':x')
                }
                """;
        assertEquals(List.of(), SchemaFixture.withCode(schema, DiagnosticCode.PARAMETER_IN_EXPRESSION));
    }
}
