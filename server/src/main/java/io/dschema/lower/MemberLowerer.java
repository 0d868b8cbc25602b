package io.dschema.lower;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.grammar.DSchemaParser;
import io.dschema.grammar.DSchemaParser.ColumnConstraintBodyContext;
import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.DefaultValue;
import io.dschema.model.Expr;
import io.dschema.model.Expression;
import io.dschema.model.ForeignKey;
import io.dschema.model.Generated;
import io.dschema.model.Index;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SortOrder;
import io.dschema.model.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Lowers the members of a table (columns, indexes, table constraints) into a {@link TableBuilder},
 * lifting column-level keys, uniques, references and checks to the table.
 */
final class MemberLowerer {

    private final LoweringContext context;
    private final TableBuilder table;

    MemberLowerer(LoweringContext context, TableBuilder table) {
        this.context = context;
        this.table = table;
    }

    // ------------------------------------------------------------------ columns

    void column(DSchemaParser.ColumnDefContext def) {
        String name = declName(def.declName());
        SourceRange typeRange = def.typeName() == null ? SourceRange.NONE : context.lines.range(def.typeName());
        String type = def.typeName() == null ? null : Names.typeText(def.typeName());
        refuseStringInType(def.typeName());
        ColumnParts parts = new ColumnParts();
        for (DSchemaParser.ColumnConstraintContext constraint : def.columnConstraint()) {
            if (constraint.renameHint() != null) {
                if (parts.once("renamed from", constraint)) {
                    parts.renamedFrom = renameHint(constraint.renameHint());
                }
                continue;
            }
            if (constraint.CONSTRAINT() != null) {
                context.refuseInSchema(constraint, "constraint names are not part of .dschema: name a check as "
                        + "'check NAME (...)', or use a table-level 'unique NAME (...)'");
            }
            String constraintName = constraint.name() == null ? null : Names.text(constraint.name());
            columnConstraint(name, constraint.columnConstraintBody(), constraintName, parts);
        }
        SourceRange range = context.lines.range(def);
        table.columns.add(new Column(name, type, parts.nullability, parts.defaultValue, parts.collation,
                parts.generated, parts.renamedFrom, DocComments.above(context.tokens, def.getStart()), range,
                context.lines.range(def.declName()), typeRange));
    }

    /** What a column's constraints say about the column itself, and which were written. */
    private final class ColumnParts {
        Column.Nullability nullability = Column.Nullability.UNSPECIFIED;
        DefaultValue defaultValue;
        String collation;
        Generated generated;
        NameRef renamedFrom;
        private final Set<String> seen = new HashSet<>();

        /** True the first time; reports DS0007 after that. */
        boolean once(String clause, ParserRuleContext where) {
            if (seen.add(clause)) {
                return true;
            }
            context.report(DiagnosticCode.REPEATED_CLAUSE, "'" + clause + "' is written twice on this column: remove one", where);
            return false;
        }
    }

    private void columnConstraint(String column, ColumnConstraintBodyContext body, String constraintName, ColumnParts parts) {
        if (body == null) {
            return;
        }
        SourceRange range = context.lines.range(body);
        NameRef columnRef = new NameRef(column, range);
        if (body instanceof DSchemaParser.PrimaryKeyConstraintContext pk) {
            refuseConflictClause(pk.conflictClause());
            if (parts.once("primary key", body)) {
                SortOrder order = pk.DESC() != null ? SortOrder.DESC : pk.ASC() != null ? SortOrder.ASC : SortOrder.NONE;
                IndexPart part = new IndexPart(columnRef, null, null, order, range);
                setPrimaryKey(new PrimaryKey(List.of(part), pk.AUTOINCREMENT() != null, true, range), body);
            }
        } else if (body instanceof DSchemaParser.NotNullConstraintContext notNull) {
            refuseConflictClause(notNull.conflictClause());
            nullability(parts, Column.Nullability.NOT_NULL, "not null", body);
        } else if (body instanceof DSchemaParser.NullConstraintContext isNull) {
            refuseConflictClause(isNull.conflictClause());
            nullability(parts, Column.Nullability.NULL, "null", body);
        } else if (body instanceof DSchemaParser.UniqueConstraintContext unique) {
            refuseConflictClause(unique.conflictClause());
            if (parts.once("unique", body)) {
                table.indexes.add(new Index(Index.derivedUniqueName(table.name, List.of(column)), true,
                        List.of(IndexPart.ofColumn(columnRef)), null, Index.Origin.COLUMN_UNIQUE, null, range, range));
            }
        } else if (body instanceof DSchemaParser.CheckConstraintContext check) {
            String name = check.name() != null ? Names.text(check.name()) : constraintName;
            table.checks.add(new Check(name, expression(check.expr()), column, range));
        } else if (body instanceof DSchemaParser.DefaultConstraintContext def) {
            if (parts.once("default", body)) {
                parts.defaultValue = defaultValue(def.defaultValue());
            }
        } else if (body instanceof DSchemaParser.CollateConstraintContext collate) {
            if (parts.once("collate", body)) {
                parts.collation = Names.text(collate.name());
            }
        } else if (body instanceof DSchemaParser.ReferencesConstraintContext references) {
            table.foreignKeys.add(foreignKey(List.of(columnRef), references.foreignKeyClause(), true, range));
        } else if (body instanceof DSchemaParser.GeneratedConstraintContext generated) {
            if (parts.once("as (...)", body)) {
                parts.generated = new Generated(expression(generated.expr()), generated.STORED() != null);
            }
        }
    }

    private void nullability(ColumnParts parts, Column.Nullability value, String clause, ParserRuleContext where) {
        if (parts.nullability != Column.Nullability.UNSPECIFIED && parts.nullability != value) {
            context.report(DiagnosticCode.CONFLICTING_CLAUSES,
                    "'null' and 'not null' contradict each other: keep one", where);
            return;
        }
        if (parts.once(clause, where)) {
            parts.nullability = value;
        }
    }

    private DefaultValue defaultValue(DSchemaParser.DefaultValueContext value) {
        if (value == null) {
            return null;
        }
        SourceRange range = context.lines.range(value);
        String text = ExpressionText.of(context.tokens, value);
        if (value.expr() != null) {
            Expr tree = context.expressions.lower(value.expr());
            return new DefaultValue(new Expression(tree, ExpressionText.of(context.tokens, value.expr()),
                    context.lines.range(value.expr())), true);
        }
        if (value.literal() != null) {
            return new DefaultValue(new Expression(context.expressions.literal(value.literal()), text, range), false);
        }
        if (value.signedNumber() != null) {
            DSchemaParser.SignedNumberContext number = value.signedNumber();
            Expr.LiteralKind kind = ExprLowerer.literalKind(number.getStop());
            String literal = number.getText();
            return new DefaultValue(new Expression(new Expr.Literal(kind, literal, range), literal, range), false);
        }
        if (value.name() == null || value.exception != null) {
            return null; // cut short by a syntax error, already reported
        }
        // SQLite takes a bare word as a string default; the language asks for quotes.
        context.refuseInSchema(value, "a bare word is not a default value: write '" + value.getText()
                + "' in single quotes for a string, or (" + value.getText() + ") for an expression");
        String word = Names.text(value.name());
        String quoted = "'" + word.replace("'", "''") + "'";
        return new DefaultValue(new Expression(new Expr.Literal(Expr.LiteralKind.STRING, quoted, range), quoted, range), false);
    }

    // ------------------------------------------------------------------ table members

    void index(DSchemaParser.IndexDefContext def) {
        Expression where = def.expr() == null ? null : expression(def.expr());
        table.indexes.add(new Index(declName(def.declName()), def.UNIQUE() != null, indexParts(def.indexedColumn()),
                where, Index.Origin.INDEX, DocComments.above(context.tokens, def.getStart()),
                context.lines.range(def), context.lines.range(def.declName())));
    }

    void tableConstraint(DSchemaParser.TableConstraintContext constraint) {
        if (constraint.CONSTRAINT() != null) {
            context.refuseInSchema(constraint, "constraint names are not part of .dschema: write 'check NAME (...)' or "
                    + "'unique NAME (...)'");
        }
        String constraintName = constraint.name() == null ? null : Names.text(constraint.name());
        DSchemaParser.TableConstraintBodyContext body = constraint.tableConstraintBody();
        SourceRange range = context.lines.range(constraint);
        if (body instanceof DSchemaParser.PrimaryKeyMemberContext pk) {
            refuseConflictClause(pk.conflictClause());
            if (pk.AUTOINCREMENT() != null) {
                context.refuseInSchema(constraint, "write autoincrement on the column: 'id integer primary key autoincrement'");
            }
            List<IndexPart> keyParts = indexParts(pk.indexedColumn());
            refuseExpressionParts(keyParts, "primary key");
            setPrimaryKey(new PrimaryKey(keyParts, pk.AUTOINCREMENT() != null, false, range), constraint);
        } else if (body instanceof DSchemaParser.UniqueMemberContext unique) {
            refuseConflictClause(unique.conflictClause());
            List<IndexPart> parts = indexParts(unique.indexedColumn());
            refuseExpressionParts(parts, "unique constraint");
            String written = unique.name() != null ? Names.text(unique.name()) : null;
            String name = written != null ? written : Index.derivedUniqueName(table.name, partNames(parts));
            SourceRange nameRange = unique.name() != null ? context.lines.range(unique.name()) : range;
            table.indexes.add(new Index(name, true, parts, null, Index.Origin.TABLE_UNIQUE,
                    DocComments.above(context.tokens, constraint.getStart()), range, nameRange));
        } else if (body instanceof DSchemaParser.ForeignKeyMemberContext fk) {
            List<NameRef> columns = new ArrayList<>();
            for (DSchemaParser.NameContext name : fk.name()) {
                columns.add(nameRef(name));
            }
            table.foreignKeys.add(foreignKey(columns, fk.foreignKeyClause(), false, range));
        } else if (body instanceof DSchemaParser.CheckMemberContext check) {
            refuseConflictClause(check.conflictClause());
            String name = check.name() != null ? Names.text(check.name()) : constraintName;
            table.checks.add(new Check(name, expression(check.expr()), null, range));
        }
    }

    private void setPrimaryKey(PrimaryKey key, ParserRuleContext where) {
        if (table.primaryKey != null) {
            context.report(DiagnosticCode.MULTIPLE_PRIMARY_KEYS, "table " + table.name
                    + " already has a primary key: declare one primary key, with 'primary key (a, b)' for several columns", where);
            return;
        }
        table.primaryKey = key;
    }

    private ForeignKey foreignKey(List<NameRef> columns, DSchemaParser.ForeignKeyClauseContext clause, boolean columnLevel,
                                  SourceRange range) {
        if (clause == null) {
            return new ForeignKey(columns, NameRef.of(""), List.of(), ForeignKey.Action.NO_ACTION,
                    ForeignKey.Action.NO_ACTION, ForeignKey.Deferrable.NOT_DEFERRABLE, columnLevel, range);
        }
        NameRef target = new NameRef(declName(clause.declName()), context.lines.range(clause.declName()));
        List<NameRef> targetColumns = new ArrayList<>();
        for (DSchemaParser.NameContext name : clause.name()) {
            targetColumns.add(nameRef(name));
        }
        ForeignKey.Action onDelete = ForeignKey.Action.NO_ACTION;
        ForeignKey.Action onUpdate = ForeignKey.Action.NO_ACTION;
        for (DSchemaParser.ForeignKeyOptionContext option : clause.foreignKeyOption()) {
            if (option.MATCH() != null) {
                context.refuseInSchema(option, "'match' is ignored by SQLite and not part of .dschema: remove it");
            } else if (option.DELETE() != null) {
                onDelete = action(option.foreignKeyAction());
            } else {
                onUpdate = action(option.foreignKeyAction());
            }
        }
        return new ForeignKey(columns, target, targetColumns, onDelete, onUpdate, deferrable(clause.deferrableClause()),
                columnLevel, range);
    }

    private static ForeignKey.Action action(DSchemaParser.ForeignKeyActionContext action) {
        if (action == null) {
            return ForeignKey.Action.NO_ACTION;
        }
        if (action.CASCADE() != null) {
            return ForeignKey.Action.CASCADE;
        }
        if (action.RESTRICT() != null) {
            return ForeignKey.Action.RESTRICT;
        }
        if (action.NULL() != null) {
            return ForeignKey.Action.SET_NULL;
        }
        if (action.DEFAULT() != null) {
            return ForeignKey.Action.SET_DEFAULT;
        }
        return ForeignKey.Action.NO_ACTION;
    }

    private static ForeignKey.Deferrable deferrable(DSchemaParser.DeferrableClauseContext clause) {
        if (clause == null || clause.NOT() != null) {
            return ForeignKey.Deferrable.NOT_DEFERRABLE;
        }
        return clause.DEFERRED() != null
                ? ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED
                : ForeignKey.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    // ------------------------------------------------------------------ shared pieces

    List<IndexPart> indexParts(List<DSchemaParser.IndexedColumnContext> columns) {
        List<IndexPart> parts = new ArrayList<>();
        for (DSchemaParser.IndexedColumnContext column : columns) {
            if (column.expr() == null) {
                continue;
            }
            SortOrder order = column.DESC() != null ? SortOrder.DESC : column.ASC() != null ? SortOrder.ASC : SortOrder.NONE;
            DSchemaParser.ExprContext expr = column.expr();
            String collation = null;
            if (expr instanceof DSchemaParser.CollateExprContext collate) {
                collation = Names.text(collate.name());
                expr = collate.expr();
            }
            DSchemaParser.ExprContext bare = unwrapParens(expr);
            SourceRange range = context.lines.range(column);
            if (bare instanceof DSchemaParser.PrimaryExprContext primary
                    && primary.primary() instanceof DSchemaParser.ColumnPrimaryContext name
                    && name.qualifiedName().name().size() == 1) {
                parts.add(new IndexPart(nameRef(name.qualifiedName().name(0)), null, collation, order, range));
            } else if (expr != null) {
                parts.add(new IndexPart(null, expression(expr), collation, order, range));
            }
        }
        return parts;
    }

    /** SQLite makes no node for parentheses around one expression: {@code ((a))} indexes column a. */
    private static DSchemaParser.ExprContext unwrapParens(DSchemaParser.ExprContext expr) {
        while (expr instanceof DSchemaParser.PrimaryExprContext primary
                && primary.primary() instanceof DSchemaParser.ParenPrimaryContext parens && parens.expr().size() == 1) {
            expr = parens.expr(0);
        }
        return expr;
    }

    private static List<String> partNames(List<IndexPart> parts) {
        List<String> names = new ArrayList<>();
        for (IndexPart part : parts) {
            names.add(part.column() != null ? part.column().name() : "expr");
        }
        return names;
    }

    Expression expression(DSchemaParser.ExprContext expr) {
        if (expr == null) {
            return new Expression(null, "", SourceRange.NONE);
        }
        return new Expression(context.expressions.lower(expr), ExpressionText.of(context.tokens, expr),
                context.lines.range(expr));
    }

    NameRef renameHint(DSchemaParser.RenameHintContext hint) {
        if (hint.declName() == null) {
            return new NameRef("", context.lines.range(hint));
        }
        return new NameRef(declName(hint.declName()), context.lines.range(hint.declName()));
    }

    String declName(DSchemaParser.DeclNameContext name) {
        if (name == null) {
            return "";
        }
        if (name.STRING() != null) {
            context.refuseInSchema(name, "a name is not a string: write " + name.getText().replace('\'', '"')
                    + " with double quotes");
        }
        return Names.text(name);
    }

    private NameRef nameRef(DSchemaParser.NameContext name) {
        return new NameRef(Names.text(name), context.lines.range(name));
    }

    /**
     * SQLite takes strings as type words ({@code x 'text'}); the language does not, because a typo in
     * a constraint word then turns the rest of the line into a type ({@code text defalt 'x'}).
     */
    private void refuseStringInType(DSchemaParser.TypeNameContext type) {
        if (!context.dschema || type == null) {
            return;
        }
        for (DSchemaParser.TypeWordContext word : type.typeWord()) {
            if (word.STRING() != null) {
                context.report(DiagnosticCode.SYNTAX_ERROR, "unexpected string " + word.getText() + " in the type '"
                        + ExpressionText.of(context.tokens, type) + "': a type is made of words; is a constraint word misspelled?", word);
                return;
            }
        }
    }

    /** SQLite: "expressions prohibited in PRIMARY KEY and UNIQUE constraints"; an index takes them. */
    private void refuseExpressionParts(List<IndexPart> parts, String what) {
        for (IndexPart part : parts) {
            if (part.expression() != null) {
                context.report(DiagnosticCode.UNSUPPORTED_SYNTAX, "a " + what + " takes column names, not expressions: "
                        + "use 'unique index NAME on (" + part.expression().sql() + ")'", part.range());
            }
        }
    }

    private void refuseConflictClause(DSchemaParser.ConflictClauseContext conflict) {
        context.refuseInSchema(conflict, "'on conflict' clauses are not part of .dschema: remove it "
                + "(write the conflict handling in the statements that insert rows)");
    }
}
