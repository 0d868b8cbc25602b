package io.dschema.pull;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.sqlite.Sql;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;

/**
 * SQLite takes a double-quoted name that names no column as a string ({@code check (c in ("x",
 * "y"))}); the language does not (it reports the unknown column). Pull writes such names as the
 * strings SQLite read them as, {@code 'x'}, which the differ takes as the same expression. A name
 * in a place only names stand (a function, a qualifier, after {@code collate} or {@code as}) is
 * left alone. The rest of the text is kept as stored.
 */
final class DoubleQuotedStrings {

    private DoubleQuotedStrings() {
    }

    /** {@code sql} with every double-quoted name that {@code isColumn} does not take written as a string. */
    static String asStrings(String sql, Predicate<String> isColumn) {
        if (sql.indexOf('"') < 0) {
            return sql;
        }
        List<Token> tokens = StatementTokens.of(sql);
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String text = token.getText();
            if (token.getType() != DSchemaLexer.QUOTED_IDENTIFIER || !text.startsWith("\"")) {
                continue;
            }
            int before = i > 0 ? tokens.get(i - 1).getType() : Token.EOF;
            int after = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : Token.EOF;
            boolean nameOnly = before == DSchemaLexer.DOT || before == DSchemaLexer.COLLATE || before == DSchemaLexer.AS
                    || after == DSchemaLexer.DOT || after == DSchemaLexer.LPAREN;
            String name = text.substring(1, text.length() - 1).replace("\"\"", "\"");
            if (nameOnly || isColumn.test(name)) {
                continue;
            }
            int start = sql.offsetByCodePoints(0, token.getStartIndex());
            int end = sql.offsetByCodePoints(0, token.getStopIndex() + 1);
            out.append(sql, copied, start).append(Sql.string(name));
            copied = end;
        }
        return out.append(sql.substring(copied)).toString();
    }
}
