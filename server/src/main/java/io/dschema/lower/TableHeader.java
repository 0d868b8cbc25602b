package io.dschema.lower;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.grammar.DSchemaParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> seen = new HashSet<>();
        for (DSchemaParser.TableHeaderItemContext item : items) {
            if (item.STRICT() == null && item.ROWID() == null && item.renameHint() == null) {
                continue; // an item a syntax error cut short (reported already)
            }
            String option = item.STRICT() != null ? "strict" : item.ROWID() != null ? "without rowid" : "renamed from";
            if (!seen.add(option)) {
                context.report(DiagnosticCode.REPEATED_CLAUSE, "'" + option + "' is written twice on table "
                        + table.name + ": remove one", item);
                continue;
            }
            switch (option) {
                case "strict" -> table.strict = true;
                case "without rowid" -> table.withoutRowid = true;
                default -> table.renamedFrom = members.renameHint(item.renameHint());
            }
        }
    }
}
