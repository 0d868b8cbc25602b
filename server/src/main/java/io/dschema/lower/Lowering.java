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

/**
 * Text to model: parses and lowers .dschema files, and the CREATE statements SQLite keeps in
 * sqlite_master. The only code that touches ANTLR parse trees. Never throws on any input.
 */
public final class Lowering {

    private Lowering() {
    }

    /** One .dschema file. */
    public static LoweredFile lowerFile(SourceFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParseResult<DSchemaParser.SchemaFileContext> parse = Syntax.parseSchema(file.text());
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
        table.name = Names.text(statement.declName());
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
        Index index = new Index(Names.text(statement.declName(0)), statement.UNIQUE() != null,
                members.indexParts(statement.indexedColumn()),
                statement.expr() == null ? null : members.expression(statement.expr()),
                Index.Origin.INDEX, null, lines.range(statement), lines.range(statement.declName(0)));
        return new LoweredSql<>(new LoweredIndex(Names.text(statement.declName(1)), index), diagnostics);
    }

    private static Table table(LoweringContext context, DSchemaParser.TableDeclContext declaration, boolean fileHasErrors) {
        TableBuilder table = new TableBuilder();
        MemberLowerer members = new MemberLowerer(context, table);
        table.name = members.declName(declaration.declName());
        table.range = context.lines.range(declaration);
        table.nameRange = declaration.declName() == null ? table.range : context.lines.range(declaration.declName());
        table.doc = DocComments.above(context.tokens, declaration.getStart());
        try {
            new TableHeader(context, table, members).lower(declaration.tableHeaderItem());
        } catch (RuntimeException brokenHeader) {
            // As for members below: a header cut short by a syntax error is reported already.
            if (!fileHasErrors) {
                context.report(DiagnosticCode.SYNTAX_ERROR, "internal error reading this table's header ("
                        + brokenHeader + "); please report it", declaration);
            }
        }
        DSchemaParser.TableBodyContext body = declaration.tableBody();
        if (body == null) {
            return table.build();
        }
        for (DSchemaParser.MemberContext member : body.member()) {
            lowerMember(context, members, member, fileHasErrors);
        }
        return table.build();
    }

    private static void lowerMember(LoweringContext context, MemberLowerer members, DSchemaParser.MemberContext member,
                                    boolean fileHasErrors) {
        try {
            if (member.columnDef() != null) {
                members.column(member.columnDef());
            } else if (member.indexDef() != null) {
                members.index(member.indexDef());
            } else if (member.tableConstraint() != null) {
                members.tableConstraint(member.tableConstraint());
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
