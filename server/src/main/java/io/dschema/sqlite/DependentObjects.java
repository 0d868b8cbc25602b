package io.dschema.sqlite;

import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SqlObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The views and triggers that stand in the way of a rebuild: SQLite re-reads every view and
 * trigger when a table is renamed, so one that names a table while it is gone (between the DROP
 * and the RENAME of a rebuild) makes the RENAME fail. They are dropped before and recreated after,
 * as stored but for the plan's own renames ({@link PlanRenames}). SQLite does not check a view
 * when it is created, so every such view also gets a guard ({@link #viewGuards}) that fails the
 * transaction when it no longer works.
 */
final class DependentObjects {

    private DependentObjects() {
    }

    /**
     * In baseline order: triggers on the tables or naming them, views naming them, and, in turn,
     * the views and triggers that name those views.
     */
    static List<SqlObject> of(Schema before, List<String> tables) {
        List<String> names = new ArrayList<>(tables);
        List<SqlObject> found = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SqlObject object : all(before)) {
                if (!found.contains(object) && dependsOnAny(object, names)) {
                    found.add(object);
                    if (object.kind() == SqlObject.Kind.VIEW) {
                        names.add(object.name());
                    }
                    grew = true;
                }
            }
        }
        List<SqlObject> ordered = new ArrayList<>();
        for (SqlObject object : all(before)) {
            if (found.contains(object)) {
                ordered.add(object);
            }
        }
        return ordered;
    }

    /** Drop triggers first (they may name views), then views, the last created first. */
    static List<String> dropStatements(List<SqlObject> objects) {
        List<String> statements = new ArrayList<>();
        for (SqlObject object : objects) {
            if (object.kind() == SqlObject.Kind.TRIGGER) {
                statements.add("DROP TRIGGER IF EXISTS " + Sql.ident(object.name()));
            }
        }
        for (int i = objects.size() - 1; i >= 0; i--) {
            if (objects.get(i).kind() == SqlObject.Kind.VIEW) {
                statements.add("DROP VIEW IF EXISTS " + Sql.ident(objects.get(i).name()));
            }
        }
        return statements;
    }

    /** Views first, in baseline order, then triggers: each from its stored SQL, brought up to the plan's renames. */
    static List<String> createStatements(List<SqlObject> objects, PlanRenames renames) {
        List<String> statements = new ArrayList<>();
        for (SqlObject.Kind kind : List.of(SqlObject.Kind.VIEW, SqlObject.Kind.TRIGGER)) {
            for (SqlObject object : objects) {
                if (object.kind() == kind) {
                    statements.add(renames.sqlOf(object));
                }
            }
        }
        return statements;
    }

    /**
     * A guard per view that depends on {@code tables}: selecting from a view that names a column or
     * table the plan dropped fails, so the push stops instead of leaving a broken view behind.
     */
    static List<io.dschema.plan.Guard> viewGuards(Schema before, List<String> tables) {
        List<io.dschema.plan.Guard> guards = new ArrayList<>();
        for (SqlObject view : of(before, tables)) {
            if (view.kind() == SqlObject.Kind.VIEW) {
                guards.add(new io.dschema.plan.Guard("the view " + view.name() + " no longer works after the push (it names"
                        + " a column or table that the push drops or changes): change or drop the view first",
                        "SELECT * FROM " + Sql.ident(view.name()) + " LIMIT 0"));
            }
        }
        return guards;
    }

    private static List<SqlObject> all(Schema before) {
        List<SqlObject> all = new ArrayList<>(before.views());
        all.addAll(before.triggers());
        return all;
    }

    private static boolean dependsOnAny(SqlObject object, List<String> names) {
        for (String name : names) {
            if (object.tableName() != null && Names.same(object.tableName(), name)) {
                return true;
            }
            for (String dependency : object.dependsOn()) {
                if (Names.same(dependency, name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
