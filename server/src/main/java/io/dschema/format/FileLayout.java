package io.dschema.format;

import io.dschema.grammar.DSchemaParser.SchemaFileContext;
import io.dschema.grammar.DSchemaParser.TableDeclContext;
import io.dschema.grammar.ParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a whole file (which must have parsed without errors): tables and top-level
 * comments, exactly one blank line after each table, blank lines elsewhere kept (at most one), one
 * line ending at the end.
 */
final class FileLayout {

    private final SchemaFileContext file;
    private final SourceTokens tokens;
    private final String lineEnding;
    private final BlockScanner scanner;
    private final TableLayout tables;

    FileLayout(ParseResult<SchemaFileContext> parsed) {
        this.file = parsed.tree();
        this.tokens = new SourceTokens(parsed.tokens().getTokens());
        this.lineEnding = tokens.lineEnding();
        this.scanner = new BlockScanner(tokens, lineEnding);
        RunRenderer runs = new RunRenderer(tokens, TokenRoles.of(file), lineEnding);
        this.tables = new TableLayout(tokens, scanner, new MemberLayout(tokens, runs));
    }

    String format() {
        Map<Integer, TableDeclContext> starts = new HashMap<>();
        for (TableDeclContext table : file.tableDecl()) {
            starts.put(table.getStart().getTokenIndex(), table);
        }
        List<Block> blocks = scanner.scan(0, tokens.size(), starts, tables::block, null, 0);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i > 0 && (blocks.get(i - 1).kind == Block.Kind.TABLE || block.blankLineBefore)) {
                lines.add(Line.BLANK);
            }
            lines.addAll(block.finish());
        }
        return LineWriter.write(lines, lineEnding, true);
    }

    List<TableDeclContext> tableDecls() {
        return file.tableDecl();
    }

    /** One table alone, from {@code table} to its closing brace, without a final line ending. */
    String table(TableDeclContext table) {
        return LineWriter.write(tables.block(table).finish(), lineEnding, false);
    }

    SourceTokens tokens() {
        return tokens;
    }
}
