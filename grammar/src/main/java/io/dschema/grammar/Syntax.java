package io.dschema.grammar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The syntax facade: text in, {@link ParseResult} out. Never throws on any input.
 *
 * <p>Parsing runs in two stages, as ANTLR recommends: the fast SLL mode first, bailing out at the
 * first problem; only text that fails it is parsed again in full LL mode with error recovery. A
 * .dschema file with errors is also parsed once more with {@link NewlineFilter}'s recovery mode
 * (a line indented like its member starts a new member even inside an unclosed parenthesis); that
 * result is kept unless it has more errors. Valid text is never parsed in recovery mode, so the
 * heuristic cannot change what a valid file means.
 */
public final class Syntax {

    private Syntax() {
    }

    /** A .dschema file. */
    public static ParseResult<DSchemaParser.SchemaFileContext> parseSchema(String text) {
        return parse(text, true, DSchemaParser::schemaFile);
    }

    /** A CREATE TABLE statement as SQLite keeps it in sqlite_master. */
    public static ParseResult<DSchemaParser.CreateTableStatementContext> parseCreateTable(String sql) {
        return parse(sql, false, DSchemaParser::createTableStatement);
    }

    /** A CREATE INDEX statement as SQLite keeps it in sqlite_master. */
    public static ParseResult<DSchemaParser.CreateIndexStatementContext> parseCreateIndex(String sql) {
        return parse(sql, false, DSchemaParser::createIndexStatement);
    }

    /** One SQLite expression. */
    public static ParseResult<DSchemaParser.StandaloneExprContext> parseExpression(String text) {
        return parse(text, false, DSchemaParser::standaloneExpr);
    }

    static boolean isLexicalError(int tokenType) {
        return tokenType == DSchemaLexer.ERROR_CHAR
                || tokenType == DSchemaLexer.UNTERMINATED_STRING
                || tokenType == DSchemaLexer.UNTERMINATED_QUOTED;
    }

    private static <T extends ParserRuleContext> ParseResult<T> parse(
            String text, boolean dschemaFile, Function<DSchemaParser, T> entryRule) {
        ParseResult<T> result;
        try {
            result = parse(text, dschemaFile, false, entryRule);
        } catch (StackOverflowError tooDeep) {
            return tooDeeplyNested(dschemaFile, entryRule);
        }
        if (!dschemaFile || !result.hasErrors()) {
            return result;
        }
        ParseResult<T> recovered;
        try {
            recovered = parse(text, true, true, entryRule);
        } catch (StackOverflowError tooDeep) {
            return result;
        }
        return recovered.errors().size() <= result.errors().size() ? recovered : result;
    }

    /** Thousands of nested parentheses exhaust the parser's stack: one error, and an empty tree. */
    private static <T extends ParserRuleContext> ParseResult<T> tooDeeplyNested(
            boolean dschemaFile, Function<DSchemaParser, T> entryRule) {
        ParseResult<T> empty = parse("", dschemaFile, false, entryRule);
        SyntaxError error = new SyntaxError(SyntaxError.Kind.UNEXPECTED_TOKEN,
                "the text is nested too deeply to read (thousands of parentheses): simplify it", 1, 1, 0, 0);
        return new ParseResult<>(empty.tree(), empty.tokens(), List.of(error));
    }

    private static <T extends ParserRuleContext> ParseResult<T> parse(
            String text, boolean dschemaFile, boolean recovery, Function<DSchemaParser, T> entryRule) {
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(text));
        lexer.multilineStrings = !dschemaFile;
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new NewlineFilter(lexer, dschemaFile, recovery));
        DSchemaParser parser = new DSchemaParser(tokens);
        parser.removeErrorListeners();

        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        T tree;
        List<SyntaxError> errors = new ArrayList<>();
        try {
            tree = entryRule.apply(parser);
        } catch (ParseCancellationException slowPath) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new FriendlyErrorStrategy());
            parser.addErrorListener(new Collector(errors));
            tree = entryRule.apply(parser);
        }
        tokens.fill();
        errors.addAll(lexicalErrors(tokens));
        errors.sort(Comparator.comparingInt(SyntaxError::start));
        return new ParseResult<>(tree, tokens, List.copyOf(errors));
    }

    private static List<SyntaxError> lexicalErrors(CommonTokenStream tokens) {
        List<SyntaxError> errors = new ArrayList<>();
        for (Token token : tokens.getTokens()) {
            switch (token.getType()) {
                case DSchemaLexer.ERROR_CHAR -> errors.add(error(SyntaxError.Kind.UNEXPECTED_CHARACTER,
                        "unexpected character '" + token.getText() + "'", token));
                case DSchemaLexer.UNTERMINATED_STRING -> errors.add(error(SyntaxError.Kind.UNTERMINATED_STRING,
                        "unterminated string: add the closing ' on the same line", token));
                case DSchemaLexer.UNTERMINATED_QUOTED -> errors.add(error(SyntaxError.Kind.UNTERMINATED_NAME,
                        "unterminated quoted name: add the closing " + closingQuote(token.getText()), token));
                case DSchemaLexer.BLOCK_COMMENT -> {
                    if (!closed(token)) {
                        errors.add(error(SyntaxError.Kind.UNTERMINATED_COMMENT,
                                "unterminated comment: add the closing */", token));
                    }
                }
                default -> { }
            }
        }
        return errors;
    }

    /** Whether a block comment ends with its star-slash, read off the input without copying the comment. */
    private static boolean closed(Token comment) {
        int start = comment.getStartIndex();
        int stop = comment.getStopIndex();
        if (stop - start < 3) {
            return false;
        }
        CharStream input = comment.getInputStream();
        return input.getText(Interval.of(stop - 1, stop)).equals("*/");
    }

    private static String closingQuote(String text) {
        return switch (text.charAt(0)) {
            case '`' -> "`";
            case '[' -> "]";
            default -> "\"";
        };
    }

    static SyntaxError error(SyntaxError.Kind kind, String message, Token token) {
        int start = Math.max(0, token.getStartIndex());
        int end = token.getType() == Token.EOF ? start : token.getStopIndex() + 1;
        return new SyntaxError(kind, message, token.getLine(), token.getCharPositionInLine() + 1, start, end);
    }

    /** Collects the parser's reports; the lexer reports nothing (it has a token for every character). */
    private static final class Collector extends BaseErrorListener {
        private final List<SyntaxError> errors;

        Collector(List<SyntaxError> errors) {
            this.errors = errors;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String message, RecognitionException e) {
            Token token = (Token) offendingSymbol;
            errors.add(error(SyntaxError.Kind.UNEXPECTED_TOKEN, message, token));
        }
    }
}
