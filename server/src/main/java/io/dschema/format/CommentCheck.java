package io.dschema.format;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Every comment survives formatting: the comments before and after are the same multiset of texts
 * (compared as the formatter writes them: line ends and trailing blanks normalised).
 */
public final class CommentCheck {

    private CommentCheck() {
    }

    public static Optional<String> difference(CommonTokenStream before, CommonTokenStream after) {
        Map<String, Integer> counts = new TreeMap<>();
        count(before, counts, 1);
        count(after, counts, -1);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > 0) {
                return Optional.of("comment lost: " + entry.getKey());
            }
            if (entry.getValue() < 0) {
                return Optional.of("comment added: " + entry.getKey());
            }
        }
        return Optional.empty();
    }

    private static void count(CommonTokenStream tokens, Map<String, Integer> counts, int sign) {
        tokens.fill();
        for (Token token : tokens.getTokens()) {
            if (SourceTokens.isComment(token)) {
                counts.merge(CommentText.normalise(token.getText(), "\n"), sign, Integer::sum);
            }
        }
    }
}
