package io.dschema.lower;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.grammar.DSchemaLexer;
import io.dschema.grammar.DSchemaParser;
import java.util.List;

/** The options between a table's name and its body: strict, without rowid, renamed from. */
final class TableHeader {

    private final LoweringContext context;
    private final TableBuilder table;
    private final MemberLowerer members;

    TableHeader(LoweringContext context, TableBuilder table, MemberLowerer members) {
        this.context = context;
        this.table = table;
        this.members = members;
    }

    void lower(List<DSchemaParser.TableHeaderItemContext> items) {
        boolean strict = false;
        boolean withoutRowid = false;
        boolean renamed = false;
        for (DSchemaParser.TableHeaderItemContext item : items) {
            String option;
            boolean seen;
            if (Children.has(item, DSchemaLexer.STRICT)) {
                option = "strict";
                seen = strict;
                strict = true;
            } else if (Children.has(item, DSchemaLexer.ROWID)) {
                option = "without rowid";
                seen = withoutRowid;
                withoutRowid = true;
            } else if (Children.first(item, DSchemaParser.RenameHintContext.class) != null) {
                option = "renamed from";
                seen = renamed;
                renamed = true;
            } else {
                continue; // an item a syntax error cut short (reported already)
            }
            if (seen) {
                context.report(DiagnosticCode.REPEATED_CLAUSE, "'" + option + "' is written twice on table "
                        + table.name + ": remove one", item);
                continue;
            }
            switch (option) {
                case "strict" -> table.strict = true;
                case "without rowid" -> table.withoutRowid = true;
                default -> table.renamedFrom = members.renameHint(Children.first(item, DSchemaParser.RenameHintContext.class));
            }
        }
    }
}
