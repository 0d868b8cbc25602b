package io.dschema.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (resynchronise on the follow sets, so a broken member ends at its newline and
 * the rest of the table still parses), with messages written for users: what was found, and what
 * would fit there, in the language's words.
 *
 * <p>Errors at a token the lexer already flagged (an unclosed string, a stray character) are not
 * reported again: {@link Syntax} reports those with a message of their own.
 */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {

    private static final int MAX_LISTED = 5;

    /** Where a broken member line ends. */
    private static final IntervalSet END_OF_MEMBER = IntervalSet.of(DSchemaLexer.NEWLINE);

    /** Inside a member, besides its end: a closing parenthesis and the words that start a column constraint. */
    private static final IntervalSet WITHIN_MEMBER = new IntervalSet();

    static {
        END_OF_MEMBER.addAll(IntervalSet.of(DSchemaLexer.SEMI));
        END_OF_MEMBER.add(DSchemaLexer.COMMA);
        END_OF_MEMBER.add(DSchemaLexer.RBRACE);
        END_OF_MEMBER.add(DSchemaLexer.TABLE);
        END_OF_MEMBER.add(Token.EOF);
        for (int type : new int[] {DSchemaLexer.RPAREN, DSchemaLexer.NOT, DSchemaLexer.NULL, DSchemaLexer.PRIMARY,
                DSchemaLexer.UNIQUE, DSchemaLexer.CHECK, DSchemaLexer.DEFAULT, DSchemaLexer.COLLATE,
                DSchemaLexer.REFERENCES, DSchemaLexer.GENERATED, DSchemaLexer.AS, DSchemaLexer.RENAMED, DSchemaLexer.ON}) {
            WITHIN_MEMBER.add(type);
        }
    }

    /**
     * Inside a member, recovery stops only at the member's end or at a point within it (a closing
     * parenthesis, a constraint word): never at a name, which would start a new member on the broken
     * line and report its debris as findings.
     */
    @Override
    protected IntervalSet getErrorRecoverySet(Parser parser) {
        IntervalSet set = super.getErrorRecoverySet(parser);
        for (RuleContext context = parser.getContext(); context != null; context = context.parent) {
            if (context.getRuleIndex() == DSchemaParser.RULE_member) {
                IntervalSet within = set.and(WITHIN_MEMBER);
                within.addAll(END_OF_MEMBER);
                return within;
            }
        }
        return set;
    }

    /**
     * ANTLR's sync throws at the entry of a loop or block when the next token fits nowhere, which
     * unwinds to the enclosing rule and skips everything up to what follows it: a stray token at the
     * start of a member line would lose the rest of the table, a misspelled {@code table} the rest of
     * the file. Here the entry is treated like a loop iteration: report once, skip to a token that
     * can go on (the next member, separator, brace or table), and go on.
     */
    @Override
    public void sync(Parser parser) throws RecognitionException {
        ATNState state = parser.getInterpreter().atn.states.get(parser.getState());
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        int next = parser.getInputStream().LA(1);
        IntervalSet expecting = parser.getATN().nextTokens(state);
        if (expecting.contains(next) || expecting.contains(Token.EPSILON)) {
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START, ATNState.STAR_BLOCK_START, ATNState.PLUS_BLOCK_START, ATNState.STAR_LOOP_ENTRY -> {
                if (singleTokenDeletion(parser) != null) {
                    return;
                }
                reportUnwantedToken(parser);
                consumeUntil(parser, parser.getContext() instanceof DSchemaParser.TableBodyContext
                        ? END_OF_MEMBER : parser.getExpectedTokens().or(getErrorRecoverySet(parser)));
            }
            default -> super.sync(parser);
        }
    }

    /** A significant newline ends a member: it is never skipped as extraneous to mend a broken line. */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        if (parser.getCurrentToken().getType() == DSchemaLexer.NEWLINE) {
            return null;
        }
        return super.singleTokenDeletion(parser);
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), "unexpected " + TokenNames.describe(e.getOffendingToken())
                + "; expected " + expectation(parser, parser.getExpectedTokens()));
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), "unexpected " + TokenNames.describe(e.getOffendingToken())
                + "; expected " + expectation(parser, e.getExpectedTokens()));
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), "unexpected " + TokenNames.describe(e.getOffendingToken()));
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token token = parser.getCurrentToken();
        report(parser, token, "unexpected " + TokenNames.describe(token) + "; expected "
                + expectation(parser, getExpectedTokens(parser)));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token token = parser.getCurrentToken();
        report(parser, token, "missing " + expectation(parser, getExpectedTokens(parser))
                + " before " + TokenNames.describe(token));
    }

    private static void report(Parser parser, Token offending, String message) {
        if (Syntax.isLexicalError(offending.getType())) {
            return;
        }
        parser.notifyErrorListeners(offending, message, null);
    }

    /** A short list of what fits, or, when many tokens fit, what the rule at hand reads. */
    private static String expectation(Parser parser, IntervalSet expected) {
        if (expected.contains(DSchemaLexer.RBRACE)) {
            return "'}'";
        }
        List<Integer> types = expected.toList();
        if (types.size() > 1) {
            types.remove(Integer.valueOf(Token.EOF));
        }
        if (types.size() <= MAX_LISTED) {
            List<String> names = new ArrayList<>();
            for (int type : types) {
                String name = TokenNames.describeType(type);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            return names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
        }
        return describeRule(parser.getContext());
    }

    private static String describeRule(ParserRuleContext context) {
        int rule = context == null ? -1 : context.getRuleIndex();
        return switch (rule) {
            case DSchemaParser.RULE_expr, DSchemaParser.RULE_term, DSchemaParser.RULE_standaloneExpr,
                    DSchemaParser.RULE_indexedColumn ->
                    "an expression";
            case DSchemaParser.RULE_columnDef, DSchemaParser.RULE_columnConstraint,
                    DSchemaParser.RULE_columnConstraintBody, DSchemaParser.RULE_typeName ->
                    "a column constraint (not null, default, unique, references, ...) or the end of the line";
            case DSchemaParser.RULE_tableBody, DSchemaParser.RULE_member, DSchemaParser.RULE_separator ->
                    "a column, an index or a table constraint";
            case DSchemaParser.RULE_defaultValue -> "a literal value or a parenthesised expression";
            case DSchemaParser.RULE_name, DSchemaParser.RULE_declName, DSchemaParser.RULE_qualifiedName ->
                    "a name";
            case DSchemaParser.RULE_tableDecl, DSchemaParser.RULE_tableHeaderItem ->
                    "'strict', 'without rowid', 'renamed from' or '{'";
            case DSchemaParser.RULE_schemaFile -> "'table'";
            case DSchemaParser.RULE_createTableStatement, DSchemaParser.RULE_tableElement ->
                    "a column or a table constraint";
            case DSchemaParser.RULE_createIndexStatement -> "an indexed column";
            default -> "something else";
        };
    }
}
