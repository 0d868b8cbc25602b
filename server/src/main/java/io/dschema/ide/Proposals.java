package io.dschema.ide;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.ide.CompletionEntry.Kind;
import io.dschema.model.SourceRange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Collects completion entries: keeps those that start with the word typed so far (ASCII case
 * folded, as keywords and names compare), drops repeats and snippets the editor cannot take, and
 * gives every entry the same replace range.
 */
final class Proposals {

    private final String prefix;
    private final SourceRange replace;
    private final boolean snippets;
    private final List<CompletionEntry> entries = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();

    Proposals(String prefix, SourceRange replace, boolean snippets) {
        this.prefix = prefix;
        this.replace = replace;
        this.snippets = snippets;
    }

    List<CompletionEntry> entries() {
        return List.copyOf(entries);
    }

    void keyword(String word) {
        add(word, Kind.KEYWORD, null, word, false);
    }

    void keywords(List<String> words) {
        words.forEach(this::keyword);
    }

    /** A snippet; left out when the editor takes none (the keyword entries stay). */
    void snippet(String label, String detail, String body) {
        if (snippets) {
            add(label, Kind.SNIPPET, detail, body, true);
        }
    }

    void type(String type, String detail) {
        add(type, Kind.TYPE, detail, type, false);
    }

    void table(String name, String detail) {
        add(name, Kind.TABLE, detail, quoteIfNeeded(name), false);
    }

    void column(String name, String detail) {
        add(name, Kind.COLUMN, detail, quoteIfNeeded(name), false);
    }

    void function(SqliteVocabulary.Function function) {
        if (snippets) {
            add(function.name(), Kind.FUNCTION, function.signature(), function.name() + "($1)$0", true);
        } else {
            add(function.name(), Kind.FUNCTION, function.signature(), function.name(), false);
        }
    }

    void collation(String name) {
        add(name, Kind.COLLATION, null, name, false);
    }

    private void add(String label, Kind kind, String detail, String insertText, boolean snippet) {
        if (!startsWith(label, prefix) || !labels.add(kind + " " + label)) {
            return;
        }
        entries.add(new CompletionEntry(label, kind, detail, insertText, snippet, replace));
    }

    static boolean startsWith(String label, String prefix) {
        if (prefix.length() > label.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (fold(label.charAt(i)) != fold(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A name as it can be written: as is when it lexes as one plain identifier, else double-quoted. */
    static String quoteIfNeeded(String name) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(name));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        if (first.getType() == DSchemaLexer.IDENTIFIER && first.getStartIndex() == 0
                && first.getStopIndex() + 1 == name.codePointCount(0, name.length()) && lexer.nextToken().getType() == Token.EOF) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
