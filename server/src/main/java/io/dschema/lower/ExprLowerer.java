package io.dschema.lower;

import io.dschema.grammar.DSchemaLexer;
import io.dschema.grammar.DSchemaParser;
import io.dschema.grammar.DSchemaParser.ExprContext;
import io.dschema.model.Expr;
import io.dschema.model.NameRef;
import io.dschema.model.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNodeImpl;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Expression parse trees to {@link Expr} trees. Null-safe: a tree broken by a syntax error lowers to what it holds.
 *
 * <p>Each node's children are looked at once ({@link Children}); a node that only wraps another
 * (a primary in an expression, a literal in a primary) takes no range of its own.
 */
final class ExprLowerer {

    private final LineIndex lines;
    private final TokenStream tokens;

    ExprLowerer(LineIndex lines, TokenStream tokens) {
        this.lines = lines;
        this.tokens = tokens;
    }

    Expr lower(ExprContext context) {
        if (context == null) {
            return null;
        }
        if (context instanceof DSchemaParser.PrimaryExprContext primary) {
            return lower(Children.first(primary, DSchemaParser.PrimaryContext.class));
        }
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.BinaryExprContext binary) {
            ExprContext left = Children.first(binary, ExprContext.class);
            ExprContext right = Children.nth(binary, ExprContext.class, 1);
            return binary(binary.op, lower(left), lower(right), range);
        }
        if (context instanceof DSchemaParser.ComparisonExprContext comparison) {
            return comparison(comparison, range);
        }
        if (context instanceof DSchemaParser.AndExprContext and) {
            return new Expr.Binary("and", lower(Children.first(and, ExprContext.class)),
                    lower(Children.nth(and, ExprContext.class, 1)), range);
        }
        if (context instanceof DSchemaParser.OrExprContext or) {
            return new Expr.Binary("or", lower(Children.first(or, ExprContext.class)),
                    lower(Children.nth(or, ExprContext.class, 1)), range);
        }
        if (context instanceof DSchemaParser.UnaryExprContext unary) {
            return new Expr.Unary(operatorText(unary.op), lower(Children.first(unary, ExprContext.class)), range);
        }
        if (context instanceof DSchemaParser.CollateExprContext collate) {
            return new Expr.Collate(lower(Children.first(collate, ExprContext.class)),
                    Names.text(lines, Children.first(collate, DSchemaParser.NameContext.class)), range);
        }
        if (context instanceof DSchemaParser.EscapeExprContext escape) {
            return escape(lower(Children.first(escape, ExprContext.class)),
                    lower(Children.nth(escape, ExprContext.class, 1)), range);
        }
        if (context instanceof DSchemaParser.NotExprContext not) {
            return new Expr.Unary("not", lower(Children.first(not, ExprContext.class)), range);
        }
        if (context instanceof DSchemaParser.BetweenExprContext between) {
            boolean negated = Children.has(between, DSchemaLexer.NOT);
            return new Expr.Between(negated, lower(Children.first(between, ExprContext.class)),
                    lower(Children.first(between, DSchemaParser.TermContext.class)),
                    lower(Children.nth(between, DSchemaParser.TermContext.class, 1)), range);
        }
        if (context instanceof DSchemaParser.InExprContext in) {
            return in(in, range);
        }
        if (context instanceof DSchemaParser.NullTestExprContext test) {
            return new Expr.NullTest(Children.has(test, DSchemaLexer.ISNULL), lower(Children.first(test, ExprContext.class)),
                    range);
        }
        return null;
    }

    /** A BETWEEN bound: the same operators as {@link #lower(ExprContext)}'s tighter-binding half. */
    Expr lower(DSchemaParser.TermContext context) {
        if (context == null) {
            return null;
        }
        if (context instanceof DSchemaParser.PrimaryTermContext primary) {
            return lower(Children.first(primary, DSchemaParser.PrimaryContext.class));
        }
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.UnaryTermContext unary) {
            return new Expr.Unary(operatorText(unary.op), lower(Children.first(unary, DSchemaParser.TermContext.class)),
                    range);
        }
        if (context instanceof DSchemaParser.CollateTermContext collate) {
            return new Expr.Collate(lower(Children.first(collate, DSchemaParser.TermContext.class)),
                    Names.text(lines, Children.first(collate, DSchemaParser.NameContext.class)), range);
        }
        if (context instanceof DSchemaParser.BinaryTermContext binary) {
            return binary(binary.op, lower(Children.first(binary, DSchemaParser.TermContext.class)),
                    lower(Children.nth(binary, DSchemaParser.TermContext.class, 1)), range);
        }
        if (context instanceof DSchemaParser.EscapeTermContext escape) {
            return escape(lower(Children.first(escape, DSchemaParser.TermContext.class)),
                    lower(Children.nth(escape, DSchemaParser.TermContext.class, 1)), range);
        }
        return null;
    }

    Expr lower(DSchemaParser.PrimaryContext context) {
        if (context == null) {
            return null;
        }
        if (context instanceof DSchemaParser.LiteralPrimaryContext literal) {
            return literal(Children.first(literal, DSchemaParser.LiteralContext.class));
        }
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.ColumnPrimaryContext column) {
            return columnRef(Children.first(column, DSchemaParser.QualifiedNameContext.class), range);
        }
        if (context instanceof DSchemaParser.FunctionPrimaryContext call) {
            return call(call, range);
        }
        if (context instanceof DSchemaParser.ParenPrimaryContext parens) {
            return new Expr.Parens(lowerAll(parens), range);
        }
        if (context instanceof DSchemaParser.ParameterPrimaryContext parameter) {
            return new Expr.Parameter(parameter.getText(), range);
        }
        if (context instanceof DSchemaParser.SubqueryPrimaryContext subquery) {
            return new Expr.Subquery(ExpressionText.of(tokens, lines, subquery), range);
        }
        if (context instanceof DSchemaParser.CastPrimaryContext cast) {
            DSchemaParser.TypeNameContext type = Children.first(cast, DSchemaParser.TypeNameContext.class);
            return new Expr.Cast(lower(Children.first(cast, ExprContext.class)), type == null ? "" : Names.typeText(lines, type),
                    range);
        }
        if (context instanceof DSchemaParser.CasePrimaryContext caseExpr) {
            List<Expr.When> whens = new ArrayList<>();
            for (DSchemaParser.CaseWhenContext when : Children.all(caseExpr, DSchemaParser.CaseWhenContext.class)) {
                whens.add(new Expr.When(lower(Children.first(when, ExprContext.class)),
                        lower(Children.nth(when, ExprContext.class, 1))));
            }
            return new Expr.Case(lower(caseExpr.operand), whens, lower(caseExpr.elseExpr), range);
        }
        if (context instanceof DSchemaParser.RaisePrimaryContext raise) {
            return new Expr.Raise(ExpressionText.of(tokens, lines, raise), range);
        }
        return null;
    }

    private Expr call(DSchemaParser.FunctionPrimaryContext call, SourceRange range) {
        DSchemaParser.FunctionNameContext function = null;
        boolean distinct = false;
        boolean star = false;
        boolean filter = false;
        boolean over = false;
        List<ParseTree> children = call.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof TerminalNodeImpl terminal) {
                int type = terminal.symbol.getType();
                distinct |= type == DSchemaLexer.DISTINCT;
                star |= type == DSchemaLexer.STAR;
            } else if (child instanceof DSchemaParser.FunctionNameContext name) {
                if (function == null) {
                    function = name;
                }
            } else if (child instanceof DSchemaParser.FilterClauseContext) {
                filter = true;
            } else if (child instanceof DSchemaParser.OverClauseContext) {
                over = true;
            }
        }
        NameRef name = new NameRef(Names.text(lines, function), lines.range(function));
        return new Expr.FunctionCall(name, distinct, star, lowerAll(call), filter, over, range);
    }

    private static Expr binary(Token operator, Expr left, Expr right, SourceRange range) {
        return new Expr.Binary(operatorText(operator).toLowerCase(Locale.ROOT), left, right, range);
    }

    /** An operator's text, as {@link Token#getText()}, without the copy for the symbols (all one spelling). */
    private static String operatorText(Token operator) {
        if (operator.getTokenIndex() < 0) {
            return operator.getText(); // made up by error recovery: "<missing ...>"
        }
        return switch (operator.getType()) {
            case DSchemaLexer.CONCAT -> "||";
            case DSchemaLexer.PTR -> "->";
            case DSchemaLexer.PTR2 -> "->>";
            case DSchemaLexer.STAR -> "*";
            case DSchemaLexer.SLASH -> "/";
            case DSchemaLexer.PERCENT -> "%";
            case DSchemaLexer.PLUS -> "+";
            case DSchemaLexer.MINUS -> "-";
            case DSchemaLexer.TILDE -> "~";
            case DSchemaLexer.AMP -> "&";
            case DSchemaLexer.PIPE -> "|";
            case DSchemaLexer.SHL -> "<<";
            case DSchemaLexer.SHR -> ">>";
            case DSchemaLexer.LT -> "<";
            case DSchemaLexer.LE -> "<=";
            case DSchemaLexer.GT -> ">";
            case DSchemaLexer.GE -> ">=";
            default -> operator.getText();
        };
    }

    /** Only meaningful under LIKE, which pulls it up (see comparison); alone it is a binary "escape". */
    private static Expr escape(Expr left, Expr right, SourceRange range) {
        return new Expr.Binary("escape", left, right, range);
    }

    /** The node's expression children, lowered, those that lower to nothing left out. */
    private List<Expr> lowerAll(ParserRuleContext parent) {
        List<ParseTree> children = parent.children;
        List<Expr> lowered = new ArrayList<>(children == null ? 0 : Math.min(children.size(), 10));
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof ExprContext context) {
                Expr expr = lower(context);
                if (expr != null) {
                    lowered.add(expr);
                }
            }
        }
        return lowered;
    }

    private List<Expr> lowerAll(List<ExprContext> contexts) {
        List<Expr> lowered = new ArrayList<>(contexts.size());
        for (ExprContext context : contexts) {
            Expr expr = lower(context);
            if (expr != null) {
                lowered.add(expr);
            }
        }
        return lowered;
    }

    Expr.Literal literal(DSchemaParser.LiteralContext literal) {
        String text = lines.tokenText(literal);
        Token token = literal.getStart();
        Expr.LiteralKind kind = token.getType() == DSchemaLexer.NUMBER && literal.getChildCount() == 1
                && literal.getChild(0) instanceof TerminalNodeImpl only && only.symbol == token
                ? (isInteger(text) ? Expr.LiteralKind.INTEGER : Expr.LiteralKind.REAL)
                : literalKind(token);
        return new Expr.Literal(kind, text, lines.range(literal));
    }

    Expr.LiteralKind literalKind(Token token) {
        return switch (token.getType()) {
            case DSchemaLexer.NUMBER -> isInteger(token) ? Expr.LiteralKind.INTEGER : Expr.LiteralKind.REAL;
            case DSchemaLexer.HEX_NUMBER -> Expr.LiteralKind.INTEGER;
            case DSchemaLexer.STRING -> Expr.LiteralKind.STRING;
            case DSchemaLexer.BLOB -> Expr.LiteralKind.BLOB;
            case DSchemaLexer.TRUE -> Expr.LiteralKind.TRUE;
            case DSchemaLexer.FALSE -> Expr.LiteralKind.FALSE;
            case DSchemaLexer.CURRENT_TIME -> Expr.LiteralKind.CURRENT_TIME;
            case DSchemaLexer.CURRENT_DATE -> Expr.LiteralKind.CURRENT_DATE;
            case DSchemaLexer.CURRENT_TIMESTAMP -> Expr.LiteralKind.CURRENT_TIMESTAMP;
            default -> Expr.LiteralKind.NULL;
        };
    }

    /** Whether a NUMBER token's text has no '.' and no exponent, read in the source when possible. */
    private boolean isInteger(Token number) {
        int start = number.getStartIndex();
        int stop = number.getStopIndex();
        if (!lines.charOffsets() || number.getTokenIndex() < 0 || start < 0 || stop < start) {
            return isInteger(number.getText());
        }
        for (int i = start; i <= stop; i++) {
            char c = lines.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    Expr.ColumnRef columnRef(DSchemaParser.QualifiedNameContext name, SourceRange range) {
        // Up to three names: schema.table.column.
        DSchemaParser.NameContext first = null;
        DSchemaParser.NameContext second = null;
        DSchemaParser.NameContext third = null;
        int count = 0;
        List<ParseTree> children = name.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof DSchemaParser.NameContext part) {
                switch (count++) {
                    case 0 -> first = part;
                    case 1 -> second = part;
                    case 2 -> third = part;
                    default -> { }
                }
            }
        }
        if (count == 0) {
            throw new IndexOutOfBoundsException("a qualified name without a name");
        }
        if (count > 3) {
            // The grammar allows three; a tree error recovery left longer reads as the list did.
            List<DSchemaParser.NameContext> parts = Children.all(name, DSchemaParser.NameContext.class);
            DSchemaParser.NameContext last = parts.get(parts.size() - 1);
            return new Expr.ColumnRef(null, Names.text(lines, parts.get(parts.size() - 2)),
                    new NameRef(Names.text(lines, last), lines.range(last)), range);
        }
        DSchemaParser.NameContext last = count == 1 ? first : count == 2 ? second : third;
        NameRef column = new NameRef(Names.text(lines, last), lines.range(last));
        String table = count == 2 ? Names.text(lines, first) : count == 3 ? Names.text(lines, second) : null;
        String schema = count == 3 ? Names.text(lines, first) : null;
        return new Expr.ColumnRef(schema, table, column, range);
    }

    private Expr comparison(DSchemaParser.ComparisonExprContext comparison, SourceRange range) {
        DSchemaParser.ComparisonOperatorContext operator =
                Children.first(comparison, DSchemaParser.ComparisonOperatorContext.class);
        Expr left = lower(Children.first(comparison, ExprContext.class));
        Expr right = lower(Children.nth(comparison, ExprContext.class, 1));
        // One pass over the operator: LIKE, GLOB, REGEXP or MATCH (in that order, as the first of
        // each), and NOT.
        Token like = null;
        Token glob = null;
        Token regexp = null;
        Token match = null;
        boolean not = false;
        List<ParseTree> children = operator.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof TerminalNodeImpl terminal) {
                Token symbol = terminal.symbol;
                switch (symbol.getType()) {
                    case DSchemaLexer.LIKE -> like = like == null ? symbol : like;
                    case DSchemaLexer.GLOB -> glob = glob == null ? symbol : glob;
                    case DSchemaLexer.REGEXP -> regexp = regexp == null ? symbol : regexp;
                    case DSchemaLexer.MATCH -> match = match == null ? symbol : match;
                    case DSchemaLexer.NOT -> not = true;
                    default -> { }
                }
            }
        }
        Token word = like != null ? like : glob != null ? glob : regexp != null ? regexp : match;
        if (word != null) {
            Expr pattern = right;
            Expr escape = null;
            if (right instanceof Expr.Binary binary && binary.operator().equals("escape")) {
                pattern = binary.left();
                escape = binary.right();
            }
            return new Expr.Like(word.getText().toLowerCase(Locale.ROOT), not, left, pattern, escape, range);
        }
        return new Expr.Binary(words(operator), left, right, range);
    }

    /** The operator's words, lower case, one space apart: {@code IS  NOT} reads {@code is not}. */
    private static String words(ParserRuleContext operator) {
        int count = operator.getChildCount();
        if (count == 1) {
            ParseTree only = operator.getChild(0);
            if (only instanceof TerminalNodeImpl terminal && !(only instanceof ErrorNodeImpl)) {
                switch (terminal.symbol.getType()) {
                    case DSchemaLexer.EQ, DSchemaLexer.EQ2 -> {
                        return "=";
                    }
                    case DSchemaLexer.NE -> {
                        return "!=";
                    }
                    case DSchemaLexer.IS -> {
                        return "is";
                    }
                    default -> { }
                }
            }
        }
        StringBuilder words = new StringBuilder(16);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(word(operator.getChild(i)));
        }
        String joined = words.toString();
        return joined.equals("==") ? "=" : joined.equals("<>") ? "!=" : joined;
    }

    /** A word of a comparison operator, lower case: the keywords without copying their text. */
    private static String word(ParseTree child) {
        if (child instanceof TerminalNodeImpl terminal && !(child instanceof ErrorNodeImpl)) {
            switch (terminal.symbol.getType()) {
                case DSchemaLexer.IS -> {
                    return "is";
                }
                case DSchemaLexer.NOT -> {
                    return "not";
                }
                case DSchemaLexer.DISTINCT -> {
                    return "distinct";
                }
                case DSchemaLexer.FROM -> {
                    return "from";
                }
                default -> { }
            }
        }
        return child.getText().toLowerCase(Locale.ROOT);
    }

    private Expr in(DSchemaParser.InExprContext in, SourceRange range) {
        List<ExprContext> exprs = Children.all(in, ExprContext.class);
        boolean not = Children.has(in, DSchemaLexer.NOT);
        Expr operand = lower(exprs.isEmpty() ? null : exprs.get(0));
        DSchemaParser.QualifiedNameContext table = Children.first(in, DSchemaParser.QualifiedNameContext.class);
        if (table != null) {
            List<DSchemaParser.NameContext> parts = Children.all(table, DSchemaParser.NameContext.class);
            DSchemaParser.NameContext last = parts.get(parts.size() - 1);
            return new Expr.In(not, operand, List.of(), new NameRef(Names.text(lines, last), lines.range(last)), range);
        }
        List<Expr> values = new ArrayList<>();
        DSchemaParser.SelectStatementContext select = Children.first(in, DSchemaParser.SelectStatementContext.class);
        if (select != null) {
            values.add(new Expr.Subquery(ExpressionText.of(tokens, lines, select), lines.range(select)));
        }
        values.addAll(lowerAll(exprs.subList(1, exprs.size())));
        return new Expr.In(not, operand, values, null, range);
    }
}
