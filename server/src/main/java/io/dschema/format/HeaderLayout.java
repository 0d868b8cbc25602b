package io.dschema.format;

import io.dschema.grammar.DSchemaParser.TableDeclContext;
import io.dschema.grammar.DSchemaParser.TableHeaderItemContext;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical table header, <code>table NAME [strict] [without rowid] [renamed from OLD] {</code>:
 * options in that order, without commas, keywords in lower case. Comments written inside a header
 * do not stay among its words (BlockScanner moves them after the brace).
 */
final class HeaderLayout {

    private HeaderLayout() {
    }

    static String text(TableDeclContext table) {
        StringBuilder header = new StringBuilder("table ").append(table.declName().getStart().getText());
        List<TableHeaderItemContext> items = table.tableHeaderItem().stream()
                .sorted(Comparator.comparingInt(HeaderLayout::rank))
                .toList();
        for (TableHeaderItemContext item : items) {
            header.append(' ').append(words(item));
        }
        return header.append(" {").toString();
    }

    private static int rank(TableHeaderItemContext item) {
        if (item.STRICT() != null) {
            return 0;
        }
        return item.WITHOUT() != null ? 1 : 2;
    }

    private static String words(TableHeaderItemContext item) {
        if (item.STRICT() != null) {
            return "strict";
        }
        if (item.WITHOUT() != null) {
            return "without rowid";
        }
        return "renamed from " + item.renameHint().declName().getStart().getText();
    }
}
