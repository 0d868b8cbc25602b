package io.dschema.format;

import io.dschema.grammar.DSchemaParser.MemberContext;
import io.dschema.grammar.DSchemaParser.TableDeclContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One table: its header line, its body, and the closing brace on a line of its own. */
final class TableLayout {

    private final BlockScanner scanner;
    private final MemberLayout members;
    private final SourceTokens tokens;

    TableLayout(SourceTokens tokens, BlockScanner scanner, MemberLayout members) {
        this.tokens = tokens;
        this.scanner = scanner;
        this.members = members;
    }

    Block block(TableDeclContext table) {
        int first = table.getStart().getTokenIndex();
        int open = table.tableBody().LBRACE().getSymbol().getTokenIndex();
        int close = table.tableBody().RBRACE().getSymbol().getTokenIndex();
        Block header = Block.of(Block.Kind.HEADER, first, open, List.of(new Line(0, HeaderLayout.text(table))));
        Map<Integer, MemberContext> starts = new HashMap<>();
        for (MemberContext member : table.tableBody().member()) {
            starts.put(member.getStart().getTokenIndex(), member);
        }
        // The scan starts inside the header, so that comments written there are kept: on the
        // header's line after the brace, or as comment lines at the top of the body.
        List<Block> body = scanner.scan(first + 1, close, starts, members::block, header, ColumnAligner.MEMBER_INDENT);
        List<Line> lines = new ArrayList<>(header.finish());
        lines.addAll(BodyLayout.lines(body, tokens));
        lines.add(new Line(0, "}"));
        return Block.of(Block.Kind.TABLE, first, close, lines);
    }
}
