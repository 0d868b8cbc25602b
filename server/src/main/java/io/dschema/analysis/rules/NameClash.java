package io.dschema.analysis.rules;

import io.dschema.analysis.AnalysisContext;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.analysis.Reporter;
import io.dschema.analysis.TableRule;
import io.dschema.model.Index;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.SqlObject;
import io.dschema.model.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * DS1004: a table, an index (derived unique index names included) or a view with the name of an
 * object of another kind. SQLite keeps tables, indexes and views in one namespace ("there is
 * already a table named x", "table x already exists"). Two objects of the same kind are DS1001 and
 * DS1003. Triggers are left out on purpose: SQLite keeps them in a namespace of their own
 * (sqlite3CreateTrigger only looks for another trigger), so {@code create trigger users ... on users}
 * is accepted, and a trigger can only clash with a trigger, which one database cannot hold twice.
 *
 * <p>Views come from a database and have no source, so they are entered first: the clash is
 * reported on the declared object, which has a place in a file.
 */
public final class NameClash implements TableRule {

    /** One object of the namespace: a view, a table, or an index of a table. Words are made only for a clash. */
    private record Named(SqlObject view, Table table, Index index) {

        String kind() {
            return view != null ? "view" : index != null ? "index" : "table";
        }

        SourceRange range() {
            return view != null ? SourceRange.NONE : index != null ? index.nameRange() : table.nameRange();
        }

        String description() {
            return view != null ? "view " + view.name() + " in the database"
                    : index != null ? NameRuleSupport.describe(index, table) : "table " + table.name();
        }

        /** How to give this object another name. */
        String rename() {
            return index == null ? "rename the table"
                    : derived() ? "name the unique constraint with " + naming() : "rename the index";
        }

        /** How to get this object out of the way of another. */
        String moveAside() {
            return view != null ? "drop or rename view " + view.name() + " in the database"
                    : index == null ? "rename table " + table.name()
                    : derived() ? "name that unique constraint of table " + table.name() + " with " + naming()
                    : "rename index " + index.name();
        }

        private boolean derived() {
            return NameRuleSupport.derivedName(index, table);
        }

        private String naming() {
            return "'unique NAME (" + String.join(", ", NameRuleSupport.partNames(index.parts())) + ")'";
        }
    }

    /**
     * The first object with each name (folded): the views, entered before the first table, then the
     * tables checked so far and their indexes.
     */
    private static final AnalysisContext.Shared<Schema, Map<String, Named>> FIRST =
            AnalysisContext.Shared.perSchema((context, schema) -> {
                // Sized for the views, the tables and a few indexes per table.
                Map<String, Named> first = new HashMap<>(AnalysisContext.capacity(schema.views().size()
                        + schema.tables().size() * 5));
                for (SqlObject view : schema.views()) {
                    if (!view.name().isEmpty()) {
                        first.putIfAbsent(Names.fold(view.name()), new Named(view, null, null)); // two views: not DS1004's
                    }
                }
                return first;
            });

    @Override
    public void check(AnalysisContext context, Table table, Reporter reporter) {
        Map<String, Named> first = context.shared(FIRST, context.schema());
        enter(first, table.name(), new Named(null, table, null), reporter);
        for (Index index : table.indexes()) {
            enter(first, index.name(), new Named(null, table, index), reporter);
        }
    }

    private static void enter(Map<String, Named> first, String name, Named object, Reporter reporter) {
        if (name.isEmpty()) {
            return; // cut short by a syntax error, reported already
        }
        Named earlier = first.putIfAbsent(Names.fold(name), object);
        if (earlier != null && !earlier.kind().equals(object.kind())) {
            String where = earlier.range().isNone() ? "" : " at " + NameRuleSupport.at(earlier.range());
            reporter.report(DiagnosticCode.NAME_CLASH, object.description() + " has the same name as " + earlier.description()
                    + where + " (tables, indexes and views share one namespace in SQLite): " + object.rename()
                    + ", or " + earlier.moveAside(), object.range());
        }
    }
}
