package io.dschema.lower;

import io.dschema.analysis.DiagnosticCode;
import io.dschema.grammar.DSchemaLexer;
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
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Lowers the members of a table (columns, indexes, table constraints) into a {@link TableBuilder},
 * lifting column-level keys, uniques, references and checks to the table.
 */
final class MemberLowerer {

    private final LoweringContext context;
    private final TableBuilder table;
    /** One for all columns, cleared for each. */
    private final ColumnParts columnParts = new ColumnParts();

    MemberLowerer(LoweringContext context, TableBuilder table) {
        this.context = context;
        this.table = table;
    }

    // ------------------------------------------------------------------ columns

    void column(DSchemaParser.ColumnDefContext def) {
        DSchemaParser.DeclNameContext declName = null;
        DSchemaParser.TypeNameContext typeName = null;
        List<ParseTree> children = def.children;
        int count = children == null ? 0 : children.size();
        for (int i = 0; i < count; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.DeclNameContext found) {
                declName = declName == null ? found : declName;
            } else if (child instanceof DSchemaParser.TypeNameContext found) {
                typeName = typeName == null ? found : typeName;
            }
        }
        String name = declName(declName);
        SourceRange typeRange = typeName == null ? SourceRange.NONE : context.lines.range(typeName);
        String type = typeName == null ? null : Names.typeText(context.lines, typeName);
        refuseStringInType(typeName);
        ColumnParts parts = columnParts;
        parts.clear();
        for (int i = 0; i < count; i++) {
            if (children.get(i) instanceof DSchemaParser.ColumnConstraintContext constraint) {
                columnConstraint(name, constraint, parts);
            }
        }
        SourceRange range = context.lines.range(def);
        table.columns.add(new Column(name, type, parts.nullability, parts.defaultValue, parts.collation,
                parts.generated, parts.renamedFrom, DocComments.above(context.tokens, def.getStart()), range,
                context.lines.range(declName), typeRange));
    }

    private void columnConstraint(String column, DSchemaParser.ColumnConstraintContext constraint, ColumnParts parts) {
        DSchemaParser.RenameHintContext renameHint = null;
        boolean named = false;
        DSchemaParser.NameContext name = null;
        ColumnConstraintBodyContext body = null;
        List<ParseTree> children = constraint.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof ColumnConstraintBodyContext found) {
                body = body == null ? found : body;
            } else if (child instanceof DSchemaParser.NameContext found) {
                name = name == null ? found : name;
            } else if (child instanceof DSchemaParser.RenameHintContext found) {
                renameHint = renameHint == null ? found : renameHint;
            } else {
                named |= Children.typeOf(child) == DSchemaLexer.CONSTRAINT;
            }
        }
        if (renameHint != null) {
            if (parts.once(ColumnParts.RENAMED_FROM, "renamed from", constraint)) {
                parts.renamedFrom = renameHint(renameHint);
            }
            return;
        }
        if (named) {
            context.refuseInSchema(constraint, "constraint names are not part of .dschema: name a check as "
                    + "'check NAME (...)', or use a table-level 'unique NAME (...)'");
        }
        String constraintName = name == null ? null : Names.text(context.lines, name);
        columnConstraintBody(column, body, constraintName, parts);
    }

    /** What a column's constraints say about the column itself, and which were written. */
    private final class ColumnParts {
        static final int RENAMED_FROM = 1;
        static final int PRIMARY_KEY = 1 << 1;
        static final int NOT_NULL = 1 << 2;
        static final int NULL = 1 << 3;
        static final int UNIQUE = 1 << 4;
        static final int DEFAULT = 1 << 5;
        static final int COLLATE = 1 << 6;
        static final int GENERATED = 1 << 7;

        Column.Nullability nullability = Column.Nullability.UNSPECIFIED;
        DefaultValue defaultValue;
        String collation;
        Generated generated;
        NameRef renamedFrom;
        /** The clauses seen, one bit each. */
        private int seen;

        void clear() {
            nullability = Column.Nullability.UNSPECIFIED;
            defaultValue = null;
            collation = null;
            generated = null;
            renamedFrom = null;
            seen = 0;
        }

        /** True the first time; reports DS0007 after that. */
        boolean once(int bit, String clause, ParserRuleContext where) {
            if ((seen & bit) == 0) {
                seen |= bit;
                return true;
            }
            context.report(DiagnosticCode.REPEATED_CLAUSE, "'" + clause + "' is written twice on this column: remove one", where);
            return false;
        }
    }

    private void columnConstraintBody(String column, ColumnConstraintBodyContext body, String constraintName,
                                      ColumnParts parts) {
        if (body == null) {
            return;
        }
        // The body's range goes into the model only for keys, uniques, checks and references.
        if (body instanceof DSchemaParser.NotNullConstraintContext notNull) {
            refuseConflictClause(Children.first(notNull, DSchemaParser.ConflictClauseContext.class));
            nullability(parts, Column.Nullability.NOT_NULL, ColumnParts.NOT_NULL, "not null", body);
        } else if (body instanceof DSchemaParser.DefaultConstraintContext def) {
            if (parts.once(ColumnParts.DEFAULT, "default", body)) {
                parts.defaultValue = defaultValue(Children.first(def, DSchemaParser.DefaultValueContext.class));
            }
        } else if (body instanceof DSchemaParser.PrimaryKeyConstraintContext pk) {
            primaryKey(column, pk, context.lines.range(body), parts);
        } else if (body instanceof DSchemaParser.CheckConstraintContext check) {
            SourceRange range = context.lines.range(body);
            DSchemaParser.NameContext name = Children.first(check, DSchemaParser.NameContext.class);
            String checkName = name != null ? Names.text(context.lines, name) : constraintName;
            table.checks.add(new Check(checkName, expression(Children.first(check, DSchemaParser.ExprContext.class)),
                    column, range));
        } else if (body instanceof DSchemaParser.ReferencesConstraintContext references) {
            SourceRange range = context.lines.range(body);
            table.foreignKeys.add(foreignKey(List.of(new NameRef(column, range)),
                    Children.first(references, DSchemaParser.ForeignKeyClauseContext.class), true, range));
        } else if (body instanceof DSchemaParser.UniqueConstraintContext unique) {
            refuseConflictClause(Children.first(unique, DSchemaParser.ConflictClauseContext.class));
            if (parts.once(ColumnParts.UNIQUE, "unique", body)) {
                SourceRange range = context.lines.range(body);
                table.indexes.add(new Index(Index.derivedUniqueName(table.name, List.of(column)), true,
                        List.of(IndexPart.ofColumn(new NameRef(column, range))), null, Index.Origin.COLUMN_UNIQUE, null,
                        range, range));
            }
        } else if (body instanceof DSchemaParser.NullConstraintContext isNull) {
            refuseConflictClause(Children.first(isNull, DSchemaParser.ConflictClauseContext.class));
            nullability(parts, Column.Nullability.NULL, ColumnParts.NULL, "null", body);
        } else if (body instanceof DSchemaParser.CollateConstraintContext collate) {
            if (parts.once(ColumnParts.COLLATE, "collate", body)) {
                parts.collation = Names.text(context.lines, Children.first(collate, DSchemaParser.NameContext.class));
            }
        } else if (body instanceof DSchemaParser.GeneratedConstraintContext generated) {
            if (parts.once(ColumnParts.GENERATED, "as (...)", body)) {
                parts.generated = new Generated(expression(Children.first(generated, DSchemaParser.ExprContext.class)),
                        Children.has(generated, DSchemaLexer.STORED));
            }
        }
    }

    private void primaryKey(String column, DSchemaParser.PrimaryKeyConstraintContext pk, SourceRange range,
                            ColumnParts parts) {
        DSchemaParser.ConflictClauseContext conflict = null;
        boolean desc = false;
        boolean asc = false;
        boolean autoincrement = false;
        List<ParseTree> children = pk.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.ConflictClauseContext found) {
                conflict = conflict == null ? found : conflict;
            } else {
                int type = Children.typeOf(child);
                desc |= type == DSchemaLexer.DESC;
                asc |= type == DSchemaLexer.ASC;
                autoincrement |= type == DSchemaLexer.AUTOINCREMENT;
            }
        }
        refuseConflictClause(conflict);
        if (parts.once(ColumnParts.PRIMARY_KEY, "primary key", pk)) {
            SortOrder order = desc ? SortOrder.DESC : asc ? SortOrder.ASC : SortOrder.NONE;
            IndexPart part = new IndexPart(new NameRef(column, range), null, null, order, range);
            setPrimaryKey(new PrimaryKey(List.of(part), autoincrement, true, range), pk);
        }
    }

    private void nullability(ColumnParts parts, Column.Nullability value, int bit, String clause, ParserRuleContext where) {
        if (parts.nullability != Column.Nullability.UNSPECIFIED && parts.nullability != value) {
            context.report(DiagnosticCode.CONFLICTING_CLAUSES,
                    "'null' and 'not null' contradict each other: keep one", where);
            return;
        }
        if (parts.once(bit, clause, where)) {
            parts.nullability = value;
        }
    }

    private DefaultValue defaultValue(DSchemaParser.DefaultValueContext value) {
        if (value == null) {
            return null;
        }
        DSchemaParser.ExprContext expr = null;
        DSchemaParser.LiteralContext literal = null;
        DSchemaParser.SignedNumberContext number = null;
        DSchemaParser.NameContext word = null;
        List<ParseTree> children = value.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.LiteralContext found) {
                literal = literal == null ? found : literal;
            } else if (child instanceof DSchemaParser.SignedNumberContext found) {
                number = number == null ? found : number;
            } else if (child instanceof DSchemaParser.ExprContext found) {
                expr = expr == null ? found : expr;
            } else if (child instanceof DSchemaParser.NameContext found) {
                word = word == null ? found : word;
            }
        }
        if (expr != null) {
            return new DefaultValue(expression(expr), true);
        }
        SourceRange range = context.lines.range(value);
        if (literal != null) {
            Expr.Literal tree = context.expressions.literal(literal);
            // The usual default is one token: its SQL is the literal's text, the same string.
            Token only = value.start;
            boolean oneToken = only != null && only == value.stop && literal.start == only && literal.stop == only
                    && only.getTokenIndex() >= 0 && only.getChannel() == Token.DEFAULT_CHANNEL
                    && only.getType() != DSchemaLexer.NEWLINE && only.getType() != Token.EOF;
            String text = oneToken ? tree.text() : ExpressionText.of(context.tokens, context.lines, value);
            return new DefaultValue(new Expression(tree, text, range), false);
        }
        if (number != null) {
            Expr.LiteralKind kind = context.expressions.literalKind(number.getStop());
            String text = context.lines.nodeText(number);
            return new DefaultValue(new Expression(new Expr.Literal(kind, text, range), text, range), false);
        }
        if (word == null || value.exception != null) {
            return null; // cut short by a syntax error, already reported
        }
        // SQLite takes a bare word as a string default; the language asks for quotes.
        context.refuseInSchema(value, "a bare word is not a default value: write '" + value.getText()
                + "' in single quotes for a string, or (" + value.getText() + ") for an expression");
        String bare = Names.text(context.lines, word);
        String quoted = "'" + bare.replace("'", "''") + "'";
        return new DefaultValue(new Expression(new Expr.Literal(Expr.LiteralKind.STRING, quoted, range), quoted, range), false);
    }

    // ------------------------------------------------------------------ table members

    void index(DSchemaParser.IndexDefContext def) {
        DSchemaParser.ExprContext whereExpr = null;
        DSchemaParser.DeclNameContext declName = null;
        boolean unique = false;
        List<ParseTree> children = def.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.ExprContext found) {
                whereExpr = whereExpr == null ? found : whereExpr;
            } else if (child instanceof DSchemaParser.DeclNameContext found) {
                declName = declName == null ? found : declName;
            } else {
                unique |= Children.typeOf(child) == DSchemaLexer.UNIQUE;
            }
        }
        Expression where = whereExpr == null ? null : expression(whereExpr);
        table.indexes.add(new Index(declName(declName), unique, indexParts(def),
                where, Index.Origin.INDEX, DocComments.above(context.tokens, def.getStart()),
                context.lines.range(def), context.lines.range(declName)));
    }

    void tableConstraint(DSchemaParser.TableConstraintContext constraint) {
        if (Children.has(constraint, DSchemaLexer.CONSTRAINT)) {
            context.refuseInSchema(constraint, "constraint names are not part of .dschema: write 'check NAME (...)' or "
                    + "'unique NAME (...)'");
        }
        DSchemaParser.NameContext constraintNameNode = Children.first(constraint, DSchemaParser.NameContext.class);
        String constraintName = constraintNameNode == null ? null : Names.text(context.lines, constraintNameNode);
        DSchemaParser.TableConstraintBodyContext body = Children.first(constraint, DSchemaParser.TableConstraintBodyContext.class);
        SourceRange range = context.lines.range(constraint);
        if (body instanceof DSchemaParser.PrimaryKeyMemberContext pk) {
            refuseConflictClause(Children.first(pk, DSchemaParser.ConflictClauseContext.class));
            boolean autoincrement = Children.has(pk, DSchemaLexer.AUTOINCREMENT);
            if (autoincrement) {
                context.refuseInSchema(constraint, "write autoincrement on the column: 'id integer primary key autoincrement'");
            }
            List<IndexPart> keyParts = indexParts(pk);
            refuseExpressionParts(keyParts, "primary key");
            setPrimaryKey(new PrimaryKey(keyParts, autoincrement, false, range), constraint);
        } else if (body instanceof DSchemaParser.UniqueMemberContext unique) {
            refuseConflictClause(Children.first(unique, DSchemaParser.ConflictClauseContext.class));
            List<IndexPart> parts = indexParts(unique);
            refuseExpressionParts(parts, "unique constraint");
            DSchemaParser.NameContext nameNode = Children.first(unique, DSchemaParser.NameContext.class);
            String written = nameNode != null ? Names.text(context.lines, nameNode) : null;
            String name = written != null ? written : Index.derivedUniqueName(table.name, partNames(parts));
            SourceRange nameRange = nameNode != null ? context.lines.range(nameNode) : range;
            table.indexes.add(new Index(name, true, parts, null, Index.Origin.TABLE_UNIQUE,
                    DocComments.above(context.tokens, constraint.getStart()), range, nameRange));
        } else if (body instanceof DSchemaParser.ForeignKeyMemberContext fk) {
            List<NameRef> columns = new ArrayList<>();
            List<ParseTree> children = fk.children;
            for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
                if (children.get(i) instanceof DSchemaParser.NameContext name) {
                    columns.add(nameRef(name));
                }
            }
            table.foreignKeys.add(foreignKey(columns, Children.first(fk, DSchemaParser.ForeignKeyClauseContext.class), false,
                    range));
        } else if (body instanceof DSchemaParser.CheckMemberContext check) {
            refuseConflictClause(Children.first(check, DSchemaParser.ConflictClauseContext.class));
            DSchemaParser.NameContext nameNode = Children.first(check, DSchemaParser.NameContext.class);
            String name = nameNode != null ? Names.text(context.lines, nameNode) : constraintName;
            table.checks.add(new Check(name, expression(Children.first(check, DSchemaParser.ExprContext.class)), null, range));
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
        DSchemaParser.DeclNameContext targetName = Children.first(clause, DSchemaParser.DeclNameContext.class);
        NameRef target = new NameRef(declName(targetName), context.lines.range(targetName));
        List<NameRef> targetColumns = new ArrayList<>();
        ForeignKey.Action onDelete = ForeignKey.Action.NO_ACTION;
        ForeignKey.Action onUpdate = ForeignKey.Action.NO_ACTION;
        DSchemaParser.DeferrableClauseContext deferrable = null;
        List<ParseTree> children = clause.children;
        int count = children == null ? 0 : children.size();
        for (int i = 0; i < count; i++) {
            if (children.get(i) instanceof DSchemaParser.NameContext name) {
                targetColumns.add(nameRef(name));
            }
        }
        for (int i = 0; i < count; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.ForeignKeyOptionContext option) {
                if (Children.has(option, DSchemaLexer.MATCH)) {
                    context.refuseInSchema(option, "'match' is ignored by SQLite and not part of .dschema: remove it");
                } else if (Children.has(option, DSchemaLexer.DELETE)) {
                    onDelete = action(Children.first(option, DSchemaParser.ForeignKeyActionContext.class));
                } else {
                    onUpdate = action(Children.first(option, DSchemaParser.ForeignKeyActionContext.class));
                }
            } else if (child instanceof DSchemaParser.DeferrableClauseContext found) {
                deferrable = deferrable == null ? found : deferrable;
            }
        }
        return new ForeignKey(columns, target, targetColumns, onDelete, onUpdate, deferrable(deferrable),
                columnLevel, range);
    }

    private static ForeignKey.Action action(DSchemaParser.ForeignKeyActionContext action) {
        if (action == null) {
            return ForeignKey.Action.NO_ACTION;
        }
        if (Children.has(action, DSchemaLexer.CASCADE)) {
            return ForeignKey.Action.CASCADE;
        }
        if (Children.has(action, DSchemaLexer.RESTRICT)) {
            return ForeignKey.Action.RESTRICT;
        }
        if (Children.has(action, DSchemaLexer.NULL)) {
            return ForeignKey.Action.SET_NULL;
        }
        if (Children.has(action, DSchemaLexer.DEFAULT)) {
            return ForeignKey.Action.SET_DEFAULT;
        }
        return ForeignKey.Action.NO_ACTION;
    }

    private static ForeignKey.Deferrable deferrable(DSchemaParser.DeferrableClauseContext clause) {
        if (clause == null || Children.has(clause, DSchemaLexer.NOT)) {
            return ForeignKey.Deferrable.NOT_DEFERRABLE;
        }
        return Children.has(clause, DSchemaLexer.DEFERRED)
                ? ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED
                : ForeignKey.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    // ------------------------------------------------------------------ shared pieces

    /** The parts of an index or key: the node's indexedColumn children. */
    List<IndexPart> indexParts(ParserRuleContext parent) {
        List<IndexPart> parts = new ArrayList<>();
        List<ParseTree> children = parent.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof DSchemaParser.IndexedColumnContext column) {
                indexPart(column, parts);
            }
        }
        return parts;
    }

    private void indexPart(DSchemaParser.IndexedColumnContext column, List<IndexPart> parts) {
        DSchemaParser.ExprContext expr = null;
        boolean desc = false;
        boolean asc = false;
        List<ParseTree> children = column.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            Object child = children.get(i);
            if (child instanceof DSchemaParser.ExprContext found) {
                expr = expr == null ? found : expr;
            } else {
                int type = Children.typeOf(child);
                desc |= type == DSchemaLexer.DESC;
                asc |= type == DSchemaLexer.ASC;
            }
        }
        if (expr == null) {
            return;
        }
        SortOrder order = desc ? SortOrder.DESC : asc ? SortOrder.ASC : SortOrder.NONE;
        String collation = null;
        if (expr instanceof DSchemaParser.CollateExprContext collate) {
            collation = Names.text(context.lines, Children.first(collate, DSchemaParser.NameContext.class));
            expr = Children.first(collate, DSchemaParser.ExprContext.class);
        }
        DSchemaParser.ExprContext bare = unwrapParens(expr);
        SourceRange range = context.lines.range(column);
        DSchemaParser.NameContext name = bare instanceof DSchemaParser.PrimaryExprContext primary
                && Children.first(primary, DSchemaParser.PrimaryContext.class) instanceof DSchemaParser.ColumnPrimaryContext columnName
                ? onlyName(Children.first(columnName, DSchemaParser.QualifiedNameContext.class)) : null;
        if (name != null) {
            parts.add(new IndexPart(nameRef(name), null, collation, order, range));
        } else if (expr != null) {
            parts.add(new IndexPart(null, expression(expr), collation, order, range));
        }
    }

    /** The name of a qualified name of one name; null for {@code t.c}. */
    private static DSchemaParser.NameContext onlyName(DSchemaParser.QualifiedNameContext qualified) {
        DSchemaParser.NameContext only = null;
        List<ParseTree> children = qualified.children; // throws on a missing node, as name() did
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof DSchemaParser.NameContext name) {
                if (only != null) {
                    return null;
                }
                only = name;
            }
        }
        return only;
    }

    /** SQLite makes no node for parentheses around one expression: {@code ((a))} indexes column a. */
    private static DSchemaParser.ExprContext unwrapParens(DSchemaParser.ExprContext expr) {
        while (expr instanceof DSchemaParser.PrimaryExprContext primary
                && Children.first(primary, DSchemaParser.PrimaryContext.class) instanceof DSchemaParser.ParenPrimaryContext parens) {
            DSchemaParser.ExprContext only = null;
            int count = 0;
            List<ParseTree> children = parens.children;
            for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
                if (children.get(i) instanceof DSchemaParser.ExprContext inner && count++ == 0) {
                    only = inner;
                }
            }
            if (count != 1) {
                break;
            }
            expr = only;
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
        SourceRange range = context.lines.range(expr); // first: the nodes the tree starts with often span the same tokens
        Expr tree = context.expressions.lower(expr);
        return new Expression(tree, ExpressionText.of(context.tokens, context.lines, expr), range);
    }

    NameRef renameHint(DSchemaParser.RenameHintContext hint) {
        DSchemaParser.DeclNameContext name = Children.first(hint, DSchemaParser.DeclNameContext.class);
        if (name == null) {
            return new NameRef("", context.lines.range(hint));
        }
        return new NameRef(declName(name), context.lines.range(name));
    }

    String declName(DSchemaParser.DeclNameContext name) {
        if (name == null) {
            return "";
        }
        if (Children.has(name, DSchemaLexer.STRING)) {
            context.refuseInSchema(name, "a name is not a string: write " + name.getText().replace('\'', '"')
                    + " with double quotes");
        }
        return Names.text(context.lines, name);
    }

    private NameRef nameRef(DSchemaParser.NameContext name) {
        return new NameRef(Names.text(context.lines, name), context.lines.range(name));
    }

    /**
     * SQLite takes strings as type words ({@code x 'text'}); the language does not, because a typo in
     * a constraint word then turns the rest of the line into a type ({@code text defalt 'x'}).
     */
    private void refuseStringInType(DSchemaParser.TypeNameContext type) {
        if (!context.dschema || type == null) {
            return;
        }
        List<ParseTree> children = type.children;
        for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) {
            if (children.get(i) instanceof DSchemaParser.TypeWordContext word && Children.has(word, DSchemaLexer.STRING)) {
                context.report(DiagnosticCode.SYNTAX_ERROR, "unexpected string " + word.getText() + " in the type '"
                        + ExpressionText.of(context.tokens, context.lines, type)
                        + "': a type is made of words; is a constraint word misspelled?", word);
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
