package io.dschema.pull;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.sqlite.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * How a pulled schema writes a name or a type: bare where the .dschema lexer reads it back as the
 * same plain name, quoted ({@code "a""b"}) everywhere else. The database's spelling is kept.
 *
 * <p>Bare are plain identifiers and the few keywords the grammar takes as names anywhere (its
 * {@code softKeyword}s that neither open a table member, a column constraint or a header option,
 * nor continue a member on the next line). Every other keyword is quoted: {@code index},
 * {@code unique}, {@code check} and the like start a member, {@code desc}, {@code on} and the like
 * would join a line to the one above.
 */
final class PullNames {

    private static final Set<Integer> BARE_KEYWORDS = Set.of(
            DSchemaLexer.ABORT, DSchemaLexer.ACTION, DSchemaLexer.ALWAYS, DSchemaLexer.BY, DSchemaLexer.CASCADE,
            DSchemaLexer.CONFLICT, DSchemaLexer.DEFERRED, DSchemaLexer.DELETE, DSchemaLexer.FAIL, DSchemaLexer.FILTER,
            DSchemaLexer.IF, DSchemaLexer.IGNORE, DSchemaLexer.IMMEDIATE, DSchemaLexer.KEY, DSchemaLexer.NO,
            DSchemaLexer.OVER, DSchemaLexer.REPLACE, DSchemaLexer.RESTRICT, DSchemaLexer.ROLLBACK, DSchemaLexer.ROWID,
            DSchemaLexer.SET, DSchemaLexer.TEMP, DSchemaLexer.TEMPORARY, DSchemaLexer.UPDATE);

    private PullNames() {
    }

    /** The name as a .dschema file writes it. */
    static String name(String name) {
        return isBare(name) ? name : Sql.ident(name);
    }

    /** Names separated by {@code ", "}. */
    static String names(List<String> names) {
        List<String> written = new ArrayList<>(names.size());
        for (String name : names) {
            written.add(name(name));
        }
        return String.join(", ", written);
    }

    /**
     * A declared type as the model keeps it (words one space apart, then an optional size) written
     * so that lowering reads the same text back: each word bare or quoted, the size as it is.
     */
    static String type(String type) {
        int size = type.indexOf('(');
        String words = size < 0 ? type : type.substring(0, size);
        StringBuilder out = new StringBuilder(type.length() + 4);
        for (String word : words.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(isPlainIdentifier(word) ? word : Sql.ident(word));
        }
        if (size >= 0) {
            out.append(type.substring(size));
        }
        return out.toString();
    }

    private static boolean isBare(String name) {
        Token token = onlyToken(name);
        return token != null && (token.getType() == DSchemaLexer.IDENTIFIER || BARE_KEYWORDS.contains(token.getType()));
    }

    /** A type word is bare only when it is no keyword at all: a keyword there could end the type. */
    private static boolean isPlainIdentifier(String word) {
        Token token = onlyToken(word);
        return token != null && token.getType() == DSchemaLexer.IDENTIFIER;
    }

    /** The one token the text lexes to, spanning all of it; null when it is none or several. */
    private static Token onlyToken(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        if (first.getType() == Token.EOF || first.getStartIndex() != 0
                || first.getStopIndex() != text.codePointCount(0, text.length()) - 1) {
            return null;
        }
        return lexer.nextToken().getType() == Token.EOF ? first : null;
    }
}
