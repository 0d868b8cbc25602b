package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.grammar.DSchemaParser;
import io.dschema.grammar.ParseResult;
import io.dschema.grammar.Syntax;
import io.dschema.grammar.SyntaxError;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Text to model: parses and lowers .dschema files, and the CREATE statements SQLite keeps in
 * sqlite_master. The only code that touches ANTLR parse trees. Never throws on any input.
 */
public final class Lowering {

    private Lowering() {
    }

    /** One .dschema file. */
    public static LoweredFile lowerFile(SourceFile file) {
        return lowerParsed(file, Syntax.parseSchema(file.text()));
    }

    /** One .dschema file, parsed already (the parse of {@code file.text()}). */
    static LoweredFile lowerParsed(SourceFile file, ParseResult<DSchemaParser.SchemaFileContext> parse) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        LineIndex lines = new LineIndex(file.path(), file.text());
        for (SyntaxError error : parse.errors()) {
            diagnostics.add(Diagnostic.of(code(error.kind()), error.message(), lines.range(error.start(), error.end())));
        }
        LoweringContext context = new LoweringContext(lines, parse.tokens(), true, diagnostics);
        List<Table> tables = new ArrayList<>();
        for (DSchemaParser.TableDeclContext declaration : parse.tree().tableDecl()) {
            tables.add(table(context, declaration, parse.hasErrors()));
        }
        return new LoweredFile(file.path(), tables, diagnostics);
    }

    /** Several files that form one schema, in the order given. */
    public static LoweredSchema lowerSchema(List<SourceFile> files) {
        List<Table> tables = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile file : files) {
            LoweredFile lowered = lowerFile(file);
            tables.addAll(lowered.tables());
            diagnostics.addAll(lowered.diagnostics());
        }
        return new LoweredSchema(Schema.ofTables(tables), diagnostics);
    }

    /** A CREATE TABLE statement from sqlite_master; null table when it does not parse. */
    public static LoweredSql<Table> lowerCreateTable(String sql) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParseResult<DSchemaParser.CreateTableStatementContext> parse = Syntax.parseCreateTable(sql);
        LineIndex lines = new LineIndex("", sql);
        if (parse.hasErrors()) {
            return new LoweredSql<>(null, syntaxDiagnostics(parse, lines));
        }
        DSchemaParser.CreateTableStatementContext statement = parse.tree();
        LoweringContext context = new LoweringContext(lines, parse.tokens(), false, diagnostics);
        TableBuilder table = new TableBuilder();
        table.name = Names.text(lines, statement.declName());
        table.range = lines.range(statement);
        table.nameRange = lines.range(statement.declName());
        if (statement.tableOptions() != null) {
            for (DSchemaParser.TableOptionContext option : statement.tableOptions().tableOption()) {
                table.strict |= option.STRICT() != null;
                table.withoutRowid |= option.ROWID() != null;
            }
        }
        MemberLowerer members = new MemberLowerer(context, table);
        for (DSchemaParser.TableElementContext element : statement.tableElement()) {
            if (element.columnDef() != null) {
                members.column(element.columnDef());
            } else if (element.tableConstraint() != null) {
                members.tableConstraint(element.tableConstraint());
            }
        }
        return new LoweredSql<>(table.build(), diagnostics);
    }

    /** A CREATE INDEX statement from sqlite_master, with the table it indexes. */
    public static LoweredSql<LoweredIndex> lowerCreateIndex(String sql) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParseResult<DSchemaParser.CreateIndexStatementContext> parse = Syntax.parseCreateIndex(sql);
        LineIndex lines = new LineIndex("", sql);
        if (parse.hasErrors()) {
            return new LoweredSql<>(null, syntaxDiagnostics(parse, lines));
        }
        DSchemaParser.CreateIndexStatementContext statement = parse.tree();
        LoweringContext context = new LoweringContext(lines, parse.tokens(), false, diagnostics);
        TableBuilder unused = new TableBuilder();
        MemberLowerer members = new MemberLowerer(context, unused);
        Index index = new Index(Names.text(lines, statement.declName(0)), statement.UNIQUE() != null,
                members.indexParts(statement),
                statement.expr() == null ? null : members.expression(statement.expr()),
                Index.Origin.INDEX, null, lines.range(statement), lines.range(statement.declName(0)));
        return new LoweredSql<>(new LoweredIndex(Names.text(lines, statement.declName(1)), index), diagnostics);
    }

    /**
     * One SQL expression (a check, a partial index's where, a default), as SQLite or a drizzle-kit
     * snapshot holds it; null expression when it does not parse. Ranges count code points of {@code sql}.
     */
    public static LoweredSql<io.dschema.model.Expression> lowerExpression(String sql) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParseResult<DSchemaParser.StandaloneExprContext> parse = Syntax.parseExpression(sql);
        LineIndex lines = new LineIndex("", sql);
        if (parse.hasErrors() || parse.tree().expr() == null) {
            return new LoweredSql<>(null, syntaxDiagnostics(parse, lines));
        }
        LoweringContext context = new LoweringContext(lines, parse.tokens(), false, diagnostics);
        MemberLowerer members = new MemberLowerer(context, new TableBuilder());
        return new LoweredSql<>(members.expression(parse.tree().expr()), diagnostics);
    }

    private static Table table(LoweringContext context, DSchemaParser.TableDeclContext declaration, boolean fileHasErrors) {
        DSchemaParser.DeclNameContext declName = null;
        DSchemaParser.TableBodyContext body = null;
        List<DSchemaParser.TableHeaderItemContext> header = List.of();
        List<ParseTree> children = declaration.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.TableHeaderItemContext item) {
                if (header.isEmpty()) {
                    header = new ArrayList<>(2);
                }
                header.add(item);
            } else if (child instanceof DSchemaParser.DeclNameContext found) {
                declName = declName == null ? found : declName;
            } else if (child instanceof DSchemaParser.TableBodyContext found) {
                body = body == null ? found : body;
            }
        }
        TableBuilder table = new TableBuilder();
        MemberLowerer members = new MemberLowerer(context, table);
        table.name = members.declName(declName);
        table.range = context.lines.range(declaration);
        table.nameRange = declName == null ? table.range : context.lines.range(declName);
        table.doc = DocComments.above(context.tokens, declaration.getStart());
        try {
            if (!header.isEmpty()) {
                new TableHeader(context, table, members).lower(header);
            }
        } catch (RuntimeException brokenHeader) {
            // As for members below: a header cut short by a syntax error is reported already.
            if (!fileHasErrors) {
                context.report(DiagnosticCode.SYNTAX_ERROR, "internal error reading this table's header ("
                        + brokenHeader + "); please report it", declaration);
            }
        }
        if (body == null) {
            return table.build();
        }
        List<ParseTree> memberNodes = body.children;
        for (int i = 0, n = memberNodes == null ? 0 : memberNodes.size(); i < n; i++) {
            if (memberNodes.get(i) instanceof DSchemaParser.MemberContext member) {
                lowerMember(context, members, member, fileHasErrors);
            }
        }
        return table.build();
    }

    private static void lowerMember(LoweringContext context, MemberLowerer members, DSchemaParser.MemberContext member,
                                    boolean fileHasErrors) {
        try {
            DSchemaParser.ColumnDefContext column = null;
            DSchemaParser.IndexDefContext index = null;
            DSchemaParser.TableConstraintContext constraint = null;
            List<ParseTree> children = member.children;
            for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
                Object child = children.get(i);
                if (child instanceof DSchemaParser.ColumnDefContext found) {
                    column = column == null ? found : column;
                } else if (child instanceof DSchemaParser.IndexDefContext found) {
                    index = index == null ? found : index;
                } else if (child instanceof DSchemaParser.TableConstraintContext found) {
                    constraint = constraint == null ? found : constraint;
                }
            }
            if (column != null) {
                members.column(column);
            } else if (index != null) {
                members.index(index);
            } else if (constraint != null) {
                members.tableConstraint(constraint);
            }
        } catch (RuntimeException brokenMember) {
            // A member cut short by a syntax error can miss parts lowering relies on; the syntax
            // error is reported already. Without one, this is our bug: say so, never crash.
            if (!fileHasErrors) {
                context.report(DiagnosticCode.SYNTAX_ERROR, "internal error reading this member (" + brokenMember
                        + "); please report it", member);
            }
        }
    }

    private static List<Diagnostic> syntaxDiagnostics(ParseResult<? extends ParserRuleContext> parse, LineIndex lines) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SyntaxError error : parse.errors()) {
            diagnostics.add(Diagnostic.of(code(error.kind()), error.message(), lines.range(error.start(), error.end())));
        }
        return diagnostics;
    }

    /** The diagnostic code of a kind of syntax error. */
    public static DiagnosticCode code(SyntaxError.Kind kind) {
        return switch (kind) {
            case UNEXPECTED_TOKEN -> DiagnosticCode.SYNTAX_ERROR;
            case UNEXPECTED_CHARACTER -> DiagnosticCode.UNEXPECTED_CHARACTER;
            case UNTERMINATED_STRING -> DiagnosticCode.UNTERMINATED_STRING;
            case UNTERMINATED_NAME -> DiagnosticCode.UNTERMINATED_NAME;
            case UNTERMINATED_COMMENT -> DiagnosticCode.UNTERMINATED_COMMENT;
        };
    }
}
