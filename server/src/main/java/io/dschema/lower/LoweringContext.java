package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.model.SourceRange;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * What every lowering step shares for one text: positions, tokens, where diagnostics go, and
 * whether the text is a .dschema file (which refuses SQLite syntax the language does not say) or
 * SQL from sqlite_master (which takes everything SQLite took).
 */
final class LoweringContext {

    final LineIndex lines;
    final TokenStream tokens;
    final boolean dschema;
    final ExprLowerer expressions;
    private final List<Diagnostic> diagnostics;

    LoweringContext(LineIndex lines, TokenStream tokens, boolean dschema, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.tokens = tokens;
        this.dschema = dschema;
        this.expressions = new ExprLowerer(lines, tokens);
        this.diagnostics = diagnostics;
    }

    void report(DiagnosticCode code, String message, SourceRange range) {
        diagnostics.add(Diagnostic.of(code, message, range));
    }

    void report(DiagnosticCode code, String message, ParserRuleContext where) {
        report(code, message, lines.range(where));
    }

    void report(DiagnosticCode code, String message, Token where) {
        report(code, message, lines.range(where));
    }

    /** In a .dschema file, SQLite syntax the language does not take is an error; in SQL it is fine. */
    void refuseInSchema(ParserRuleContext where, String message) {
        if (dschema && where != null) {
            report(DiagnosticCode.UNSUPPORTED_SYNTAX, message, where);
        }
    }
}
