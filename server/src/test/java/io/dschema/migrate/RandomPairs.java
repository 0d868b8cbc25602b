package io.dschema.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Seeded random pairs of schemas (a baseline A and a target B made from A by a few changes of every
 * kind the language has), with rows for A and a view and a trigger the schema does not declare.
 * Deterministic from the seed, so a failing seed replays.
 *
 * <p>Every table has an integer column {@code id} whose values are distinct, so rows are compared
 * by id: either {@code id integer primary key [autoincrement]} or {@code primary key (id, k)} with
 * a text column {@code k} (values {@code 'k<id>'}), optionally {@code without rowid}. Foreign keys
 * point to a table's key (an earlier table's, or its own: a self-reference); rows satisfy every
 * constraint of A. Names include some that need quoting ({@code order}, {@code "my table"}, a
 * quote inside a name). Expressions (checks, generated columns, index parts, where clauses) are
 * templates over column names, so renames carry into them.
 */
final class RandomPairs {

    static final String[] TYPES = {"integer", "text", "real", "blob"};
    /** A mutation may also pick a type a strict table refuses (the pair is then skipped) or whose affinity differs. */
    static final String[] MUTATION_TYPES = {"integer", "text", "real", "blob", "numeric", "any"};
    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> KEYWORDS = List.of("order", "group", "select", "table", "index", "unique", "primary",
            "foreign", "check", "key", "default", "references", "where", "as", "on", "not", "null");

    /** An expression over columns of its table: {@code {0}}, {@code {1}} ... stand for the (quoted) column names. */
    static final class Ex {
        final String template;
        final List<String> cols;

        Ex(String template, String... cols) {
            this(template, List.of(cols));
        }

        Ex(String template, List<String> cols) {
            this.template = template;
            this.cols = new ArrayList<>(cols);
        }

        String sql() {
            String out = template;
            for (int i = 0; i < cols.size(); i++) {
                out = out.replace("{" + i + "}", ident(cols.get(i)));
            }
            return out;
        }

        boolean uses(String column) {
            return cols.contains(column);
        }

        Ex copy() {
            return new Ex(template, cols);
        }
    }

    /** One column as the generator knows it. */
    static final class Col {
        String name;
        String type;
        boolean notNull;
        String defaultSql;   // as written after "default", or null
        boolean unique;
        String references;   // table name, or null (its target is the table's id)
        String onDelete;     // null, "cascade", "set null", ...
        String onUpdate;
        String check;        // template over {0} = this column, or null
        boolean nocase;
        Ex generated;        // null for a stored column
        boolean stored;
        boolean key;         // the k of a composite key: never dropped or retyped
        boolean distinct;    // values differ from row to row (compared binary: some differ only in case)
        boolean viewed;      // named by the view and the trigger: never dropped
        String renamedFrom;

        Col copy() {
            Col c = new Col();
            c.name = name; c.type = type; c.notNull = notNull; c.defaultSql = defaultSql; c.unique = unique;
            c.references = references; c.onDelete = onDelete; c.onUpdate = onUpdate; c.check = check; c.nocase = nocase;
            c.generated = generated == null ? null : generated.copy(); c.stored = stored; c.key = key; c.distinct = distinct;
            c.viewed = viewed;
            return c;
        }
    }

    static final class Idx {
        String name;
        boolean unique;
        final List<Ex> parts = new ArrayList<>();
        Ex where;

        Idx copy() {
            Idx i = new Idx();
            i.name = name; i.unique = unique; i.where = where == null ? null : where.copy();
            parts.forEach(p -> i.parts.add(p.copy()));
            return i;
        }

        boolean uses(String column) {
            return parts.stream().anyMatch(p -> p.uses(column)) || where != null && where.uses(column);
        }
    }

    /** A table-level foreign key to a composite key (id, k): two columns of the child. */
    static final class Fk {
        final List<String> cols = new ArrayList<>();
        String table;
        String onDelete;
        String onUpdate;

        Fk copy() {
            Fk f = new Fk();
            f.cols.addAll(cols); f.table = table; f.onDelete = onDelete; f.onUpdate = onUpdate;
            return f;
        }
    }

    static final class Tab {
        String name;
        boolean strict;
        boolean withoutRowid;
        boolean autoincrement;
        boolean compositeKey;   // primary key (id, k) rather than id integer primary key
        boolean viewed;         // the view and the trigger name it: never dropped
        String renamedFrom;
        final List<Col> cols = new ArrayList<>();
        final List<Idx> indexes = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final Map<String, Ex> checks = new LinkedHashMap<>();   // named table-level checks
        final List<Fk> fks = new ArrayList<>();

        Tab copy() {
            Tab t = new Tab();
            t.name = name; t.strict = strict; t.withoutRowid = withoutRowid; t.autoincrement = autoincrement;
            t.compositeKey = compositeKey; t.viewed = viewed;
            cols.forEach(c -> t.cols.add(c.copy()));
            indexes.forEach(i -> t.indexes.add(i.copy()));
            uniques.forEach(u -> t.uniques.add(new ArrayList<>(u)));
            checks.forEach((k, v) -> t.checks.put(k, v.copy()));
            fks.forEach(f -> t.fks.add(f.copy()));
            return t;
        }

        Col col(String name) {
            return cols.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
        }

        Col keyColumn() {
            return cols.stream().filter(c -> c.key).findFirst().orElse(null);
        }

        /** Whether anything of the table (besides the column itself) names the column. */
        boolean uses(String column) {
            return indexes.stream().anyMatch(i -> i.uses(column)) || uniques.stream().anyMatch(u -> u.contains(column))
                    || checks.values().stream().anyMatch(e -> e.uses(column)) || fks.stream().anyMatch(f -> f.cols.contains(column))
                    || cols.stream().anyMatch(c -> c.generated != null && c.generated.uses(column));
        }
    }

    /**
     * A pair: A's tables, its rows as INSERT statements, B's tables, what was changed (for
     * messages), and the SQL of a view and a trigger created on A (none when {@code extras} is empty).
     */
    record Pair(long seed, List<Tab> before, List<String> rows, List<Tab> after, List<String> mutations, List<String> extras) {

        String beforeText() {
            return render(before, false);
        }

        String afterText() {
            return render(after, true);
        }
    }

    private final Random random;
    private int fresh;

    private RandomPairs(long seed) {
        this.random = new Random(seed);
    }

    static Pair pair(long seed) {
        return new RandomPairs(seed).make(seed);
    }

    private Pair make(long seed) {
        List<Tab> a = new ArrayList<>();
        int tables = 1 + random.nextInt(3);
        for (int t = 0; t < tables; t++) {
            a.add(table(t == 1 && random.nextInt(4) == 0 ? "my table" : "t" + t, a));
        }
        List<String> rows = rows(a);
        List<String> extras = random.nextBoolean() ? viewAndTrigger(a.get(0)) : List.of();
        List<Tab> b = new ArrayList<>();
        a.forEach(t -> b.add(t.copy()));
        List<String> mutations = new ArrayList<>();
        int changes = 1 + random.nextInt(4);
        Tab focus = null;
        for (int i = 0; i < changes; i++) {
            // half of the later changes go to the same table: several changes in one rebuild
            Tab t = focus != null && b.contains(focus) && random.nextBoolean() ? focus : b.get(random.nextInt(b.size()));
            focus = t;
            mutate(t, b, mutations);
        }
        return new Pair(seed, a, rows, b, mutations, extras);
    }

    private Tab table(String name, List<Tab> earlier) {
        Tab t = new Tab();
        t.name = name;
        t.strict = random.nextInt(4) == 0;
        if (random.nextInt(3) == 0) {
            Col k = new Col();
            k.name = "k";
            k.type = "text";
            k.notNull = true;
            k.key = true;
            k.distinct = true;
            t.cols.add(k);
            t.compositeKey = random.nextBoolean();
        }
        t.withoutRowid = random.nextInt(5) == 0;
        t.autoincrement = !t.compositeKey && !t.withoutRowid && random.nextInt(4) == 0;
        int columns = 1 + random.nextInt(4);
        for (int c = 0; c < columns; c++) {
            t.cols.add(column(columnName(t, c), t, earlier));
        }
        if (random.nextInt(4) == 0) {
            compositeReference(t, earlier);
        }
        if (random.nextInt(4) == 0) {
            t.cols.add(generatedColumn(t, "g" + fresh++));
        }
        if (random.nextBoolean()) {
            Idx index = randomIndex(t, false);
            if (index != null) {
                t.indexes.add(index);
            }
        }
        Col distinct = t.cols.stream().filter(c -> c.distinct && c.generated == null).findFirst().orElse(null);
        Col other = pick(t);
        if (distinct != null && other != null && other != distinct && other.generated == null && random.nextInt(3) == 0) {
            t.uniques.add(new ArrayList<>(List.of(distinct.name, other.name)));
        }
        if (random.nextInt(4) == 0) {
            Col c = pick(t);
            if (c != null && c.generated == null) {
                t.checks.put("chk_" + fresh++, satisfiedCheck(c));
            }
        }
        return t;
    }

    private String columnName(Tab t, int c) {
        return switch (random.nextInt(12)) {
            case 0 -> t.col("order") == null ? "order" : "c" + c;
            case 1 -> "it\"s" + c;
            case 2 -> "a b" + c;
            case 3 -> "Mixed" + c;
            default -> "c" + c;
        };
    }

    private Col column(String name, Tab self, List<Tab> parents) {
        Col c = new Col();
        c.name = name;
        c.type = TYPES[random.nextInt(TYPES.length)];
        c.notNull = random.nextInt(3) == 0;
        if (random.nextInt(3) == 0 || c.notNull && random.nextBoolean()) {
            c.defaultSql = literal(c.type, c.notNull);
        }
        List<Tab> targets = new ArrayList<>();
        parents.stream().filter(p -> !p.compositeKey).forEach(targets::add);
        if (!self.compositeKey && random.nextInt(6) == 0) {
            targets.add(self);
        }
        if (!targets.isEmpty() && c.type.equals("integer") && random.nextInt(3) == 0) {
            c.references = targets.get(random.nextInt(targets.size())).name;
            c.onDelete = action();
            c.onUpdate = random.nextInt(3) == 0 ? action() : null;
            c.notNull = false;
            c.defaultSql = null;
        }
        if (c.type.equals("integer") && c.references == null && random.nextInt(5) == 0) {
            c.check = "{0} >= 0";
        }
        c.nocase = c.type.equals("text") && random.nextInt(4) == 0;
        c.unique = c.references == null && random.nextInt(8) == 0;
        c.distinct = c.unique || c.references == null && random.nextInt(6) == 0;
        return c;
    }

    private String action() {
        return new String[] {null, "cascade", "set null", "restrict", "no action", "set default"}[random.nextInt(6)];
    }

    /** Two columns referencing an earlier table's composite key (id, k). */
    private void compositeReference(Tab t, List<Tab> parents) {
        List<Tab> composite = parents.stream().filter(p -> p.compositeKey).toList();
        if (composite.isEmpty()) {
            return;
        }
        Tab parent = composite.get(random.nextInt(composite.size()));
        Col id = new Col();
        id.name = "ref_id" + fresh++;
        id.type = "integer";
        Col k = new Col();
        k.name = "ref_k" + fresh++;
        k.type = "text";
        t.cols.add(id);
        t.cols.add(k);
        Fk fk = new Fk();
        fk.cols.add(id.name);
        fk.cols.add(k.name);
        fk.table = parent.name;
        fk.onDelete = action();
        fk.onUpdate = random.nextBoolean() ? action() : null;
        t.fks.add(fk);
    }

    private Col generatedColumn(Tab t, String name) {
        Col source = t.cols.stream().filter(c -> c.generated == null).skip(random.nextInt(Math.max(1, t.cols.size()))).findFirst()
                .orElse(t.cols.isEmpty() ? null : t.cols.get(0));
        Col g = new Col();
        g.name = name;
        if (source == null || source.generated != null) {
            g.type = "integer";
            g.generated = new Ex("1 + 1");
        } else if (random.nextBoolean()) {
            g.type = "integer";
            g.generated = new Ex("length({0})", source.name);
        } else {
            g.type = "text";
            g.generated = new Ex("lower({0})", source.name);
        }
        g.stored = random.nextBoolean();
        return g;
    }

    /** An index over a column or an expression, maybe partial; unique only when {@code mayFail} (A's rows must satisfy A). */
    private Idx randomIndex(Tab t, boolean mayFail) {
        Col c = pick(t);
        if (c == null) {
            return null;
        }
        Idx index = new Idx();
        index.name = t.name + "_" + c.name + "_i" + fresh++;
        index.parts.add(random.nextInt(4) == 0 ? new Ex("lower({0})", c.name) : new Ex("{0}", c.name));
        if (random.nextInt(4) == 0) {
            Col other = pick(t);
            index.where = new Ex("{0} IS NOT NULL", other.name);
        }
        index.unique = mayFail ? random.nextInt(3) == 0 : c.distinct && index.parts.get(0).template.equals("{0}") && !c.nocase
                && random.nextBoolean();
        return index;
    }

    private Ex satisfiedCheck(Col c) {
        return switch (c.type) {
            case "integer" -> new Ex("{0} >= 0", c.name);
            case "real" -> new Ex("{0} < 1000", c.name);
            default -> new Ex("length({0}) < 20", c.name);
        };
    }

    /** A literal of each kind the language has: numbers (signed, hex, exponent), strings, booleans, CURRENT_*, null, expressions. */
    private String literal(String type, boolean notNull) {
        if (!notNull && random.nextInt(8) == 0) {
            return "null";
        }
        return switch (type) {
            case "integer" -> new String[] {"0", "1", "2", "-1", "+2", "0x10", "true", "false", "(1 + 2)"}[random.nextInt(9)];
            case "real" -> new String[] {"1.5", "-0.5", "1e3", "2", "0.0"}[random.nextInt(5)];
            case "text" -> new String[] {"''", "'x'", "'it''s'", "current_timestamp", "current_date", "current_time",
                    "(lower('AB'))", "'0'"}[random.nextInt(8)];
            default -> new String[] {"(x'00ff')", "(x'')"}[random.nextInt(2)];
        };
    }

    private Object value(Col c, int row) {
        if (c.key) {
            return "'k" + row + "'";
        }
        if (!c.notNull && random.nextInt(4) == 0) {
            return null;
        }
        if (c.distinct) {
            return switch (c.type) {
                case "integer" -> row;
                case "real" -> row + 0.25;
                // binary-distinct; on even rows equal to the row before but for case, unless the
                // column is nocase already (then a new nocase must be refused, not fail)
                case "text" -> c.nocase || row % 2 == 1 ? "'u" + row + "'" : "'U" + (row - 1) + "'";
                default -> "x'" + String.format("%04x", row) + "'";
            };
        }
        return switch (c.type) {
            case "integer" -> random.nextInt(5);
            case "real" -> random.nextInt(100) / 4.0;
            // 'a' and 'A' differ only in case: duplicates under a new collate nocase
            case "text" -> new String[] {"'a'", "'A'", "'b'", "'O''Neil'", "'12'", "''"}[random.nextInt(6)];
            default -> "x'" + Integer.toHexString(16 + random.nextInt(200)) + "'";
        };
    }

    private List<String> rows(List<Tab> tables) {
        List<String> inserts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Tab t : tables) {
            int n = random.nextInt(6);
            for (int r = 1; r <= n; r++) {
                counts.put(t.name, r - 1);   // a self-reference points to an earlier row
                List<String> names = new ArrayList<>(List.of("\"id\""));
                List<String> values = new ArrayList<>(List.of(Integer.toString(r)));
                for (Col c : t.cols) {
                    if (c.generated != null) {
                        continue;
                    }
                    Object v;
                    if (c.references != null) {
                        int parents = counts.getOrDefault(c.references, 0);
                        v = parents == 0 || random.nextInt(4) == 0 ? null : 1 + random.nextInt(parents);
                    } else {
                        v = value(c, r);
                    }
                    names.add(ident(c.name));
                    values.add(v == null ? "NULL" : v.toString());
                }
                for (Fk fk : t.fks) {
                    int parents = counts.getOrDefault(fk.table, 0);
                    int target = parents == 0 || random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(parents);
                    int at = names.indexOf(ident(fk.cols.get(0)));
                    values.set(at, target == 0 ? "NULL" : Integer.toString(target));
                    values.set(names.indexOf(ident(fk.cols.get(1))), target == 0 ? "NULL" : "'k" + target + "'");
                }
                inserts.add("INSERT INTO " + ident(t.name) + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", values) + ")");
            }
            counts.put(t.name, n);
        }
        for (Tab t : tables) {
            if (t.autoincrement && counts.getOrDefault(t.name, 0) > 0 && random.nextBoolean()) {
                // rows were deleted since: the sequence is above max(id), and a rebuild must keep it
                inserts.add("UPDATE sqlite_sequence SET seq = seq + 10 WHERE name = '" + t.name.replace("'", "''") + "'");
            }
        }
        return inserts;
    }

    /** A view over the whole table and one naming a column, a trigger naming the column: the schema does not declare them. */
    private List<String> viewAndTrigger(Tab t) {
        t.viewed = true;
        Col named = t.cols.stream().filter(c -> c.generated == null && c.references == null).findFirst().orElse(null);
        String column = named == null ? "id" : named.name;
        if (named != null) {
            named.viewed = true;
        }
        return List.of(
                "CREATE VIEW \"v_all\" AS SELECT * FROM " + ident(t.name),
                "CREATE VIEW \"v_named\" AS SELECT \"id\", " + ident(column) + " FROM " + ident(t.name) + " WHERE \"id\" > 0",
                "CREATE TRIGGER \"trg_kept\" BEFORE DELETE ON " + ident(t.name) + " BEGIN SELECT RAISE(ABORT, 'kept') WHERE OLD."
                        + ident(column) + " = 'never'; END");
    }

    private void mutate(Tab t, List<Tab> tables, List<String> said) {
        switch (random.nextInt(24)) {
            case 0 -> {
                Col c = column("n" + fresh++, t, tables.subList(0, tables.indexOf(t)));
                t.cols.add(c);
                said.add("add column " + t.name + "." + c.name);
            }
            case 1 -> {
                Col c = droppable(t, tables);
                if (c != null) {
                    t.cols.remove(c);
                    t.indexes.removeIf(i -> i.uses(c.name));
                    t.uniques.removeIf(u -> u.contains(c.name));
                    t.checks.values().removeIf(e -> e.uses(c.name));
                    said.add("drop column " + t.name + "." + c.name);
                }
            }
            case 2 -> {
                Col c = pick(t);
                if (c != null && c.renamedFrom == null && !(c.key && referenced(t, tables))) {
                    String old = c.name;
                    c.renamedFrom = old;
                    c.name = random.nextInt(4) == 0 ? "r \"" + fresh++ : "r" + fresh++;
                    renameIn(t, old, c.name);
                    said.add("rename column " + t.name + "." + old + " to " + c.name);
                }
            }
            case 3 -> {
                Col c = pick(t);
                if (c != null && plain(c) && !c.unique && c.check == null && !t.uses(c.name)) {
                    c.type = MUTATION_TYPES[random.nextInt(MUTATION_TYPES.length)];
                    c.nocase = false;
                    c.defaultSql = c.defaultSql == null ? null : literal(List.of(TYPES).contains(c.type) ? c.type : "integer", c.notNull);
                    said.add("type of " + t.name + "." + c.name + " to " + c.type);
                }
            }
            case 4 -> {
                Col c = pick(t);
                if (c != null && plain(c)) {
                    c.notNull = !c.notNull;
                    if (c.notNull && random.nextBoolean()) {
                        c.defaultSql = literal(baseType(c), true);
                    }
                    if (c.notNull && "null".equals(c.defaultSql)) {
                        c.defaultSql = null;
                    }
                    said.add((c.notNull ? "set" : "drop") + " not null on " + t.name + "." + c.name);
                }
            }
            case 5 -> {
                Col c = pick(t);
                if (c != null && plain(c)) {
                    c.defaultSql = random.nextBoolean() ? literal(baseType(c), c.notNull) : null;
                    if (c.defaultSql == null && c.notNull) {
                        c.defaultSql = literal(baseType(c), true);
                    }
                    said.add("default of " + t.name + "." + c.name);
                }
            }
            case 6 -> {
                Idx index = randomIndex(t, true);
                if (index != null) {
                    t.indexes.add(index);
                    said.add("add " + (index.unique ? "unique " : "") + "index " + index.name);
                }
            }
            case 7 -> {
                if (!t.indexes.isEmpty()) {
                    Idx index = t.indexes.remove(random.nextInt(t.indexes.size()));
                    said.add("drop index " + index.name);
                }
            }
            case 8 -> {
                t.strict = !t.strict;
                said.add((t.strict ? "strict " : "not strict ") + t.name);
            }
            case 9 -> {
                if (t.renamedFrom == null && tables.stream().noneMatch(o -> o.renamedFrom != null)) {
                    String old = t.name;
                    t.renamedFrom = old;
                    t.name = random.nextInt(4) == 0 ? "renamed \"" + fresh++ : "renamed" + fresh++;
                    for (Tab other : tables) {
                        other.cols.forEach(c -> c.references = old.equals(c.references) ? t.name : c.references);
                        other.fks.forEach(f -> f.table = old.equals(f.table) ? t.name : f.table);
                    }
                    said.add("rename table " + old + " to " + t.name);
                }
            }
            case 10 -> {
                Tab added = table("added" + fresh++, tables);
                tables.add(added);
                said.add("add table " + added.name);
            }
            case 11 -> {
                if (tables.size() > 1 && !referencedByOthers(t, tables) && t.renamedFrom == null && !t.viewed) {
                    tables.remove(t);
                    said.add("drop table " + t.name);
                }
            }
            case 12 -> {
                if (t.withoutRowid || !t.autoincrement) {
                    t.withoutRowid = !t.withoutRowid;
                    said.add((t.withoutRowid ? "without rowid " : "with rowid ") + t.name);
                }
            }
            case 13 -> {
                if (t.keyColumn() != null && !referenced(t, tables)) {
                    t.compositeKey = !t.compositeKey;
                    t.autoincrement = false;
                    t.cols.forEach(c -> c.references = c.references != null && c.references.equals(t.name) ? null : c.references);
                    said.add("key of " + t.name + (t.compositeKey ? " to (id, k)" : " to id"));
                }
            }
            case 14 -> {
                if (!t.compositeKey && !t.withoutRowid) {
                    t.autoincrement = !t.autoincrement;
                    said.add((t.autoincrement ? "" : "no ") + "autoincrement on " + t.name);
                }
            }
            case 15 -> {
                Col c = pick(t);
                if (c != null && plain(c) && baseType(c).equals("text")) {
                    c.nocase = !c.nocase;
                    said.add((c.nocase ? "collate nocase on " : "binary collation on ") + t.name + "." + c.name);
                }
            }
            case 16 -> {
                Col g = generatedColumn(t, "g" + fresh++);
                t.cols.add(g);
                said.add("add " + (g.stored ? "stored" : "virtual") + " generated column " + t.name + "." + g.name);
            }
            case 17 -> {
                Col g = t.cols.stream().filter(c -> c.generated != null).findFirst().orElse(null);
                if (g != null) {
                    g.stored = !g.stored;
                    said.add("generated column " + t.name + "." + g.name + (g.stored ? " stored" : " virtual"));
                }
            }
            case 18 -> {
                Col a = pick(t);
                Col b = pick(t);
                boolean known = a != null && b != null && t.uniques.stream().anyMatch(u -> u.equals(List.of(a.name, b.name)));
                if (a != null && b != null && a != b && a.generated == null && b.generated == null && !known) {
                    t.uniques.add(new ArrayList<>(List.of(a.name, b.name)));
                    said.add("add unique (" + a.name + ", " + b.name + ") on " + t.name);
                } else if (!t.uniques.isEmpty()) {
                    t.uniques.remove(0);
                    said.add("drop a unique of " + t.name);
                }
            }
            case 19 -> {
                Col c = pick(t);
                if (c != null && c.generated == null && random.nextBoolean()) {
                    Ex check = random.nextBoolean() ? satisfiedCheck(c) : new Ex("{0} < 3", c.name);
                    t.checks.put("chk_" + fresh++, check);
                    said.add("add check (" + check.sql() + ") on " + t.name);
                } else if (!t.checks.isEmpty()) {
                    String name = t.checks.keySet().iterator().next();
                    Ex check = t.checks.remove(name);
                    if (random.nextBoolean()) {
                        t.checks.put("chk_" + fresh++, check);   // the same check under another name
                        said.add("rename check " + name + " of " + t.name);
                    } else {
                        said.add("drop check " + name + " of " + t.name);
                    }
                }
            }
            case 20 -> {
                // a foreign key on an existing column (rows may be orphans: then the push is refused)
                Col c = pick(t);
                List<Tab> targets = tables.stream().filter(p -> !p.compositeKey && tables.indexOf(p) <= tables.indexOf(t)).toList();
                if (c != null && plain(c) && c.type.equals("integer") && c.references == null && !c.unique && !targets.isEmpty()) {
                    c.references = targets.get(random.nextInt(targets.size())).name;
                    c.onDelete = action();
                    c.defaultSql = null;
                    c.notNull = false;
                    said.add("add foreign key " + t.name + "." + c.name + " to " + c.references);
                }
            }
            case 21 -> {
                Col c = t.cols.stream().filter(col -> col.references != null).findFirst().orElse(null);
                if (c != null && random.nextBoolean()) {
                    c.onDelete = action();
                    c.onUpdate = action();
                    said.add("actions of foreign key " + t.name + "." + c.name);
                } else if (c != null) {
                    c.references = null;
                    said.add("drop foreign key " + t.name + "." + c.name);
                } else if (!t.fks.isEmpty()) {
                    Fk fk = t.fks.get(0);
                    fk.onDelete = action();
                    fk.onUpdate = action();
                    said.add("actions of foreign key " + t.name + "." + fk.cols);
                }
            }
            case 22 -> {
                Col c = pick(t);
                if (c != null && c.check != null) {
                    c.check = null;
                    said.add("drop column check " + t.name + "." + c.name);
                } else if (c != null && plain(c) && baseType(c).equals("integer")) {
                    c.check = "{0} >= 0";
                    said.add("add column check " + t.name + "." + c.name);
                }
            }
            default -> {
                Col c = pick(t);
                if (c != null && plain(c) && !c.unique) {
                    c.unique = true;
                    said.add("unique " + t.name + "." + c.name);
                } else if (c != null && c.unique) {
                    c.unique = false;
                    said.add("not unique " + t.name + "." + c.name);
                }
            }
        }
    }

    private static void renameIn(Tab t, String old, String now) {
        for (Idx index : t.indexes) {
            index.parts.forEach(p -> p.cols.replaceAll(n -> n.equals(old) ? now : n));
            if (index.where != null) {
                index.where.cols.replaceAll(n -> n.equals(old) ? now : n);
            }
        }
        t.uniques.forEach(u -> u.replaceAll(n -> n.equals(old) ? now : n));
        t.checks.values().forEach(e -> e.cols.replaceAll(n -> n.equals(old) ? now : n));
        t.fks.forEach(f -> f.cols.replaceAll(n -> n.equals(old) ? now : n));
        t.cols.stream().filter(c -> c.generated != null).forEach(c -> c.generated.cols.replaceAll(n -> n.equals(old) ? now : n));
    }

    /** A column whose declaration a mutation may change: stored, not the key, not a foreign key's. */
    private static boolean plain(Col c) {
        return c.generated == null && !c.key && c.references == null && !c.name.startsWith("ref_");
    }

    private static String baseType(Col c) {
        return List.of(TYPES).contains(c.type) ? c.type : "integer";
    }

    private Col pick(Tab t) {
        return t.cols.isEmpty() ? null : t.cols.get(random.nextInt(t.cols.size()));
    }

    private Col droppable(Tab t, List<Tab> tables) {
        Col c = pick(t);
        boolean usedByGenerated = c != null && t.cols.stream().anyMatch(g -> g.generated != null && g.generated.uses(c.name));
        boolean inForeignKey = c != null && t.fks.stream().anyMatch(f -> f.cols.contains(c.name));
        return c == null || t.cols.size() < 2 || c.renamedFrom != null || c.key || c.viewed || usedByGenerated || inForeignKey
                ? null : c;
    }

    private static boolean referenced(Tab t, List<Tab> tables) {
        return tables.stream().anyMatch(o -> o.cols.stream().anyMatch(c -> t.name.equals(c.references))
                || o.fks.stream().anyMatch(f -> t.name.equals(f.table)));
    }

    private static boolean referencedByOthers(Tab t, List<Tab> tables) {
        return tables.stream().filter(o -> o != t).anyMatch(o -> o.cols.stream().anyMatch(c -> t.name.equals(c.references))
                || o.fks.stream().anyMatch(f -> t.name.equals(f.table)));
    }

    /** The name of the k column of a table with a composite key (it may have been renamed). */
    private static String keyOf(List<Tab> tables, String table) {
        return tables.stream().filter(t -> t.name.equals(table)).map(Tab::keyColumn).filter(java.util.Objects::nonNull)
                .map(c -> c.name).findFirst().orElse("k");
    }

    /** A name as the schema and SQL write it: bare when it can be, else double-quoted with quotes doubled. */
    static String ident(String name) {
        if (BARE.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String render(List<Tab> tables, boolean hints) {
        StringBuilder out = new StringBuilder();
        for (Tab t : tables) {
            out.append("table ").append(ident(t.name)).append(t.strict ? " strict" : "").append(t.withoutRowid ? " without rowid" : "");
            if (hints && t.renamedFrom != null) {
                out.append(" renamed from ").append(ident(t.renamedFrom));
            }
            out.append(" {\n  id integer");
            out.append(t.compositeKey ? " not null" : " primary key" + (t.autoincrement ? " autoincrement" : "")).append('\n');
            for (Col c : t.cols) {
                out.append("  ").append(ident(c.name)).append(' ').append(c.type);
                if (c.generated != null) {
                    out.append(" as (").append(c.generated.sql()).append(')').append(c.stored ? " stored" : " virtual");
                }
                if (c.notNull) {
                    out.append(" not null");
                }
                if (c.defaultSql != null) {
                    out.append(" default ").append(c.defaultSql);
                }
                if (c.nocase) {
                    out.append(" collate nocase");
                }
                if (c.unique) {
                    out.append(" unique");
                }
                if (c.check != null) {
                    out.append(" check (").append(new Ex(c.check, c.name).sql()).append(')');
                }
                if (c.references != null) {
                    out.append(" references ").append(ident(c.references)).append("(id)");
                    if (c.onDelete != null) {
                        out.append(" on delete ").append(c.onDelete);
                    }
                    if (c.onUpdate != null) {
                        out.append(" on update ").append(c.onUpdate);
                    }
                }
                if (hints && c.renamedFrom != null) {
                    out.append(" renamed from ").append(ident(c.renamedFrom));
                }
                out.append('\n');
            }
            if (t.compositeKey) {
                out.append("  primary key (id, ").append(ident(t.keyColumn().name)).append(")\n");
            }
            for (List<String> unique : t.uniques) {
                out.append("  unique (").append(String.join(", ", unique.stream().map(RandomPairs::ident).toList())).append(")\n");
            }
            t.checks.forEach((name, check) -> out.append("  check ").append(name).append(" (").append(check.sql()).append(")\n"));
            for (Fk fk : t.fks) {
                out.append("  foreign key (").append(String.join(", ", fk.cols.stream().map(RandomPairs::ident).toList()))
                        .append(") references ").append(ident(fk.table)).append("(id, ").append(ident(keyOf(tables, fk.table))).append(')');
                if (fk.onDelete != null) {
                    out.append(" on delete ").append(fk.onDelete);
                }
                if (fk.onUpdate != null) {
                    out.append(" on update ").append(fk.onUpdate);
                }
                out.append('\n');
            }
            for (Idx index : t.indexes) {
                out.append("  ").append(index.unique ? "unique " : "").append("index ").append(ident(index.name)).append(" on (")
                        .append(String.join(", ", index.parts.stream().map(p -> p.template.equals("{0}") ? p.sql() : "(" + p.sql() + ")")
                                .toList())).append(')');
                if (index.where != null) {
                    out.append(" where ").append(index.where.sql());
                }
                out.append('\n');
            }
            out.append("}\n\n");
        }
        return out.toString();
    }
}
