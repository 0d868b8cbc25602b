package io.dschema.bench;

import io.dschema.config.DatabaseUrl;
import io.dschema.db.Database;
import io.dschema.db.Databases;
import io.dschema.diff.RenameAnswers;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import io.dschema.lsp.DschemaLanguageClient;
import io.dschema.lsp.Protocol;
import io.dschema.migrate.Push;
import io.dschema.migrate.PushPreview;
import io.dschema.model.Column;
import io.dschema.model.IndexPart;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.Table;
import io.dschema.sqlite.InspectOptions;
import io.dschema.sqlite.Sql;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language server benchmark (docs/benchmarks.md, "Language server"): the real {@code dschema
 * lsp} process spoken to through LSP4J's client launcher, on the {@link SchemaGenerator} schema in
 * a temp project (dschema.json, schema.dschema, and a local.db pushed from the same schema by the
 * engine, holding rows in every table).
 *
 * <p>What it times, from this process's side of the pipes (so every figure includes the JSON-RPC
 * transport both ways): process start to the first {@code publishDiagnostics} and to the first risk
 * diagnostics; for each edit (a column's type changed back and forth, the schema valid either way),
 * the first-pass and risk-pass diagnostics minus the server's 150 ms debounce; hover and completion
 * request round trips (when the server declares them); the server's RSS afterwards.
 *
 * <p>{@code java -cp <test classpath> io.dschema.bench.LspBenchmark [--tables 500] [--seed 42]
 * [--edits 200] [--requests 200] [--rows 5] [--jar PATH] [--server-jvm-args "..."]}
 */
public final class LspBenchmark {

    /** The server's debounce (DschemaLanguageServer.DEBOUNCE_MILLIS), subtracted from the edit figures. */
    static final double DEBOUNCE_MS = 150;

    private LspBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = intArg(args, "--tables", 500);
        long seed = intArg(args, "--seed", 42);
        int edits = intArg(args, "--edits", 200);
        int requests = intArg(args, "--requests", 200);
        int rows = intArg(args, "--rows", 5);
        String jar = stringArg(args, "--jar", null);
        String serverJvmArgs = stringArg(args, "--server-jvm-args", "");
        String launcher = stringArg(args, "--launcher", null);

        Path root = Files.createTempDirectory("dschema-lsp-bench");
        SchemaGenerator.Generated generated = SchemaGenerator.generate(tables, seed);
        Project project = Project.create(root, generated.text(), rows);
        System.out.printf("LSP benchmark: %d tables, %d columns, %,d bytes, %d rows per table (%d tables filled), seed %d%n",
                tables, generated.columns(), generated.bytes(), rows, project.filledTables, seed);
        System.out.printf("edit: %s line %d, type %s <-> %s%n", project.editedTable, project.editLine + 1,
                project.typeA, project.typeB);
        System.out.println("load average before: " + loadAverage());

        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (launcher != null) {
            // As users start it: bin/dschema (its JVM options and class-data archive), the shaded jar.
            command.addAll(List.of(Path.of(launcher).toAbsolutePath().toString(), "lsp"));
            if (jar != null) {
                builder.environment().put("DSCHEMA_JAR", Path.of(jar).toAbsolutePath().toString());
            }
            if (!serverJvmArgs.isBlank()) {
                builder.environment().put("DSCHEMA_JAVA_OPTS", serverJvmArgs);
            }
        } else {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!serverJvmArgs.isBlank()) {
            command.addAll(Arrays.asList(serverJvmArgs.trim().split("\\s+")));
        }
        if (jar != null) {
            command.addAll(List.of("-jar", jar, "lsp"));
        } else {
            command.addAll(List.of("-cp", absoluteClasspath(), "io.dschema.cli.Main", "lsp"));
        }
        }
        System.out.println("server: " + String.join(" ", command).replace(absoluteClasspath(), "<test classpath>"));
        Recorder client = new Recorder();
        long start = System.nanoTime();
        Process process = builder.directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Launcher<LanguageServer> rpc = new LSPLauncher.Builder<LanguageServer>()
                    .setLocalService(client).setRemoteInterface(LanguageServer.class)
                    .setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
            rpc.startListening();
            LanguageServer server = rpc.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(project.root.toUri().toString(), "bench")));
            InitializeResult init = server.initialize(params).get(60, TimeUnit.SECONDS);
            long initialized = System.nanoTime();
            server.initialized(new InitializedParams());
            String uri = project.uri();
            // Opened with type B: the database holds type A, so the first risk pass has a rebuild to report.
            String text = project.textB;
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "dschema", 1, text)));
            client.await(() -> client.firstPass(uri, 1) != null, 60);
            client.await(() -> client.statusAfter(client.firstPass(uri, 1).at) != null, 60);
            Event firstPublish = client.firstPass(uri, 1);
            Event firstRisks = client.riskPublish(uri, 1);
            System.out.printf("%nstart to initialize answered: %.0f ms%n", ms(initialized - start));
            System.out.printf("start to first publishDiagnostics (first pass, %d diagnostics): %.0f ms (of which the 150 ms debounce after didOpen)%n",
                    firstPublish.diagnostics, ms(firstPublish.at - start));
            System.out.printf("start to first risk diagnostics (%s): %.0f ms%n",
                    firstRisks == null ? "none published" : firstRisks.risks + " risk diagnostics", ms((firstRisks == null
                            ? client.statusAfter(firstPublish.at).at : firstRisks.at) - start));

            List<Double> firstPass = new ArrayList<>();
            List<Double> riskPass = new ArrayList<>();
            List<Double> riskPublished = new ArrayList<>();
            int version = 1;
            boolean isB = true;
            for (int i = 0; i < edits; i++) {
                version++;
                String from = isB ? project.typeB : project.typeA;
                String to = isB ? project.typeA : project.typeB;
                isB = !isB;
                Range range = new Range(new Position(project.editLine, project.typeColumn),
                        new Position(project.editLine, project.typeColumn + from.length()));
                int v = version;
                long sent = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(range, to))));
                client.await(() -> client.firstPass(uri, v) != null, 30);
                Event pass = client.firstPass(uri, v);
                client.await(() -> client.statusAfter(pass.at) != null, 30);
                Event status = client.statusAfter(pass.at);
                Event risks = client.riskPublish(uri, v);
                if (pass.errors > 0) {
                    throw new IllegalStateException("edit " + i + " made the schema invalid: " + pass.firstError);
                }
                firstPass.add(ms(pass.at - sent) - DEBOUNCE_MS);
                riskPass.add(ms(status.at - sent) - DEBOUNCE_MS);
                if (risks != null) {
                    riskPublished.add(ms(risks.at - sent) - DEBOUNCE_MS);
                }
                Thread.sleep(20); // past the status, so the next edit starts a fresh pass
            }
            System.out.printf("%n%d edits (debounce subtracted):%n", edits);
            report("first-pass diagnostics after an edit", firstPass);
            report("risk pass done (dschema/status) after an edit", riskPass);
            report("risk diagnostics published (the " + riskPublished.size() + " edits to " + project.typeB + ")", riskPublished);

            boolean hover = init.getCapabilities().getHoverProvider() != null
                    && (init.getCapabilities().getHoverProvider().isRight() || init.getCapabilities().getHoverProvider().getLeft());
            boolean completion = init.getCapabilities().getCompletionProvider() != null;
            List<Position> positions = project.positions(requests, new Random(seed));
            String current = isB ? project.textB : project.textA;
            System.out.printf("%n%d requests at varied positions (column names, types, table names, blank lines):%n", requests);
            if (hover) {
                List<Double> times = new ArrayList<>();
                int answered = 0;
                for (Position position : positions) {
                    long sent = System.nanoTime();
                    var result = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position))
                            .get(30, TimeUnit.SECONDS);
                    times.add(ms(System.nanoTime() - sent));
                    answered += result == null ? 0 : 1;
                }
                report("hover (" + answered + " with content)", times);
            } else {
                System.out.println("hover: not declared by the server, not measured");
            }
            if (completion) {
                List<Double> times = new ArrayList<>();
                long items = 0;
                for (Position position : positions) {
                    long sent = System.nanoTime();
                    var result = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
                            .get(30, TimeUnit.SECONDS);
                    times.add(ms(System.nanoTime() - sent));
                    items += result == null ? 0 : result.isLeft() ? result.getLeft().size() : result.getRight().getItems().size();
                }
                report("completion (" + items / Math.max(1, positions.size()) + " items on average)", times);
            } else {
                System.out.println("completion: not declared by the server, not measured");
            }
            System.out.printf("%nserver RSS after the edits and requests: %s (peak %s)%n", procStatus(process.pid(), "VmRSS"),
                    procStatus(process.pid(), "VmHWM"));
            System.out.println("load average after: " + loadAverage());
            if (Arrays.asList(args).contains("--histogram")) {
                histogram(process.pid());
            }
            if (current.isEmpty()) {
                throw new IllegalStateException();
            }
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(20, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The temp project: config, schema file and a database pushed from it, with rows. */
    static final class Project {
        final Path root;
        final Path schema;
        final String textA;
        final String textB;
        final int editLine;
        final int typeColumn;
        final String typeA;
        final String typeB;
        final String editedTable;
        final List<String> lines;
        int filledTables;

        private Project(Path root, String text) {
            this.root = root;
            this.schema = root.resolve("schema.dschema");
            this.textA = text;
            this.lines = List.of(text.split("\n", -1));
            // A plain nullable text column of a table that is not strict: integer is as valid there.
            Pattern plain = Pattern.compile("^  (\\w+) (text)$");
            int found = -1;
            int column = -1;
            String table = null;
            String currentTable = null;
            boolean strict = false;
            for (int i = lines.size() / 2; i < lines.size() && found < 0; i++) {
                String line = lines.get(i);
                if (line.startsWith("table ")) {
                    currentTable = line.split("\\s+")[1];
                    strict = line.contains(" strict");
                }
                Matcher matcher = plain.matcher(line);
                if (currentTable != null && !strict && matcher.matches()) {
                    found = i;
                    column = matcher.start(2);
                    table = currentTable + "." + matcher.group(1);
                }
            }
            if (found < 0) {
                throw new IllegalStateException("no plain text column to edit");
            }
            this.editLine = found;
            this.typeColumn = column;
            this.typeA = "text";
            this.typeB = "integer";
            this.editedTable = table;
            List<String> changed = new ArrayList<>(lines);
            changed.set(found, lines.get(found).substring(0, column) + typeB);
            this.textB = String.join("\n", changed);
        }

        static Project create(Path root, String text, int rows) throws Exception {
            Project project = new Project(root, text);
            Files.writeString(root.resolve("dschema.json"),
                    "{\n  \"schema\": \"./schema.dschema\",\n  \"out\": \"./migrations\",\n"
                            + "  \"dbCredentials\": { \"url\": \"file:./local.db\" }\n}\n");
            Files.writeString(project.schema, text);
            Path database = root.resolve("local.db");
            LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile("schema.dschema", text)));
            Schema target = lowered.schema();
            try (Database db = Databases.open(new DatabaseUrl(DatabaseUrl.Kind.FILE, "file:" + database, database))) {
                PushPreview preview = Push.preview(db, target, InspectOptions.DEFAULTS, RenameAnswers.NONE);
                Push.apply(db, preview, target, InspectOptions.DEFAULTS);
            }
            project.filledTables = insertRows(database, target, rows);
            return project;
        }

        /**
         * Rows in every table: a value for key columns and not-null columns without a default, the
         * default or NULL elsewhere (so checks hold). Foreign keys point at row numbers that exist
         * in every parent. Returns how many tables took their rows.
         */
        private static int insertRows(Path database, Schema schema, int rows) throws Exception {
            int filled = 0;
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (Table table : schema.tables()) {
                    Set<String> key = new HashSet<>();
                    if (table.primaryKey() != null) {
                        for (IndexPart part : table.primaryKey().columns()) {
                            if (part.column() != null) {
                                key.add(Names.fold(part.column().name()));
                            }
                        }
                    }
                    List<String> names = new ArrayList<>();
                    List<Column> valued = new ArrayList<>();
                    for (Column column : table.columns()) {
                        if (column.generated() != null) {
                            continue;
                        }
                        if (key.contains(Names.fold(column.name())) || column.notNull() && column.defaultValue() == null) {
                            names.add(Sql.ident(column.name()));
                            valued.add(column);
                        }
                    }
                    try {
                        for (int row = 1; row <= rows; row++) {
                            List<String> values = new ArrayList<>();
                            for (Column column : valued) {
                                values.add(value(column, row));
                            }
                            statement.executeUpdate(names.isEmpty() ? "INSERT INTO " + Sql.ident(table.name()) + " DEFAULT VALUES"
                                    : "INSERT INTO " + Sql.ident(table.name()) + " (" + String.join(", ", names) + ") VALUES ("
                                    + String.join(", ", values) + ")");
                        }
                        connection.commit();
                        filled++;
                    } catch (java.sql.SQLException e) {
                        connection.rollback();
                    }
                }
            }
            return filled;
        }

        private static String value(Column column, int row) {
            String type = column.type() == null ? "" : column.type().toLowerCase();
            if (type.contains("int") || type.contains("num") || type.contains("dec")) {
                return Integer.toString(row);
            }
            if (type.contains("real") || type.contains("doub") || type.contains("floa")) {
                return row + ".5";
            }
            if (type.contains("blob")) {
                return "x'0" + (row % 10) + "'";
            }
            return Sql.string(column.name() + "-" + row);
        }

        String uri() {
            return schema.toUri().toString();
        }

        /** Varied positions: on column names, on types, on table names, at the start of blank lines in a table. */
        List<Position> positions(int count, Random random) {
            Pattern member = Pattern.compile("^  (\\w+) (\\w+)");
            List<Position> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher matcher = member.matcher(line);
                if (matcher.find() && !line.startsWith("  index")) {
                    candidates.add(new Position(i, matcher.start(1) + 1));
                    candidates.add(new Position(i, matcher.start(2)));
                    candidates.add(new Position(i, matcher.end(2)));
                } else if (line.startsWith("table ")) {
                    candidates.add(new Position(i, 7));
                } else if (line.isEmpty() && i > 0 && lines.get(i - 1).startsWith("  ")) {
                    candidates.add(new Position(i, 0));
                }
            }
            List<Position> picked = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                picked.add(candidates.get(random.nextInt(candidates.size())));
            }
            return picked;
        }
    }

    /** One publish or status as this process saw it. */
    record Event(long at, Integer version, int diagnostics, int risks, int errors, String firstError) {
    }

    /** Records when each publish and status arrives; answers no question. */
    public static final class Recorder implements DschemaLanguageClient {
        final List<Event> publishes = new CopyOnWriteArrayList<>();
        final List<String> uris = new CopyOnWriteArrayList<>();
        final List<Event> statuses = new CopyOnWriteArrayList<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long at = System.nanoTime();
            int risks = 0;
            int errors = 0;
            String firstError = null;
            for (Diagnostic diagnostic : params.getDiagnostics()) {
                String code = diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get());
                if (!code.startsWith("DS")) {
                    risks++;
                }
                if (diagnostic.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error) {
                    errors++;
                    firstError = firstError == null ? diagnostic.getMessage() : firstError;
                }
            }
            synchronized (this) {
                uris.add(params.getUri());
                publishes.add(new Event(at, params.getVersion(), params.getDiagnostics().size(), risks, errors, firstError));
            }
        }

        @Override
        public void status(Protocol.Status status) {
            statuses.add(new Event(System.nanoTime(), null, 0, 0, 0, status.message()));
        }

        /** The first publish of that version of the document (the first pass). */
        synchronized Event firstPass(String uri, int version) {
            for (int i = 0; i < publishes.size(); i++) {
                Event event = publishes.get(i);
                if (uris.get(i).equals(uri) && event.version() != null && event.version() == version) {
                    return event;
                }
            }
            return null;
        }

        /** A later publish of that version with risk diagnostics (the risk pass), or null. */
        synchronized Event riskPublish(String uri, int version) {
            for (int i = 0; i < publishes.size(); i++) {
                Event event = publishes.get(i);
                if (uris.get(i).equals(uri) && event.version() != null && event.version() == version && event.risks() > 0) {
                    return event;
                }
            }
            return null;
        }

        Event statusAfter(long time) {
            for (Event event : statuses) {
                if (event.at() >= time) {
                    return event;
                }
            }
            return null;
        }

        void await(BooleanSupplier condition, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out");
                }
                Thread.sleep(0, 200_000);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }

    static void report(String what, List<Double> values) {
        if (values.isEmpty()) {
            System.out.printf("  %-60s none%n", what);
            return;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        System.out.printf("  %-60s median %7.1f ms   p95 %7.1f ms   min %7.1f   max %7.1f   (n=%d)%n", what,
                percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String procStatus(long pid, String field) {
        try {
            // The launcher script runs java as its child the first time (to write its archive at exit).
            String children = Files.readString(Path.of("/proc/" + pid + "/task/" + pid + "/children")).trim();
            if (!children.isEmpty() && !Files.readString(Path.of("/proc/" + pid + "/comm")).trim().equals("java")) {
                return procStatus(Long.parseLong(children.split("\\s+")[0]), field);
            }
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return line.substring(field.length() + 1).trim();
                }
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** This JVM's classpath with every entry absolute: the server runs in the temp project's folder. */
    static String absoluteClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** What the server's heap holds after a full GC (jcmd GC.class_histogram forces one): the top of the histogram. */
    static void histogram(long pid) throws Exception {
        long java = javaPid(pid);
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process histogram = new ProcessBuilder(jcmd, Long.toString(java), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines = new String(histogram.getInputStream().readAllBytes()).lines().toList();
        histogram.waitFor();
        System.out.println("live heap (jcmd GC.class_histogram, top 15):");
        lines.stream().limit(18).forEach(System.out::println);
        lines.stream().filter(line -> line.startsWith("Total")).forEach(System.out::println);
    }

    private static long javaPid(long pid) throws Exception {
        String children = Files.readString(Path.of("/proc/" + pid + "/task/" + pid + "/children")).trim();
        if (!children.isEmpty() && !Files.readString(Path.of("/proc/" + pid + "/comm")).trim().equals("java")) {
            return Long.parseLong(children.split("\\s+")[0]);
        }
        return pid;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
