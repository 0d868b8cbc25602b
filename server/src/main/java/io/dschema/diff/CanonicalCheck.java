package io.dschema.diff;

import io.dschema.model.Check;
import io.dschema.model.Names;
import io.dschema.model.Table;

/** A check as compared: its name (folded, "" for none) and canonical expression; column or table level does not matter. */
record CanonicalCheck(String name, String expression) {

    static CanonicalCheck of(Check check, Table table, Renames renames) {
        return new CanonicalCheck(check.name() == null ? "" : Names.fold(check.name()),
                CanonicalExpr.of(check.expression(), ExprScope.of(table, renames)));
    }
}
