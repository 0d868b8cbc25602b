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
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Expression parse trees to {@link Expr} trees. Null-safe: a tree broken by a syntax error lowers to what it holds. */
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
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.PrimaryExprContext primary) {
            return lower(primary.primary());
        }
        if (context instanceof DSchemaParser.UnaryExprContext unary) {
            return new Expr.Unary(unary.op.getText(), lower(unary.expr()), range);
        }
        if (context instanceof DSchemaParser.CollateExprContext collate) {
            return new Expr.Collate(lower(collate.expr()), Names.text(collate.name()), range);
        }
        if (context instanceof DSchemaParser.BinaryExprContext binary) {
            return binary(binary.op, lower(binary.expr(0)), lower(binary.expr(1)), range);
        }
        if (context instanceof DSchemaParser.EscapeExprContext escape) {
            return escape(lower(escape.expr(0)), lower(escape.expr(1)), range);
        }
        if (context instanceof DSchemaParser.NotExprContext not) {
            return new Expr.Unary("not", lower(not.expr()), range);
        }
        if (context instanceof DSchemaParser.AndExprContext and) {
            return new Expr.Binary("and", lower(and.expr(0)), lower(and.expr(1)), range);
        }
        if (context instanceof DSchemaParser.OrExprContext or) {
            return new Expr.Binary("or", lower(or.expr(0)), lower(or.expr(1)), range);
        }
        if (context instanceof DSchemaParser.ComparisonExprContext comparison) {
            return comparison(comparison, range);
        }
        if (context instanceof DSchemaParser.BetweenExprContext between) {
            return new Expr.Between(between.NOT() != null, lower(between.expr()), lower(between.term(0)),
                    lower(between.term(1)), range);
        }
        if (context instanceof DSchemaParser.InExprContext in) {
            return in(in, range);
        }
        if (context instanceof DSchemaParser.NullTestExprContext test) {
            return new Expr.NullTest(test.ISNULL() != null, lower(test.expr()), range);
        }
        return null;
    }

    /** A BETWEEN bound: the same operators as {@link #lower(ExprContext)}'s tighter-binding half. */
    Expr lower(DSchemaParser.TermContext context) {
        if (context == null) {
            return null;
        }
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.PrimaryTermContext primary) {
            return lower(primary.primary());
        }
        if (context instanceof DSchemaParser.UnaryTermContext unary) {
            return new Expr.Unary(unary.op.getText(), lower(unary.term()), range);
        }
        if (context instanceof DSchemaParser.CollateTermContext collate) {
            return new Expr.Collate(lower(collate.term()), Names.text(collate.name()), range);
        }
        if (context instanceof DSchemaParser.BinaryTermContext binary) {
            return binary(binary.op, lower(binary.term(0)), lower(binary.term(1)), range);
        }
        if (context instanceof DSchemaParser.EscapeTermContext escape) {
            return escape(lower(escape.term(0)), lower(escape.term(1)), range);
        }
        return null;
    }

    Expr lower(DSchemaParser.PrimaryContext context) {
        if (context == null) {
            return null;
        }
        SourceRange range = lines.range(context);
        if (context instanceof DSchemaParser.LiteralPrimaryContext literal) {
            return literal(literal.literal());
        }
        if (context instanceof DSchemaParser.ParameterPrimaryContext parameter) {
            return new Expr.Parameter(parameter.getText(), range);
        }
        if (context instanceof DSchemaParser.FunctionPrimaryContext call) {
            return new Expr.FunctionCall(new NameRef(Names.text(call.functionName()), lines.range(call.functionName())),
                    call.DISTINCT() != null, call.STAR() != null, lowerAll(call.expr()),
                    call.filterClause() != null, call.overClause() != null, range);
        }
        if (context instanceof DSchemaParser.ColumnPrimaryContext column) {
            return columnRef(column.qualifiedName(), range);
        }
        if (context instanceof DSchemaParser.ParenPrimaryContext parens) {
            return new Expr.Parens(lowerAll(parens.expr()), range);
        }
        if (context instanceof DSchemaParser.SubqueryPrimaryContext subquery) {
            return new Expr.Subquery(ExpressionText.of(tokens, subquery), range);
        }
        if (context instanceof DSchemaParser.CastPrimaryContext cast) {
            return new Expr.Cast(lower(cast.expr()), cast.typeName() == null ? "" : Names.typeText(cast.typeName()), range);
        }
        if (context instanceof DSchemaParser.CasePrimaryContext caseExpr) {
            List<Expr.When> whens = new ArrayList<>();
            for (DSchemaParser.CaseWhenContext when : caseExpr.caseWhen()) {
                whens.add(new Expr.When(lower(when.expr(0)), lower(when.expr(1))));
            }
            return new Expr.Case(lower(caseExpr.operand), whens, lower(caseExpr.elseExpr), range);
        }
        if (context instanceof DSchemaParser.RaisePrimaryContext raise) {
            return new Expr.Raise(ExpressionText.of(tokens, raise), range);
        }
        return null;
    }

    private static Expr binary(Token operator, Expr left, Expr right, SourceRange range) {
        return new Expr.Binary(operator.getText().toLowerCase(Locale.ROOT), left, right, range);
    }

    /** Only meaningful under LIKE, which pulls it up (see comparison); alone it is a binary "escape". */
    private static Expr escape(Expr left, Expr right, SourceRange range) {
        return new Expr.Binary("escape", left, right, range);
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
        return new Expr.Literal(literalKind(literal.getStart()), literal.getText(), lines.range(literal));
    }

    static Expr.LiteralKind literalKind(Token token) {
        return switch (token.getType()) {
            case DSchemaLexer.NUMBER -> isInteger(token.getText()) ? Expr.LiteralKind.INTEGER : Expr.LiteralKind.REAL;
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
        List<DSchemaParser.NameContext> parts = name.name();
        DSchemaParser.NameContext last = parts.get(parts.size() - 1);
        NameRef column = new NameRef(Names.text(last), lines.range(last));
        String table = parts.size() >= 2 ? Names.text(parts.get(parts.size() - 2)) : null;
        String schema = parts.size() == 3 ? Names.text(parts.get(0)) : null;
        return new Expr.ColumnRef(schema, table, column, range);
    }

    private Expr comparison(DSchemaParser.ComparisonExprContext comparison, SourceRange range) {
        DSchemaParser.ComparisonOperatorContext operator = comparison.comparisonOperator();
        Expr left = lower(comparison.expr(0));
        Expr right = lower(comparison.expr(1));
        Token word = operatorWord(operator);
        if (word != null) {
            Expr pattern = right;
            Expr escape = null;
            if (right instanceof Expr.Binary binary && binary.operator().equals("escape")) {
                pattern = binary.left();
                escape = binary.right();
            }
            return new Expr.Like(word.getText().toLowerCase(Locale.ROOT), operator.NOT() != null, left, pattern, escape, range);
        }
        return new Expr.Binary(words(operator), left, right, range);
    }

    private static Token operatorWord(DSchemaParser.ComparisonOperatorContext operator) {
        for (int type : new int[] {DSchemaLexer.LIKE, DSchemaLexer.GLOB, DSchemaLexer.REGEXP, DSchemaLexer.MATCH}) {
            TerminalNode node = operator.getToken(type, 0);
            if (node != null) {
                return node.getSymbol();
            }
        }
        return null;
    }

    /** The operator's words, lower case, one space apart: {@code IS  NOT} reads {@code is not}. */
    private static String words(ParserRuleContext operator) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < operator.getChildCount(); i++) {
            ParseTree child = operator.getChild(i);
            words.add(child.getText().toLowerCase(Locale.ROOT));
        }
        String joined = String.join(" ", words);
        return joined.equals("==") ? "=" : joined.equals("<>") ? "!=" : joined;
    }

    private Expr in(DSchemaParser.InExprContext in, SourceRange range) {
        Expr operand = lower(in.expr(0));
        if (in.qualifiedName() != null) {
            List<DSchemaParser.NameContext> parts = in.qualifiedName().name();
            DSchemaParser.NameContext last = parts.get(parts.size() - 1);
            return new Expr.In(in.NOT() != null, operand, List.of(),
                    new NameRef(Names.text(last), lines.range(last)), range);
        }
        List<Expr> values = new ArrayList<>();
        if (in.selectStatement() != null) {
            values.add(new Expr.Subquery(ExpressionText.of(tokens, in.selectStatement()), lines.range(in.selectStatement())));
        }
        values.addAll(lowerAll(in.expr().subList(1, in.expr().size())));
        return new Expr.In(in.NOT() != null, operand, values, null, range);
    }
}
