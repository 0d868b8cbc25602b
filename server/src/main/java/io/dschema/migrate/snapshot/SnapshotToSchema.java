package io.dschema.migrate.snapshot;

import io.dschema.analysis.Diagnostic;
import io.dschema.lower.LoweredIndex;
import io.dschema.lower.LoweredSql;
import io.dschema.lower.Lowering;
import io.dschema.model.Index;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import io.dschema.sqlite.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A snapshot back to our model. Each table is written as the CREATE TABLE (and CREATE INDEX)
 * statements it stands for and read through the same lowering that reads a database's
 * {@code sqlite_master}, so a snapshot means exactly what the equivalent database would: defaults,
 * checks and {@code where} texts are parsed by our expression grammar, drizzle's table-qualified
 * references included. What cannot be read becomes a problem naming the table and the field.
 */
public final class SnapshotToSchema {

    private SnapshotToSchema() {
    }

    /** The schema and the problems met (each "tables.NAME: ..."); never throws. */
    public record Result(Schema schema, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public static Result read(Snapshot snapshot) {
        List<String> problems = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Snapshot.Table table : snapshot.tables()) {
            Snapshot.TableExtras extras = snapshot.extras().table(table.name());
            if (table.columns().isEmpty()) {
                // SQLite has no table without columns, a schema may (an error later, not here)
                tables.add(new Table(table.name(), extras.strict(), extras.withoutRowid(), null, List.of(), null, List.of(),
                        List.of(), List.of(), null, io.dschema.model.SourceRange.NONE, io.dschema.model.SourceRange.NONE));
                continue;
            }
            String sql = createTable(table, extras);
            LoweredSql<Table> lowered = Lowering.lowerCreateTable(sql);
            if (lowered.value() == null) {
                problems.add("tables." + table.name() + ": cannot be read (" + first(lowered.diagnostics()) + ")");
                continue;
            }
            List<Index> indexes = new ArrayList<>(lowered.value().indexes());
            for (Snapshot.Index index : table.indexes()) {
                if (extras.inlineUniques().contains(index.name())) {
                    continue; // a UNIQUE constraint of the CREATE TABLE: lowered with the table
                }
                Set<String> expressions = snapshot.expressionColumns().getOrDefault(index.name(), Set.of());
                LoweredSql<LoweredIndex> loweredIndex = Lowering.lowerCreateIndex(createIndex(table.name(), index, expressions,
                        extras.indexParts().get(index.name())));
                if (loweredIndex.value() == null) {
                    problems.add("tables." + table.name() + ".indexes." + index.name() + ": cannot be read ("
                            + first(loweredIndex.diagnostics()) + ")");
                } else {
                    indexes.add(loweredIndex.value().index());
                }
            }
            Table read = lowered.value();
            tables.add(new Table(read.name(), read.strict(), read.withoutRowid(), null, read.columns(), read.primaryKey(),
                    indexes, read.foreignKeys(), read.checks(), null, read.range(), read.nameRange()));
        }
        return new Result(new Schema(tables, snapshot.extras().views(), snapshot.extras().triggers()), problems);
    }

    /**
     * The statements that create what the snapshot holds in an empty database (tables, indexes,
     * then its views and triggers): how {@code check} replays a migration that only adopted a
     * database (a commented-out {@code 0000} file, as drizzle-kit's introspect writes).
     */
    public static List<String> createStatements(Snapshot snapshot) {
        List<String> statements = new ArrayList<>();
        for (Snapshot.Table table : snapshot.tables()) {
            Snapshot.TableExtras extras = snapshot.extras().table(table.name());
            statements.add(createTable(table, extras));
            for (Snapshot.Index index : table.indexes()) {
                if (!extras.inlineUniques().contains(index.name())) {
                    statements.add(createIndex(table.name(), index, snapshot.expressionColumns().getOrDefault(index.name(), Set.of()),
                            extras.indexParts().get(index.name())));
                }
            }
        }
        snapshot.extras().views().forEach(view -> statements.add(view.sql()));
        snapshot.extras().triggers().forEach(trigger -> statements.add(trigger.sql()));
        return statements;
    }

    private static String first(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? "unknown reason" : diagnostics.get(0).message();
    }

    static String createTable(Snapshot.Table table, Snapshot.TableExtras extras) {
        List<String> members = new ArrayList<>();
        List<Snapshot.Column> keyColumns = table.columns().stream().filter(Snapshot.Column::primaryKey).toList();
        List<String> compositeKey = !table.compositePrimaryKeys().isEmpty() ? table.compositePrimaryKeys().get(0).columns()
                : keyColumns.size() > 1 ? keyColumns.stream().map(Snapshot.Column::name).toList() : null;
        boolean tableLevelKey = compositeKey != null || extras.primaryKey() != null && extras.primaryKey().tableLevel();
        for (Snapshot.Column column : table.columns()) {
            StringBuilder c = new StringBuilder(Sql.ident(column.name()));
            if (column.type() != null && !column.type().isBlank()) {
                c.append(' ').append(column.type());
            }
            if (column.primaryKey() && !tableLevelKey) {
                c.append(" PRIMARY KEY");
                if (extras.primaryKey() != null && !extras.primaryKey().parts().isEmpty()
                        && extras.primaryKey().parts().get(0).desc()) {
                    c.append(" DESC");
                }
                if (column.autoincrement()) {
                    c.append(" AUTOINCREMENT");
                }
            }
            if (column.notNull()) {
                c.append(" NOT NULL");
            }
            if (column.defaultValue() != null) {
                c.append(" DEFAULT ").append(defaultSql(column.defaultValue()));
            }
            String collation = extras.collations().get(column.name());
            if (collation != null) {
                c.append(" COLLATE ").append(collation);
            }
            if (column.generated() != null) {
                String as = column.generated().as();
                c.append(" GENERATED ALWAYS AS ").append(wrapped(as) ? as : "(" + as + ")")
                        .append("stored".equalsIgnoreCase(column.generated().type()) ? " STORED" : " VIRTUAL");
            }
            members.add(c.toString());
        }
        if (tableLevelKey) {
            List<String> names = compositeKey != null ? compositeKey : keyColumns.stream().map(Snapshot.Column::name).toList();
            List<Snapshot.Part> parts = extras.primaryKey() == null ? List.of() : extras.primaryKey().parts();
            members.add("PRIMARY KEY (" + parts(names, parts, Set.of()) + ")");
        }
        for (Snapshot.Index index : table.indexes()) {
            if (extras.inlineUniques().contains(index.name())) {
                members.add("UNIQUE (" + parts(index.columns(), extras.indexParts().getOrDefault(index.name(), List.of()),
                        Set.of()) + ")");
            }
        }
        for (Snapshot.ForeignKey key : table.foreignKeys()) {
            StringBuilder f = new StringBuilder("FOREIGN KEY (");
            f.append(String.join(", ", key.columnsFrom().stream().map(Sql::ident).toList())).append(") REFERENCES ")
                    .append(Sql.ident(key.tableTo()));
            if (!key.columnsTo().isEmpty()) {
                f.append(" (").append(String.join(", ", key.columnsTo().stream().map(Sql::ident).toList())).append(')');
            }
            f.append(" ON UPDATE ").append(action(key.onUpdate())).append(" ON DELETE ").append(action(key.onDelete()));
            String deferral = extras.deferrable().get(key.name());
            if (deferral != null) {
                f.append(' ').append(deferral);
            }
            members.add(f.toString());
        }
        for (Snapshot.Check check : table.checks()) {
            members.add((extras.unnamedChecks().contains(check.name()) ? "" : "CONSTRAINT " + Sql.ident(check.name()) + " ")
                    + "CHECK (" + check.value() + ")");
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(Sql.ident(table.name())).append(" (\n  ")
                .append(String.join(",\n  ", members)).append("\n)");
        List<String> options = new ArrayList<>();
        if (extras.strict()) {
            options.add("STRICT");
        }
        if (extras.withoutRowid()) {
            options.add("WITHOUT ROWID");
        }
        return sql.append(options.isEmpty() ? "" : " " + String.join(", ", options)).toString();
    }

    static String createIndex(String table, Snapshot.Index index, Set<String> expressions, List<Snapshot.Part> parts) {
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + Sql.ident(index.name()) + " ON " + Sql.ident(table)
                + " (" + parts(index.columns(), parts == null ? List.of() : parts, expressions) + ")"
                + (index.where() == null || index.where().isBlank() ? "" : " WHERE " + index.where());
    }

    private static String parts(List<String> entries, List<Snapshot.Part> parts, Set<String> expressions) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            StringBuilder p = new StringBuilder(expressions.contains(entry) ? entry : Sql.ident(entry));
            Snapshot.Part part = i < parts.size() ? parts.get(i) : Snapshot.Part.PLAIN;
            if (part.collation() != null) {
                p.append(" COLLATE ").append(part.collation());
            }
            if (part.desc()) {
                p.append(" DESC");
            }
            out.add(p.toString());
        }
        return String.join(", ", out);
    }

    /** drizzle's action words ({@code no action}, {@code set null}) as SQL; anything unknown is no action. */
    private static String action(String action) {
        if (action == null) {
            return "NO ACTION";
        }
        String words = action.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (words) {
            case "CASCADE", "RESTRICT", "SET NULL", "SET DEFAULT", "NO ACTION" -> words;
            default -> "NO ACTION";
        };
    }

    /** The SQL of a snapshot default: drizzle writes a string as SQL text, a number or boolean as itself. */
    static String defaultSql(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        String text = value.toString();
        if (value instanceof Number) {
            return text;
        }
        // drizzle-kit writes SQL text verbatim; an expression that is not a literal needs parentheses after DEFAULT
        return needsParentheses(text) ? "(" + text + ")" : text;
    }

    /** Whether the whole text is one parenthesised expression: {@code (a + b)}, not {@code (a) + (b)}. */
    static boolean wrapped(String text) {
        String t = text.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            return false;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: same depth
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < t.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean needsParentheses(String text) {
        String t = text.trim();
        if (wrapped(t) || t.startsWith("'") || t.matches("[-+]?\\.?[0-9][0-9a-fA-FxX._eE+-]*")
                || t.matches("(?i)x'[0-9a-f]*'") || t.matches("(?i)null|true|false|current_time|current_date|current_timestamp")
                || t.startsWith("\"")) {
            return false;
        }
        return true;
    }

}
