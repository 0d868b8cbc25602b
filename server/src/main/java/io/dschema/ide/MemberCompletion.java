package io.dschema.ide;

import static io.dschema.grammar.DSchemaLexer.*;

import io.dschema.analysis.Affinity;
import io.dschema.ide.CompletionCursor.Tok;
import io.dschema.model.Column;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Completion inside a table body, from the tokens of the member written so far: what a member
 * starts with, then per kind of member (column, index, key, foreign key, check) what may follow.
 */
final class MemberCompletion {

    /** The column constraints, each offered until the column has it. */
    private enum Constraint {
        NOT_NULL("not null"), PRIMARY_KEY("primary key"), UNIQUE_("unique"), DEFAULT_("default"), CHECK_("check"),
        REFERENCES_("references"), COLLATE_("collate"), GENERATED_("generated always as"), RENAMED_FROM("renamed from");

        final String words;

        Constraint(String words) {
            this.words = words;
        }
    }

    private static final Set<Integer> CLAUSE_STARTS = Set.of(NOT, NULL, PRIMARY, UNIQUE, DEFAULT, CHECK, REFERENCES,
            COLLATE, GENERATED, AS, RENAMED, CONSTRAINT);

    private static final Set<Integer> SOFT_KEYWORDS = Set.of(ABORT, ACTION, ALWAYS, BY, CASCADE, CONFLICT, DEFERRED,
            DELETE, FAIL, FILTER, IF, IGNORE, IMMEDIATE, KEY, NO, OVER, RAISE, REPLACE, RESTRICT, ROLLBACK, ROWID, SET,
            STORED, STRICT, TEMP, TEMPORARY, UPDATE, VIRTUAL, WITHOUT);

    private final Schema schema;
    private final Table table;
    private final boolean strict;
    private final Proposals proposals;
    private final ExpressionCompletion expressions;

    /** @param table the table whose body it is, as lowered; null when lowering did not keep it */
    MemberCompletion(Schema schema, Table table, boolean strict, Proposals proposals) {
        this.schema = schema;
        this.table = table;
        this.strict = strict;
        this.proposals = proposals;
        this.expressions = new ExpressionCompletion(table, proposals);
    }

    void complete(List<Tok> member) {
        if (member.isEmpty()) {
            memberStart();
            return;
        }
        Tok first = member.get(0);
        int size = member.size();
        switch (first.type()) {
            case INDEX -> index(member, 1);
            case UNIQUE -> {
                if (size == 1) {
                    proposals.keyword("index");
                } else if (member.get(1).is(INDEX)) {
                    index(member, 2);
                } else {
                    keyColumns(member);
                }
            }
            case PRIMARY -> {
                if (size == 1) {
                    proposals.keyword("key");
                } else {
                    keyColumns(member);
                }
            }
            case FOREIGN -> foreignKey(member);
            case CHECK -> {
                int open = firstParen(member, 1);
                if (open >= 0 && close(member, open) < 0) {
                    expressions.complete(member.subList(open + 1, size), true, true, null);
                }
            }
            case CONSTRAINT -> {
                if (size == 2) {
                    proposals.keywords(List.of("primary key", "unique", "check", "foreign key"));
                } else if (size > 2) {
                    complete(member.subList(2, size));
                }
            }
            default -> column(member);
        }
    }

    private void memberStart() {
        proposals.keyword("index");
        proposals.keyword("unique index");
        proposals.keyword("unique");
        if (table == null || table.primaryKey() == null) {
            proposals.keyword("primary key");
        }
        proposals.keyword("foreign key");
        proposals.keyword("check");
        proposals.snippet("index name on (columns)", "an index", "index ${1:name} on (${2:column})$0");
        proposals.snippet("foreign key (column) references table(column)", "a foreign key",
                "foreign key (${1:column}) references ${2:table}(${3:id})$0");
    }

    // ---- [unique] index NAME on (PART, ...) [where EXPR]

    private void index(List<Tok> member, int name) {
        int size = member.size();
        if (size == name + 1) {
            proposals.keyword("on");
        }
        if (size < name + 3 || !member.get(name + 1).is(ON) || !member.get(name + 2).is(LPAREN)) {
            return;
        }
        int close = close(member, name + 2);
        if (close < 0) {
            indexPart(member.subList(name + 3, size));
            return;
        }
        List<Tok> rest = member.subList(close + 1, size);
        if (rest.isEmpty()) {
            proposals.keyword("where");
        } else if (rest.get(0).is(WHERE)) {
            expressions.complete(rest.subList(1, rest.size()), true, true, null);
        }
    }

    private void indexPart(List<Tok> list) {
        List<Tok> part = currentPart(list);
        if (part.isEmpty()) {
            ownColumns(list);
            expressions.functions(true);
            return;
        }
        int open = firstParen(part, 0);
        if (open >= 0 && close(part, open) < 0 || part.size() > 1 && part.get(0).isWord() && part.get(1).is(LPAREN) && close(part, 1) < 0) {
            expressions.complete(part, true, true, null);
            return;
        }
        Tok last = part.get(part.size() - 1);
        if (last.is(COLLATE)) {
            collations();
        } else if (!last.is(ASC) && !last.is(DESC)) {
            proposals.keywords(part.stream().anyMatch(t -> t.is(COLLATE)) ? List.of("asc", "desc") : List.of("asc", "desc", "collate"));
        }
    }

    // ---- primary key (COL, ...) / unique [NAME] (COL, ...)

    private void keyColumns(List<Tok> member) {
        int open = firstParen(member, 1);
        if (open < 0 || close(member, open) >= 0) {
            return;
        }
        List<Tok> list = member.subList(open + 1, member.size());
        List<Tok> part = currentPart(list);
        if (part.isEmpty()) {
            ownColumns(list);
        } else if (part.get(part.size() - 1).is(COLLATE)) {
            collations();
        } else if (part.size() == 1 && isName(part.get(0))) {
            proposals.keywords(List.of("asc", "desc", "collate"));
        }
    }

    // ---- foreign key (COL, ...) references TABLE [(COL, ...)] [actions]

    private void foreignKey(List<Tok> member) {
        int size = member.size();
        if (size == 1) {
            proposals.keyword("key");
            return;
        }
        if (size < 3 || !member.get(1).is(KEY) || !member.get(2).is(LPAREN)) {
            return;
        }
        int close = close(member, 2);
        if (close < 0) {
            if (currentPart(member.subList(3, size)).isEmpty()) {
                ownColumns(member.subList(3, size));
            }
            return;
        }
        List<Tok> rest = member.subList(close + 1, size);
        if (rest.isEmpty()) {
            proposals.keyword("references");
        } else if (rest.get(0).is(REFERENCES)) {
            references(rest, null);
        }
    }

    /**
     * A references clause from {@code references}; {@code used} is the column's constraints when
     * it stands on a column (the other constraints may follow it), null for a table member.
     */
    private void references(List<Tok> clause, Set<Constraint> used) {
        int size = clause.size();
        if (size == 1) {
            schema.tables().forEach(t -> proposals.table(t.name(), t.columns().size() + " columns"));
            return;
        }
        Table parent = schema.table(clause.get(1).name()).orElse(null);
        int after = 2;
        if (size > 2 && clause.get(2).is(LPAREN)) {
            int close = close(clause, 2);
            if (close < 0) {
                if (parent != null && currentPart(clause.subList(3, size)).isEmpty()) {
                    columnsBut(parent.columns(), clause.subList(3, size));
                }
                return;
            }
            after = close + 1;
        }
        List<Tok> options = clause.subList(after, size);
        Tok last = options.isEmpty() ? null : options.get(options.size() - 1);
        Tok before = options.size() < 2 ? null : options.get(options.size() - 2);
        boolean onDelete = false;
        boolean onUpdate = false;
        boolean deferrable = false;
        for (int i = 0; i < options.size(); i++) {
            boolean on = i + 1 < options.size() && options.get(i).is(ON);
            onDelete |= on && options.get(i + 1).is(DELETE);
            onUpdate |= on && options.get(i + 1).is(UPDATE);
            deferrable |= options.get(i).is(DEFERRABLE);
        }
        if (last == null || last.is(CASCADE) || last.is(RESTRICT) || last.is(ACTION) || last.is(DEFERRED) || last.is(IMMEDIATE)
                || (last.is(NULL) || last.is(DEFAULT)) && before != null && before.is(SET)
                || before != null && before.is(MATCH)) {
            if (!onDelete) {
                proposals.keyword("on delete");
            }
            if (!onUpdate) {
                proposals.keyword("on update");
            }
            if (!deferrable) {
                proposals.keyword("deferrable initially deferred");
            }
            if (used != null) {
                constraints(used);
            }
        } else if (last.is(ON)) {
            if (!onDelete) {
                proposals.keyword("delete");
            }
            if (!onUpdate) {
                proposals.keyword("update");
            }
        } else if ((last.is(DELETE) || last.is(UPDATE)) && before != null && before.is(ON)) {
            proposals.keywords(SqliteVocabulary.ACTIONS);
        } else if (last.is(SET)) {
            proposals.keywords(List.of("null", "default"));
        } else if (last.is(NO)) {
            proposals.keyword("action");
        } else if (last.is(DEFERRABLE)) {
            proposals.keywords(List.of("initially deferred", "initially immediate"));
        } else if (last.is(INITIALLY)) {
            proposals.keywords(List.of("deferred", "immediate"));
        } else if (last.is(NOT)) {
            proposals.keyword("deferrable");
        }
    }

    // ---- NAME [TYPE] CONSTRAINT*

    private void column(List<Tok> member) {
        int size = member.size();
        if (size == 1) {
            types();
            return;
        }
        int at = 1;
        while (at < size && isTypeWord(member.get(at))) {
            at++;
        }
        if (at > 1 && at < size && member.get(at).is(LPAREN)) {
            int close = close(member, at);
            if (close < 0) {
                return; // the type's size
            }
            at = close + 1;
        }
        List<List<Tok>> clauses = clauses(member.subList(at, size));
        Set<Constraint> used = EnumSet.noneOf(Constraint.class);
        for (List<Tok> clause : clauses) {
            Constraint constraint = constraintOf(clause.get(0));
            if (constraint != null) {
                used.add(constraint);
            }
        }
        if (clauses.isEmpty()) {
            constraints(used);
            return;
        }
        clause(clauses.get(clauses.size() - 1), used, member.get(0).name());
    }

    /** The constraints after the type, split where each starts (a references clause keeps its actions). */
    private static List<List<Tok>> clauses(List<Tok> tokens) {
        List<List<Tok>> clauses = new ArrayList<>();
        List<Tok> current = null;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tok token = tokens.get(i);
            Tok previous = i == 0 ? null : tokens.get(i - 1);
            boolean starts = current == null;
            if (!starts && depth == 0 && CLAUSE_STARTS.contains(token.type())) {
                boolean notNull = token.is(NULL) && previous.is(NOT) && current.size() == 1;
                boolean setAction = (token.is(NULL) || token.is(DEFAULT)) && previous.is(SET);
                boolean notDeferrable = token.is(NOT) && i + 1 < tokens.size() && tokens.get(i + 1).is(DEFERRABLE);
                boolean generatedAs = token.is(AS) && current.get(0).is(GENERATED);
                starts = !notNull && !setAction && !notDeferrable && !generatedAs;
            }
            if (starts) {
                current = new ArrayList<>();
                clauses.add(current);
            }
            current.add(token);
            if (token.is(LPAREN)) {
                depth++;
            } else if (token.is(RPAREN) && depth > 0) {
                depth--;
            }
        }
        return clauses;
    }

    private void clause(List<Tok> clause, Set<Constraint> used, String columnName) {
        Tok first = clause.get(0);
        int size = clause.size();
        Tok last = clause.get(size - 1);
        switch (first.type()) {
            case NOT -> {
                if (size == 1) {
                    proposals.keyword("null");
                } else if (size == 2 && last.is(NULL)) {
                    constraints(used);
                }
            }
            case NULL, UNIQUE -> {
                if (size == 1) {
                    constraints(used);
                }
            }
            case PRIMARY -> {
                if (size == 1) {
                    proposals.keyword("key");
                } else if (size == 2) {
                    proposals.keywords(List.of("asc", "desc", "autoincrement"));
                    constraints(used);
                } else if (last.is(ASC) || last.is(DESC)) {
                    proposals.keyword("autoincrement");
                    constraints(used);
                } else if (last.is(AUTOINCREMENT)) {
                    constraints(used);
                }
            }
            case DEFAULT -> defaultValue(clause, used);
            case CHECK -> {
                int open = firstParen(clause, 1);
                if (open < 0) {
                    return;
                }
                int close = close(clause, open);
                if (close < 0) {
                    expressions.complete(clause.subList(open + 1, size), true, true, null);
                } else if (close == size - 1) {
                    constraints(used);
                }
            }
            case COLLATE -> {
                if (size == 1) {
                    collations();
                } else if (size == 2) {
                    constraints(used);
                }
            }
            case REFERENCES -> references(clause, used);
            case GENERATED, AS -> generated(clause, used, columnName);
            case RENAMED -> {
                if (size == 1) {
                    proposals.keyword("from");
                } else if (size == 3) {
                    constraints(used);
                }
            }
            case CONSTRAINT -> {
                if (size == 2) {
                    for (Constraint constraint : Constraint.values()) {
                        if (!used.contains(constraint) && constraint != Constraint.RENAMED_FROM) {
                            proposals.keyword(constraint.words);
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private void defaultValue(List<Tok> clause, Set<Constraint> used) {
        int size = clause.size();
        if (size == 1) {
            proposals.keywords(List.of("null", "true", "false", "current_time", "current_date", "current_timestamp"));
            return;
        }
        Tok value = clause.get(1);
        if (value.is(LPAREN)) {
            int close = close(clause, 1);
            if (close < 0) {
                // SQLite refuses a column in a default: functions and literals only
                expressions.complete(clause.subList(2, size), false, false, null);
            } else if (close == size - 1) {
                constraints(used);
            }
        } else if (value.is(MINUS) || value.is(PLUS)) {
            if (size == 3) {
                constraints(used);
            }
        } else if (size == 2) {
            constraints(used);
        }
    }

    private void generated(List<Tok> clause, Set<Constraint> used, String columnName) {
        int size = clause.size();
        if (clause.get(0).is(GENERATED)) {
            if (size == 1) {
                proposals.keyword("always");
                return;
            }
            if (size == 2 && clause.get(1).is(ALWAYS)) {
                proposals.keyword("as");
                return;
            }
        }
        int as = 0;
        while (as < size && !clause.get(as).is(AS)) {
            as++;
        }
        if (as + 1 >= size || !clause.get(as + 1).is(LPAREN)) {
            return;
        }
        int close = close(clause, as + 1);
        if (close < 0) {
            // a generated column may not name itself
            expressions.complete(clause.subList(as + 2, size), true, true, columnName);
        } else if (close == size - 1) {
            proposals.keywords(List.of("stored", "virtual"));
            constraints(used);
        } else if (close == size - 2 && (last(clause).is(STORED) || last(clause).is(VIRTUAL))) {
            constraints(used);
        }
    }

    private void constraints(Set<Constraint> used) {
        for (Constraint constraint : Constraint.values()) {
            if (!used.contains(constraint)) {
                proposals.keyword(constraint.words);
            }
        }
    }

    private static Constraint constraintOf(Tok token) {
        return switch (token.type()) {
            case NOT, NULL -> Constraint.NOT_NULL;
            case PRIMARY -> Constraint.PRIMARY_KEY;
            case UNIQUE -> Constraint.UNIQUE_;
            case DEFAULT -> Constraint.DEFAULT_;
            case CHECK -> Constraint.CHECK_;
            case REFERENCES -> Constraint.REFERENCES_;
            case COLLATE -> Constraint.COLLATE_;
            case GENERATED, AS -> Constraint.GENERATED_;
            case RENAMED -> Constraint.RENAMED_FROM;
            default -> null;
        };
    }

    // ---- words

    private void types() {
        for (String type : strict ? SqliteVocabulary.STRICT_TYPES : SqliteVocabulary.TYPES) {
            boolean strictAny = strict && type.equals("any");
            proposals.type(type, strictAny ? "any value, stored as given" : Affinity.of(type).sqlName() + " affinity");
        }
    }

    private void collations() {
        SqliteVocabulary.COLLATIONS.forEach(proposals::collation);
    }

    /** The table's columns but those already in the list being written. */
    private void ownColumns(List<Tok> listed) {
        if (table != null) {
            columnsBut(table.columns(), listed);
        }
    }

    private void columnsBut(List<Column> columns, List<Tok> listed) {
        for (Column column : columns) {
            if (listed.stream().noneMatch(token -> isName(token) && Names.same(token.name(), column.name()))) {
                proposals.column(column.name(), column.type());
            }
        }
    }

    // ---- token helpers

    private static boolean isTypeWord(Tok token) {
        return token.is(IDENTIFIER) || token.is(QUOTED_IDENTIFIER) || token.is(STRING) || SOFT_KEYWORDS.contains(token.type());
    }

    static boolean isName(Tok token) {
        return token.is(IDENTIFIER) || token.is(QUOTED_IDENTIFIER) || SOFT_KEYWORDS.contains(token.type());
    }

    private static Tok last(List<Tok> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    /** The first {@code (} at or after {@code from}, or -1. */
    private static int firstParen(List<Tok> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(LPAREN)) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code )} that closes the {@code (} at {@code open}, or -1 when the cursor is still inside. */
    static int close(List<Tok> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(LPAREN)) {
                depth++;
            } else if (tokens.get(i).is(RPAREN) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens of a list after its last top-level comma: the item being written. */
    private static List<Tok> currentPart(List<Tok> list) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.size(); i++) {
            Tok token = list.get(i);
            if (token.is(LPAREN)) {
                depth++;
            } else if (token.is(RPAREN)) {
                depth--;
            } else if (depth == 0 && token.is(COMMA)) {
                start = i + 1;
            }
        }
        return list.subList(start, list.size());
    }
}
