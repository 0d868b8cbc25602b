package io.dschema.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random pairs of schemas (a baseline A and a target B made from A by a few changes of every
 * kind the language has), with rows for A. Deterministic from the seed, so a failing seed replays.
 *
 * <p>Tables always have {@code id integer primary key}, so rows are compared by id; columns use
 * the strict types only, so any table may turn {@code strict}. Foreign keys point to earlier
 * tables' ids; rows satisfy every constraint of A.
 */
final class RandomPairs {

    static final String[] TYPES = {"integer", "text", "real", "blob"};

    /** One column as the generator knows it. */
    static final class Col {
        String name;
        String type;
        boolean notNull;
        String defaultSql;   // literal text, or null
        boolean unique;
        String references;   // table name, or null
        String onDelete;     // null, "cascade", "set null"
        String check;        // expression text, or null
        String renamedFrom;

        Col copy() {
            Col c = new Col();
            c.name = name; c.type = type; c.notNull = notNull; c.defaultSql = defaultSql; c.unique = unique;
            c.references = references; c.onDelete = onDelete; c.check = check;
            return c;
        }
    }

    static final class Tab {
        String name;
        boolean strict;
        String renamedFrom;
        final List<Col> cols = new ArrayList<>();
        final Map<String, String> indexes = new LinkedHashMap<>();   // name -> column

        Tab copy() {
            Tab t = new Tab();
            t.name = name; t.strict = strict;
            cols.forEach(c -> t.cols.add(c.copy()));
            t.indexes.putAll(indexes);
            return t;
        }

        Col col(String name) {
            return cols.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
        }
    }

    /** A pair: A's tables, its rows as INSERT statements, B's tables, and what was changed (for messages). */
    record Pair(long seed, List<Tab> before, List<String> rows, List<Tab> after, List<String> mutations) {

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
            a.add(table("t" + t, a));
        }
        List<String> rows = rows(a);
        List<Tab> b = new ArrayList<>();
        a.forEach(t -> b.add(t.copy()));
        List<String> mutations = new ArrayList<>();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            mutate(b, mutations);
        }
        return new Pair(seed, a, rows, b, mutations);
    }

    private Tab table(String name, List<Tab> earlier) {
        Tab t = new Tab();
        t.name = name;
        t.strict = random.nextInt(4) == 0;
        int columns = 1 + random.nextInt(4);
        for (int c = 0; c < columns; c++) {
            t.cols.add(column("c" + c, earlier));
        }
        if (random.nextBoolean()) {
            Col col = t.cols.get(random.nextInt(t.cols.size()));
            t.indexes.put(name + "_" + col.name + "_idx", col.name);
        }
        return t;
    }

    private Col column(String name, List<Tab> parents) {
        Col c = new Col();
        c.name = name;
        c.type = TYPES[random.nextInt(TYPES.length)];
        c.notNull = random.nextInt(3) == 0;
        if (random.nextInt(3) == 0 || c.notNull && random.nextBoolean()) {
            c.defaultSql = literal(c.type);
        }
        if (!parents.isEmpty() && c.type.equals("integer") && random.nextInt(3) == 0) {
            c.references = parents.get(random.nextInt(parents.size())).name;
            c.onDelete = new String[] {null, "cascade", "set null"}[random.nextInt(3)];
            c.notNull = false;
            c.defaultSql = null;
        }
        if (c.type.equals("integer") && c.references == null && random.nextInt(5) == 0) {
            c.check = name + " >= 0";
        }
        c.unique = c.references == null && random.nextInt(8) == 0;
        return c;
    }

    private String literal(String type) {
        return switch (type) {
            case "integer" -> Integer.toString(random.nextInt(3));
            case "real" -> random.nextInt(3) + ".5";
            case "text" -> new String[] {"''", "'x'", "'it''s'"}[random.nextInt(3)];
            default -> "x'00ff'";
        };
    }

    private Object value(Col c, int row) {
        if (!c.notNull && random.nextInt(4) == 0) {
            return null;
        }
        if (c.unique) {
            return switch (c.type) {
                case "integer" -> row;
                case "real" -> row + 0.25;
                case "text" -> "'u" + row + "'";
                default -> "x'" + String.format("%04x", row) + "'";
            };
        }
        return switch (c.type) {
            case "integer" -> random.nextInt(5);
            case "real" -> random.nextInt(100) / 4.0;
            case "text" -> new String[] {"'a'", "'b'", "'O''Neil'", "'12'", "''"}[random.nextInt(5)];
            default -> "x'" + Integer.toHexString(16 + random.nextInt(200)) + "'";
        };
    }

    private List<String> rows(List<Tab> tables) {
        List<String> inserts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Tab t : tables) {
            int n = random.nextInt(6);
            counts.put(t.name, n);
            for (int r = 1; r <= n; r++) {
                List<String> names = new ArrayList<>(List.of("\"id\""));
                List<String> values = new ArrayList<>(List.of(Integer.toString(r)));
                for (Col c : t.cols) {
                    Object v;
                    if (c.references != null) {
                        int parents = counts.getOrDefault(c.references, 0);
                        v = parents == 0 || random.nextInt(4) == 0 ? null : 1 + random.nextInt(parents);
                    } else {
                        v = value(c, r);
                    }
                    names.add("\"" + c.name + "\"");
                    values.add(v == null ? "NULL" : v.toString());
                }
                inserts.add("INSERT INTO \"" + t.name + "\" (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", values) + ")");
            }
        }
        return inserts;
    }

    private void mutate(List<Tab> tables, List<String> said) {
        Tab t = tables.get(random.nextInt(tables.size()));
        switch (random.nextInt(12)) {
            case 0 -> {
                Col c = column("n" + fresh++, tables.subList(0, tables.indexOf(t)));
                t.cols.add(c);
                said.add("add column " + t.name + "." + c.name);
            }
            case 1 -> {
                Col c = droppable(t, tables);
                if (c != null) {
                    t.cols.remove(c);
                    t.indexes.values().removeIf(col -> col.equals(c.name));
                    said.add("drop column " + t.name + "." + c.name);
                }
            }
            case 2 -> {
                Col c = pick(t);
                if (c != null && c.renamedFrom == null && !referenced(t, tables)) {
                    String old = c.name;
                    c.renamedFrom = old;
                    c.name = "r" + fresh++;
                    t.indexes.replaceAll((k, v) -> v.equals(old) ? c.name : v);
                    if (c.check != null) {
                        c.check = c.name + " >= 0";
                    }
                    said.add("rename column " + t.name + "." + old + " to " + c.name);
                }
            }
            case 3 -> {
                Col c = pick(t);
                if (c != null && c.references == null && !c.unique && c.check == null) {
                    c.type = TYPES[random.nextInt(TYPES.length)];
                    c.defaultSql = c.defaultSql == null ? null : literal(c.type);
                    said.add("type of " + t.name + "." + c.name + " to " + c.type);
                }
            }
            case 4 -> {
                Col c = pick(t);
                if (c != null && c.references == null) {
                    c.notNull = !c.notNull;
                    if (c.notNull && random.nextBoolean()) {
                        c.defaultSql = literal(c.type);
                    }
                    said.add((c.notNull ? "set" : "drop") + " not null on " + t.name + "." + c.name);
                }
            }
            case 5 -> {
                Col c = pick(t);
                if (c != null && c.references == null) {
                    c.defaultSql = random.nextBoolean() ? literal(c.type) : null;
                    if (c.defaultSql == null && c.notNull) {
                        c.defaultSql = literal(c.type);
                    }
                    said.add("default of " + t.name + "." + c.name);
                }
            }
            case 6 -> {
                Col c = pick(t);
                if (c != null) {
                    t.indexes.put(t.name + "_" + c.name + "_i" + fresh++, c.name);
                    said.add("add index on " + t.name + "." + c.name);
                }
            }
            case 7 -> {
                if (!t.indexes.isEmpty()) {
                    String name = t.indexes.keySet().iterator().next();
                    t.indexes.remove(name);
                    said.add("drop index " + name);
                }
            }
            case 8 -> {
                t.strict = !t.strict;
                said.add((t.strict ? "strict " : "not strict ") + t.name);
            }
            case 9 -> {
                if (t.renamedFrom == null && !referenced(t, tables) && tables.stream().noneMatch(o -> o.renamedFrom != null)) {
                    t.renamedFrom = t.name;
                    t.name = "renamed" + fresh++;
                    said.add("rename table " + t.renamedFrom + " to " + t.name);
                }
            }
            case 10 -> {
                Tab added = table("added" + fresh++, tables);
                tables.add(added);
                said.add("add table " + added.name);
            }
            default -> {
                if (tables.size() > 1 && !referenced(t, tables) && t.renamedFrom == null) {
                    tables.remove(t);
                    said.add("drop table " + t.name);
                }
            }
        }
    }

    private Col pick(Tab t) {
        return t.cols.isEmpty() ? null : t.cols.get(random.nextInt(t.cols.size()));
    }

    private Col droppable(Tab t, List<Tab> tables) {
        Col c = pick(t);
        return c == null || t.cols.size() < 2 || c.renamedFrom != null ? null : c;
    }

    private static boolean referenced(Tab t, List<Tab> tables) {
        return tables.stream().anyMatch(o -> o.cols.stream().anyMatch(c -> t.name.equals(c.references)));
    }

    static String render(List<Tab> tables, boolean hints) {
        StringBuilder out = new StringBuilder();
        for (Tab t : tables) {
            out.append("table ").append(t.name).append(t.strict ? " strict" : "");
            if (hints && t.renamedFrom != null) {
                out.append(" renamed from ").append(t.renamedFrom);
            }
            out.append(" {\n  id integer primary key\n");
            for (Col c : t.cols) {
                out.append("  ").append(c.name).append(' ').append(c.type);
                if (c.notNull) {
                    out.append(" not null");
                }
                if (c.defaultSql != null) {
                    out.append(" default ").append(c.defaultSql.startsWith("x'") ? "(" + c.defaultSql + ")" : c.defaultSql);
                }
                if (c.unique) {
                    out.append(" unique");
                }
                if (c.check != null) {
                    out.append(" check (").append(c.check).append(')');
                }
                if (c.references != null) {
                    out.append(" references ").append(c.references).append("(id)");
                    if (c.onDelete != null) {
                        out.append(" on delete ").append(c.onDelete);
                    }
                }
                if (hints && c.renamedFrom != null) {
                    out.append(" renamed from ").append(c.renamedFrom);
                }
                out.append('\n');
            }
            t.indexes.forEach((name, col) -> out.append("  index ").append(name).append(" on (").append(col).append(")\n"));
            out.append("}\n\n");
        }
        return out.toString();
    }
}
