package io.dschema.ide;

import io.dschema.migrate.PushPreview;
import io.dschema.model.Column;
import io.dschema.model.Index;
import io.dschema.model.Table;
import io.dschema.plan.AssessedStep;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.SqlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Hover on a table, a column, an index or a constraint: its SQL, a column's affinity and why, the
 * doc comment, the rows of its table when the preview counted them, and what push would do to
 * it (risk, counted reasons, the exact statements). Reads only the context: never the database.
 */
public final class Hover {

    private Hover() {
    }

    /** What to show at {@code offset} (code points) of {@code file}; empty where there is nothing to say. Never throws. */
    public static Optional<HoverInfo> at(SchemaContext context, String file, int offset) {
        if (context == null || file == null || context.lowered() == null || context.lowered().schema() == null) {
            return Optional.empty();
        }
        try {
            return unguarded(context, file, offset);
        } catch (RuntimeException unexpected) {
            // The last guard of "an editor feature never throws on user input": a half-lowered
            // schema may hold what no test thought of, and a hover is not worth a failed request.
            // (EveryOffsetTest calls the unguarded version, so the guard hides nothing it knows.)
            return Optional.empty();
        }
    }

    static Optional<HoverInfo> unguarded(SchemaContext context, String file, int offset) {
        return HoverTarget.at(context.lowered().schema(), file, offset)
                .map(target -> new HoverInfo(markdown(target, context.preview()), target.range()));
    }

    private static String markdown(HoverTarget target, PushPreview preview) {
        Table table = target.table();
        StringBuilder out = new StringBuilder();
        List<AssessedStep> steps;
        if (target instanceof HoverTarget.OfTable) {
            out.append("**table** `").append(table.name()).append('`').append(options(table)).append("\n\n");
            doc(out, table.doc());
            List<String> statements = new ArrayList<>();
            statements.add(SqlRenderer.createTable(table, table.name()));
            table.indexes().forEach(index -> statements.add(SqlRenderer.createIndex(table.name(), index)));
            sql(out, statements);
            rows(out, preview, table);
            steps = PreviewFacts.forTable(preview, table);
        } else if (target instanceof HoverTarget.OfColumn of) {
            Column column = of.column();
            out.append("**column** `").append(table.name()).append('.').append(column.name()).append('`');
            if (column.type() != null) {
                out.append(" `").append(column.type()).append('`');
            }
            out.append("\n\n");
            doc(out, column.doc());
            List<String> statements = new ArrayList<>();
            statements.add(SqlRenderer.columnDefinition(table, column));
            table.indexes().stream().filter(index -> index.origin() == Index.Origin.COLUMN_UNIQUE && index.parts().size() == 1
                            && index.parts().get(0).column() != null && index.parts().get(0).column().is(column.name()))
                    .forEach(index -> statements.add(SqlRenderer.createIndex(table.name(), index)));
            sql(out, statements);
            out.append(AffinityReason.of(column.type(), table.strict())).append("\n\n");
            rows(out, preview, table);
            steps = PreviewFacts.forColumn(preview, table, column);
        } else if (target instanceof HoverTarget.OfIndex of) {
            Index index = of.index();
            out.append(index.unique() ? "**unique index** `" : "**index** `").append(index.name()).append("` on `")
                    .append(table.name()).append("`\n\n");
            doc(out, index.doc());
            sql(out, List.of(SqlRenderer.createIndex(table.name(), index)));
            rows(out, preview, table);
            steps = PreviewFacts.forIndex(preview, table, index);
        } else if (target instanceof HoverTarget.OfCheck of) {
            out.append("**check**").append(of.check().name() == null ? "" : " `" + of.check().name() + "`")
                    .append(" on `").append(table.name()).append("`\n\n");
            sql(out, List.of(SqlRenderer.checkConstraint(of.check())));
            steps = PreviewFacts.forCheck(preview, table, of.check());
        } else if (target instanceof HoverTarget.OfForeignKey of) {
            out.append("**foreign key** of `").append(table.name()).append("` to `").append(of.foreignKey().targetTable().name())
                    .append("`\n\n");
            sql(out, List.of(SqlRenderer.foreignKeyConstraint(of.foreignKey())));
            steps = PreviewFacts.forForeignKey(preview, table, of.foreignKey());
        } else {
            HoverTarget.OfPrimaryKey of = (HoverTarget.OfPrimaryKey) target;
            out.append("**primary key** of `").append(table.name()).append("`\n\n");
            sql(out, List.of(SqlRenderer.primaryKeyConstraint(of.primaryKey())));
            steps = PreviewFacts.forPrimaryKey(preview, table);
        }
        steps.forEach(step -> push(out, step));
        return out.toString().stripTrailing();
    }

    private static String options(Table table) {
        List<String> options = new ArrayList<>();
        if (table.strict()) {
            options.add("strict");
        }
        if (table.withoutRowid()) {
            options.add("without rowid");
        }
        return options.isEmpty() ? "" : " (" + String.join(", ", options) + ")";
    }

    private static void doc(StringBuilder out, String doc) {
        if (doc != null && !doc.isBlank()) {
            out.append(doc.strip()).append("\n\n");
        }
    }

    private static void sql(StringBuilder out, List<String> statements) {
        out.append("```sql\n");
        statements.forEach(statement -> out.append(statement).append(";\n"));
        out.append("```\n\n");
    }

    private static void rows(StringBuilder out, PushPreview preview, Table table) {
        OptionalLong rows = PreviewFacts.rowCount(preview, table);
        if (rows.isPresent()) {
            out.append("Rows in `").append(table.name()).append("`: ").append(rows.getAsLong())
                    .append(" (when the database was read)\n\n");
        }
    }

    private static void push(StringBuilder out, AssessedStep step) {
        out.append("---\n\n**push: ").append(step.kind()).append("** (").append(explain(step.kind())).append(')');
        if (step.reasons().isEmpty() || !step.reasons().get(0).equals(step.step().summary())) {
            out.append(": ").append(step.step().summary()); // else the first reason says it
        }
        out.append("\n\n");
        step.reasons().forEach(reason -> out.append("- ").append(reason).append('\n'));
        if (!step.reasons().isEmpty()) {
            out.append('\n');
        }
        sql(out, step.step().statements());
    }

    private static String explain(RiskKind kind) {
        return switch (kind) {
            case SAFE -> "nothing stored changes";
            case REBUILD -> "the table is rebuilt, every value kept";
            case CHANGES_VALUES -> "stored values are rewritten, push asks first";
            case LOSES_DATA -> "stored values are dropped, push asks first";
            case MAY_FAIL -> "may fail on data not seen";
            case WILL_FAIL -> "the rows at hand make it fail, push refuses it";
        };
    }
}
