package io.dschema.migrate;

import io.dschema.config.MigrationPrefix;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * How generate names a migration, as drizzle-kit does: the tag is {@code <prefix>_<name>}, the
 * prefix per {@code migrations.prefix} ({@code index}: the journal index in four digits;
 * {@code timestamp} and {@code supabase}: UTC {@code YYYYMMDDHHMMSS}; {@code unix}: seconds;
 * {@code none}: nothing, so the tag starts with {@code _}); the name given, or two random words.
 * The snapshot is {@code meta/<prefix>_snapshot.json}; with {@code none} drizzle-kit would write
 * every snapshot to {@code meta/_snapshot.json}, which its own listing skips (a leading {@code _}),
 * so here it takes the index prefix instead.
 */
public final class MigrationNames {

    private static final List<String> ADJECTIVES = List.of("amazing", "brave", "calm", "clever", "cool", "curious",
            "daring", "eager", "fancy", "fine", "gentle", "glossy", "happy", "jolly", "keen", "kind", "lively", "lucky",
            "mellow", "mighty", "nimble", "perfect", "polite", "proud", "quick", "quiet", "rapid", "shiny", "silent",
            "smiling", "steady", "sturdy", "swift", "tidy", "vivid", "wise", "witty", "young", "zany", "zesty");
    private static final List<String> HEROES = List.of("aurora", "banshee", "beast", "blade", "cable", "captain",
            "colossus", "cyclops", "daredevil", "domino", "echo", "electra", "falcon", "firestar", "gambit", "hulk",
            "iceman", "jubilee", "karma", "longshot", "magik", "mystique", "nightcrawler", "nova", "phoenix",
            "polaris", "psylocke", "quicksilver", "rogue", "sentry", "shadowcat", "storm", "talisman", "thor",
            "vision", "warlock", "wasp", "wolverine", "xorn", "zeigeist");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MigrationNames() {
    }

    /** Two random words, as drizzle-kit's {@code adjective_hero}. */
    public static String randomName(Random random) {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_" + HEROES.get(random.nextInt(HEROES.size()));
    }

    public static String prefix(MigrationPrefix prefix, int idx, Instant now) {
        return switch (prefix) {
            case INDEX -> index(idx);
            case TIMESTAMP, SUPABASE -> TIMESTAMP.format(now);
            case UNIX -> Long.toString(now.getEpochSecond());
            case NONE -> "";
        };
    }

    public static String tag(MigrationPrefix prefix, int idx, Instant now, String name) {
        return prefix(prefix, idx, now) + "_" + name;
    }

    public static String snapshotFile(MigrationPrefix prefix, int idx, Instant now) {
        return (prefix == MigrationPrefix.NONE ? index(idx) : prefix(prefix, idx, now)) + "_snapshot.json";
    }

    private static String index(int idx) {
        return String.format("%04d", idx);
    }

    /** A name a file may carry: not empty, no path separators, nothing a file system refuses. */
    public static String problemWith(String name) {
        if (name.isBlank()) {
            return "the migration name is empty";
        }
        if (!name.matches("[^/\\\\:*?\"<>|\\x00-\\x1f]+") || name.equals(".") || name.equals("..")) {
            return "the migration name \"" + name + "\" cannot be a file name (no / \\ : * ? \" < > |)";
        }
        return null;
    }
}
