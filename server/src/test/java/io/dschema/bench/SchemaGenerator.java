package io.dschema.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates large, valid .dschema schemas for benchmarks and scale tests, deterministically from a
 * seed (the same size and seed always give the same text, on every JVM).
 *
 * <p>Each table has about 20 columns (16 to 24) in a realistic mix: integer primary keys (some
 * {@code autoincrement}), composite keys, {@code strict} and {@code without rowid} tables, text,
 * integer, real, blob and numeric types, {@code not null}, literal and {@code (expr)} defaults,
 * unique columns, checks, generated columns, foreign keys to earlier tables (column-level
 * {@code references} and table-level {@code foreign key}), two or three indexes (some partial,
 * some on expressions), doc comments and comments. 500 tables make about 10,000 columns.
 *
 * <p>Besides the text, the generator writes the same schema as SQLite {@code CREATE} statements
 * ({@link Generated#sql()}), so a test can let SQLite itself confirm that the schema is valid.
 * The schema keeps clear of everything the analyzer reports: every key column is {@code not null},
 * foreign keys target exactly a primary key, strict tables use strict types only, only built-in
 * collations, deterministic functions in index and generated expressions, unique names.
 */
public final class SchemaGenerator {

    /** A generated schema: its text, the same schema as SQLite statements, and its size. */
    public record Generated(String text, List<String> sql, int tables, int columns, int indexes, int foreignKeys) {

        public int lines() {
            int lines = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines;
        }

        public int bytes() {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private enum Kind {
        /** Rowid table with {@code id integer primary key}. */
        ENTITY,
        /** The same, {@code strict}. */
        STRICT_ENTITY,
        /** Rowid table with a composite key {@code primary key (tenant_id, code)}. */
        COMPOSITE,
        /** {@code without rowid} link table keyed by two foreign keys. */
        LINK,
        /** {@code strict without rowid} table keyed by a text column. */
        KEYED
    }

    private static final String[] NOUNS = {
        "users", "teams", "projects", "orders", "invoices", "products", "customers", "accounts", "payments",
        "shipments", "addresses", "comments", "posts", "sessions", "events", "devices", "messages", "tickets",
        "documents", "attachments", "reviews", "coupons", "carts", "warehouses", "suppliers", "employees",
        "departments", "contracts", "subscriptions", "notifications", "tasks", "releases", "builds", "regions",
    };

    private static final String[] LINK_NOUNS = {
        "memberships", "assignments", "enrollments", "followers", "permissions", "taggings", "watchers", "grants",
    };

    private static final String[] KEYED_NOUNS = {"settings", "feature_flags", "currencies", "locales", "plans", "units"};

    private static final String[] COMPOSITE_NOUNS = {"tenant_codes", "catalog_items", "ledger_entries", "price_lists"};

    /**
     * The ordinary columns a table draws from: name, column text for a rowid table, and for a strict
     * table (null: the column is left out of strict tables; same text when it only uses strict types).
     */
    private static final String[][] POOL = {
        {"name", "text not null", "="},
        {"title", "text not null default 'untitled'", "="},
        {"email", "text not null unique collate nocase", "="},
        {"status", "text not null default 'active' check (status in ('active', 'pending', 'archived'))", "="},
        {"notes", "text", "="},
        {"description", "text default ''", "="},
        {"body", "text", "="},
        {"url", "text check (url like 'https://%')", "="},
        {"phone", "varchar(32)", "text"},
        {"country", "text not null default 'NL' check (length(country) = 2)", "="},
        {"currency", "char(3) not null default 'EUR'", "text not null default 'EUR'"},
        {"locale", "text collate nocase", "="},
        {"external_ref", "text unique", "="},
        {"quantity", "integer not null default 0 check (quantity >= 0)", "="},
        {"position", "integer not null default 0", "="},
        {"priority", "integer default 3 check (priority between 1 and 5)", "="},
        {"flags", "integer not null default 0", "="},
        {"version", "integer not null default 1", "="},
        {"retries", "integer default 0", "="},
        {"created_at", "integer not null default (unixepoch())", "="},
        {"updated_at", "integer", "="},
        {"deleted_at", "integer", "="},
        {"published_at", "integer", "="},
        {"expires_at", "integer default (unixepoch() + 86400 * 30)", "="},
        {"price", "real not null default 0.0 check (price >= 0)", "="},
        {"weight", "double precision", "real"},
        {"ratio", "real default 1.0", "="},
        {"score", "real default (0.5 * 2)", "="},
        {"latitude", "real check (latitude between -90 and 90)", "="},
        {"longitude", "real check (longitude between -180 and 180)", "="},
        {"payload", "blob", "="},
        {"checksum", "blob default x'00'", "="},
        {"thumbnail", "blob", "="},
        {"amount", "numeric not null default 0", "integer not null default 0"},
        {"balance", "decimal(12, 2) default 0", "real default 0"},
        {"tax_rate", "numeric default 0.21", "real default 0.21"},
        {"active", "integer not null default 1 check (active in (0, 1))", "="},
        {"archived", "integer not null default false", "="},
        {"starts_on", "text default (date('now'))", "="},
        {"ends_on", "text", "="},
        {"extra", "text default '{}' check (json_valid(extra))", "any"},
        {"color", "text default 'blue' collate nocase", "="},
        {"rating", "integer check (rating is null or rating between 0 and 10)", "="},
        {"visits", "integer not null default 0", "="},
        {"size_bytes", "integer", "="},
        {"mime_type", "text default 'application/octet-stream'", "="},
        {"timezone", "text not null default 'UTC'", "="},
        {"secret", "blob", "="},
    };

    private static final String[] TRAILING_COMMENTS = {
        "// shown in the admin list", "// kept for the audit log", "// see the billing docs",
        "-- filled by the importer", "// null until the first sync", "/* legacy */",
    };

    private final Random random;
    private final List<TableInfo> earlier = new ArrayList<>();
    private int columnCount;
    private int indexCount;
    private int foreignKeyCount;

    private SchemaGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A schema of {@code tables} tables, the same for the same arguments. */
    public static Generated generate(int tables, long seed) {
        return new SchemaGenerator(seed).run(tables);
    }

    /** What later tables need to know about an earlier one to reference it. */
    private record TableInfo(String name, Kind kind) {
        boolean hasIntegerId() {
            return kind == Kind.ENTITY || kind == Kind.STRICT_ENTITY;
        }
    }

    /** One member of a table body: doc comment lines above, its text, and its SQLite form. */
    private record Member(String doc, String text, String comment, String sql) {
        static Member of(String text) {
            return new Member(null, text, null, text);
        }
    }

    private Generated run(int tables) {
        StringBuilder text = new StringBuilder();
        List<String> sql = new ArrayList<>();
        text.append("// Generated schema: ").append(tables).append(" tables (SchemaGenerator).\n\n");
        for (int i = 0; i < tables; i++) {
            table(i, text, sql);
        }
        return new Generated(text.toString(), List.copyOf(sql), tables, columnCount, indexCount, foreignKeyCount);
    }

    private Kind kind(int index) {
        if (index < 4) {
            return index % 2 == 0 ? Kind.ENTITY : Kind.STRICT_ENTITY;
        }
        int roll = random.nextInt(100);
        if (roll < 55) {
            return Kind.ENTITY;
        } else if (roll < 70) {
            return Kind.STRICT_ENTITY;
        } else if (roll < 82) {
            return Kind.LINK;
        } else if (roll < 91) {
            return Kind.COMPOSITE;
        }
        return Kind.KEYED;
    }

    private void table(int index, StringBuilder out, List<String> sql) {
        Kind kind = kind(index);
        String noun = switch (kind) {
            case LINK -> pick(LINK_NOUNS);
            case KEYED -> pick(KEYED_NOUNS);
            case COMPOSITE -> pick(COMPOSITE_NOUNS);
            default -> pick(NOUNS);
        };
        String name = noun + "_" + index;
        boolean strict = kind == Kind.STRICT_ENTITY || kind == Kind.KEYED;
        boolean withoutRowid = kind == Kind.LINK || kind == Kind.KEYED;
        int target = 16 + random.nextInt(9);

        Set<String> used = new LinkedHashSet<>();
        List<Member> columns = new ArrayList<>();
        List<Member> constraints = new ArrayList<>();
        List<String> indexable = new ArrayList<>();

        // ---- key columns
        switch (kind) {
            case ENTITY, STRICT_ENTITY -> {
                boolean autoincrement = random.nextInt(100) < 35;
                columns.add(Member.of("id integer primary key" + (autoincrement ? " autoincrement" : "")));
                used.add("id");
            }
            case COMPOSITE -> {
                columns.add(Member.of("tenant_id integer not null"));
                columns.add(Member.of("code text not null"));
                constraints.add(Member.of("primary key (tenant_id, code)"));
                used.add("tenant_id");
                used.add("code");
            }
            case KEYED -> {
                columns.add(new Member("/// The natural key, as the application spells it.",
                        "slug text not null primary key", null, "slug text not null primary key"));
                used.add("slug");
            }
            case LINK -> {
                List<TableInfo> targets = distinctTargets(2);
                if (targets.size() < 2) {
                    throw new IllegalStateException("a link table needs two earlier tables");
                }
                String a = targets.get(0).name() + "_id";
                String b = targets.get(1).name() + "_id";
                columns.add(Member.of(a + " integer not null"));
                columns.add(Member.of(b + " integer not null"));
                used.add(a);
                used.add(b);
                constraints.add(Member.of("primary key (" + a + ", " + b + ")"));
                constraints.add(Member.of("foreign key (" + a + ") references " + targets.get(0).name() + "(id) on delete cascade"));
                String wrapped = "foreign key (" + b + ") references " + targets.get(1).name() + "(id)";
                constraints.add(new Member(null, wrapped + "\n    on delete cascade on update no action", null,
                        wrapped + " on delete cascade on update no action"));
                foreignKeyCount += 2;
                indexable.add(b);
            }
        }

        // ---- foreign keys to earlier tables
        int foreignKeys = kind == Kind.LINK ? 0 : earlier.isEmpty() ? 0 : random.nextInt(3);
        for (int f = 0; f < foreignKeys; f++) {
            TableInfo parent = earlier.get(random.nextInt(earlier.size()));
            switch (parent.kind()) {
                case ENTITY, STRICT_ENTITY -> {
                    String column = parent.name() + "_id";
                    if (!used.add(column)) {
                        continue;
                    }
                    int style = random.nextInt(4);
                    String text = switch (style) {
                        case 0 -> column + " integer not null references " + parent.name() + "(id) on delete cascade";
                        case 1 -> column + " integer references " + parent.name() + "(id) on delete set null";
                        case 2 -> column + " integer not null\n    references " + parent.name() + "(id) on delete cascade";
                        default -> column + " integer references " + parent.name()
                                + "(id) on update cascade deferrable initially deferred";
                    };
                    columns.add(new Member(null, text, null, text.replace("\n   ", "")));
                    indexable.add(column);
                }
                case COMPOSITE -> {
                    String tenant = parent.name() + "_tenant";
                    String code = parent.name() + "_code";
                    if (used.contains(tenant) || used.contains(code)) {
                        continue;
                    }
                    used.add(tenant);
                    used.add(code);
                    columns.add(Member.of(tenant + " integer"));
                    columns.add(Member.of(code + " text"));
                    constraints.add(Member.of("foreign key (" + tenant + ", " + code + ") references " + parent.name()
                            + "(tenant_id, code) on delete restrict"));
                    indexable.add(tenant);
                }
                case KEYED -> {
                    String column = parent.name() + "_slug";
                    if (!used.add(column)) {
                        continue;
                    }
                    String text = column + " text references " + parent.name() + " on delete set null";
                    columns.add(Member.of(text));
                    indexable.add(column);
                }
                case LINK -> {
                    continue;
                }
            }
            foreignKeyCount++;
        }

        // ---- ordinary columns, then generated ones
        int generatedWanted = random.nextInt(100) < 60 ? 1 + random.nextInt(2) : 0;
        while (columns.size() < target - generatedWanted) {
            String[] entry = POOL[random.nextInt(POOL.length)];
            String column = entry[0];
            String type = strict ? ("=".equals(entry[2]) ? entry[1] : entry[2]) : entry[1];
            if (!strict && "any".equals(type)) {
                continue;
            }
            if (!used.add(column)) {
                continue;
            }
            String text = column + " " + type;
            String doc = null;
            String comment = null;
            int roll = random.nextInt(100);
            if (roll < 5) {
                doc = "/// The " + column.replace('_', ' ') + " of this row.";
            } else if (roll < 13) {
                comment = pick(TRAILING_COMMENTS);
            }
            columns.add(new Member(doc, text, comment, text));
        }
        List<String> generatedOptions = new ArrayList<>();
        if (used.contains("name")) {
            generatedOptions.add("name_key text generated always as (lower(trim(name))) stored");
        }
        if (used.contains("email")) {
            generatedOptions.add("email_domain text as (substr(email, instr(email, '@') + 1)) virtual");
        }
        if (used.contains("price") && used.contains("quantity")) {
            generatedOptions.add("total real generated always as (price * quantity) stored");
        }
        if (used.contains("created_at")) {
            generatedOptions.add("created_day integer as (created_at / 86400)");
        }
        if (used.contains("latitude") && used.contains("longitude")) {
            generatedOptions.add("geo_cell integer as (cast((latitude + 90) * 10 as integer) * 3600 + "
                    + "cast((longitude + 180) * 10 as integer)) virtual");
        }
        if (used.contains("size_bytes")) {
            generatedOptions.add("size_kib real as (size_bytes / 1024.0)");
        }
        for (int g = 0; g < generatedWanted && !generatedOptions.isEmpty(); g++) {
            String text = generatedOptions.remove(random.nextInt(generatedOptions.size()));
            used.add(text.substring(0, text.indexOf(' ')));
            columns.add(Member.of(text));
        }
        while (columns.size() < target) {
            String column = "attribute_" + columns.size();
            if (used.add(column)) {
                String text = column + (strict ? " text" : random.nextBoolean() ? " text" : " numeric");
                columns.add(Member.of(text));
            }
        }

        // ---- table-level checks and uniques
        if (used.contains("starts_on") && used.contains("ends_on")) {
            String expr = "ends_on is null or ends_on >= starts_on";
            constraints.add(new Member(null, "check dates_in_order (\n    " + expr + "\n  )", null,
                    "constraint dates_in_order check (" + expr + ")"));
        }
        if (used.contains("created_at") && used.contains("updated_at")) {
            String expr = "updated_at is null or updated_at >= created_at";
            constraints.add(new Member(null, "check updated_after_created (" + expr + ")", null,
                    "constraint updated_after_created check (" + expr + ")"));
        }
        if (used.contains("title") && used.contains("version") && random.nextBoolean()) {
            constraints.add(Member.of("unique (title, version)"));
        }

        // ---- indexes
        List<Member> indexes = new ArrayList<>();
        List<String> indexOptions = new ArrayList<>();
        indexOptions.addAll(indexable);
        for (String column : List.of("status", "created_at", "position", "published_at", "priority", "currency")) {
            if (used.contains(column)) {
                indexOptions.add(column);
            }
        }
        int wanted = 2 + random.nextInt(2);
        Set<String> indexNames = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 12 && indexes.size() < wanted; attempt++) {
            String indexText = index(name, used, indexOptions, random.nextInt(6));
            if (indexText == null) {
                continue;
            }
            String indexName = indexText.substring(indexText.indexOf("index ") + 6, indexText.indexOf(" on ("));
            if (!indexNames.add(indexName)) {
                continue;
            }
            String doc = random.nextInt(100) < 10 ? "/// Serves the list view's default order." : null;
            String createSql = "create " + indexText.replace(" on (", " on " + name + " (");
            indexes.add(new Member(doc, indexText, null, createSql));
        }
        if (indexes.isEmpty()) {
            String column = last(used);
            String only = "index " + name + "_" + column + "_idx on (" + column + ")";
            indexes.add(new Member(null, only, null, "create " + only.replace(" on (", " on " + name + " (")));
        }

        // ---- write it out
        if (random.nextInt(100) < 70) {
            out.append("/// ").append(capitalize(noun.replace('_', ' '))).append(" (table ").append(index)
                    .append(" of the generated schema).\n");
        } else if (random.nextInt(100) < 30) {
            out.append("// ---- ").append(noun).append('\n');
        }
        String options = strict && withoutRowid ? " strict without rowid"
                : strict ? " strict" : withoutRowid ? " without rowid" : "";
        out.append("table ").append(name).append(options).append(" {\n");
        StringBuilder create = new StringBuilder("create table ").append(name).append(" (");
        boolean firstElement = true;
        for (Member member : columns) {
            write(out, member);
            create.append(firstElement ? "" : ", ").append(member.sql());
            firstElement = false;
        }
        for (Member member : constraints) {
            write(out, member);
            create.append(", ").append(member.sql());
        }
        out.append('\n');
        for (Member member : indexes) {
            write(out, member);
        }
        out.append("}\n\n");
        create.append(')');
        if (strict || withoutRowid) {
            create.append(strict && withoutRowid ? " strict, without rowid" : strict ? " strict" : " without rowid");
        }
        sql.add(create.toString());
        for (Member member : indexes) {
            sql.add(member.sql());
        }

        columnCount += columns.size();
        indexCount += indexes.size();
        earlier.add(new TableInfo(name, kind));
    }

    private String index(String table, Set<String> used, List<String> options, int style) {
        switch (style) {
            case 0, 1 -> {
                if (options.isEmpty()) {
                    return null;
                }
                String column = options.get(random.nextInt(options.size()));
                return "index " + table + "_" + column + "_idx on (" + column + ")";
            }
            case 2 -> {
                if (options.size() < 2) {
                    return null;
                }
                String a = options.get(random.nextInt(options.size()));
                String b = options.get(random.nextInt(options.size()));
                if (a.equals(b)) {
                    return null;
                }
                return "index " + table + "_" + a + "_" + b + "_idx on (" + a + ", " + b + " desc)";
            }
            case 3 -> {
                if (options.isEmpty()) {
                    return null;
                }
                String column = options.get(random.nextInt(options.size()));
                if (used.contains("deleted_at")) {
                    return "index " + table + "_" + column + "_live_idx on (" + column + ") where deleted_at is null";
                }
                if (used.contains("active")) {
                    return "index " + table + "_" + column + "_active_idx on (" + column + ")\n    where active = 1";
                }
                return "index " + table + "_" + column + "_set_idx on (" + column + ") where " + column + " is not null";
            }
            case 4 -> {
                for (String column : List.of("name", "title", "email", "locale", "url")) {
                    if (used.contains(column)) {
                        return "index " + table + "_lower_" + column + "_idx on (lower(" + column + "))";
                    }
                }
                return null;
            }
            default -> {
                if (used.contains("email")) {
                    return "unique index " + table + "_email_lower_idx on (lower(email)) where email is not null";
                }
                if (used.contains("external_ref")) {
                    return "index " + table + "_external_ref_nocase_idx on (external_ref collate nocase asc)";
                }
                if (used.contains("price") && used.contains("quantity")) {
                    return "index " + table + "_value_idx on ((price * quantity) desc) where quantity > 0";
                }
                return null;
            }
        }
    }

    private static void write(StringBuilder out, Member member) {
        if (member.doc() != null) {
            out.append("  ").append(member.doc()).append('\n');
        }
        out.append("  ").append(member.text());
        if (member.comment() != null) {
            out.append("  ").append(member.comment());
        }
        out.append('\n');
    }

    private List<TableInfo> distinctTargets(int count) {
        List<TableInfo> candidates = new ArrayList<>();
        for (TableInfo table : earlier) {
            if (table.hasIntegerId()) {
                candidates.add(table);
            }
        }
        List<TableInfo> chosen = new ArrayList<>();
        while (chosen.size() < count && chosen.size() < candidates.size()) {
            TableInfo table = candidates.get(random.nextInt(candidates.size()));
            if (!chosen.contains(table)) {
                chosen.add(table);
            }
        }
        return chosen;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String last(Set<String> names) {
        String last = null;
        for (String name : names) {
            last = name;
        }
        return last;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
