package io.dschema.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code dschema lsp}: the language server. It declares only what it implements: incremental
 * sync, hover, completion, code actions (the source actions "Push to ..." and "Generate
 * migration") and the commands behind them. Work never runs on the JSON-RPC thread: diagnostics on the debounced analysis
 * worker, commands on their own thread (they may wait for the user's answer), other requests on a
 * small pool; a request that fails answers an error and the server goes on.
 */
public final class DschemaLanguageServer implements LanguageServer, LanguageClientAware {

    static final long DEBOUNCE_MILLIS = 150;

    final Documents documents = new Documents();
    final Baselines baselines = new Baselines();
    final EditorContexts contexts = new EditorContexts();
    private final Map<String, String> env;
    private final List<Path> workspaceFolders = new CopyOnWriteArrayList<>();
    private final AnalysisScheduler scheduler;
    private final ExecutorService commands = Executors.newSingleThreadExecutor(daemon("dschema-commands"));
    private final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("dschema-requests"));
    private final SchemaDocuments textDocuments = new SchemaDocuments(this);
    private final SchemaWorkspace workspace = new SchemaWorkspace(this);
    private final Commands commandRunner = new Commands(this);
    private volatile DschemaLanguageClient client = ClientAdapter.of(null);
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile boolean shutDown;

    public DschemaLanguageServer(Map<String, String> env, long debounceMillis) {
        this.env = Map.copyOf(env);
        this.scheduler = new AnalysisScheduler(debounceMillis, this::analyze);
    }

    public DschemaLanguageServer() {
        this(System.getenv(), DEBOUNCE_MILLIS);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client instanceof DschemaLanguageClient dschema ? dschema : ClientAdapter.of(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) {
            capabilities = params.getCapabilities();
        }
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null) {
            folders.forEach(folder -> addFolder(folder.getUri()));
        } else if (params.getRootUri() != null) {
            addFolder(params.getRootUri());
        }
        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        server.setTextDocumentSync(sync);
        server.setCodeActionProvider(new CodeActionOptions(CodeActions.KINDS));
        server.setExecuteCommandProvider(new ExecuteCommandOptions(Protocol.COMMANDS));
        server.setHoverProvider(true);
        server.setCompletionProvider(new CompletionOptions(false, CompletionRequest.TRIGGERS));
        return CompletableFuture.completedFuture(new InitializeResult(server, new ServerInfo("dschema", version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        boolean canWatch = capabilities.getWorkspace() != null && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        if (!canWatch) {
            return; // the file times are checked on every pass and on save instead
        }
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String glob : List.of("**/dschema.json", "**/*.dschema", "**/*.db", "**/*.db-wal", "**/*.sqlite",
                "**/*.sqlite3", "**/migrations/**", "**/drizzle/**")) {
            watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
        }
        Registration registration = new Registration("dschema-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        client.registerCapability(new RegistrationParams(List.of(registration)));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        scheduler.close();
        commands.shutdownNow();
        requests.shutdownNow();
        baselines.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        boolean wasShutDown = shutDown;
        if (!wasShutDown) {
            shutdown();
        }
        exitedAfterShutdown = wasShutDown;
        exitHook.run();
    }

    private volatile boolean exitedAfterShutdown;

    /** Whether {@code exit} came after {@code shutdown} (LSP: exit code 0, else 1). */
    boolean wasShutDown() {
        return exitedAfterShutdown;
    }

    /** What {@code exit} does after shutting down: ends the process when run from the command line. */
    volatile Runnable exitHook = () -> { };

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    DschemaLanguageClient client() {
        return client;
    }

    /** What the client announced in {@code initialize} (snippets, work done progress, ...). */
    ClientCapabilities capabilities() {
        return capabilities;
    }

    Commands commands() {
        return commandRunner;
    }

    <T> CompletableFuture<T> onCommandThread(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, commands);
    }

    <T> CompletableFuture<T> onRequestThread(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, requests);
    }

    void addFolder(String uri) {
        Path path = Uris.toPath(uri);
        if (path != null && !workspaceFolders.contains(path)) {
            workspaceFolders.add(path);
        }
    }

    void removeFolder(String uri) {
        Path path = Uris.toPath(uri);
        if (path != null) {
            workspaceFolders.remove(path);
        }
    }

    /** The project of a document; empty for a URI that is no file. */
    Optional<Project> projectOf(String uri) {
        Path path = Uris.toPath(uri);
        if (path == null || path.getParent() == null) {
            return Optional.empty();
        }
        return Optional.of(Project.forDocument(path, folderOf(path), env));
    }

    /** The innermost workspace folder holding {@code path}, or null (then its own folder is the limit). */
    private Path folderOf(Path path) {
        Path best = null;
        for (Path folder : workspaceFolders) {
            if (path.startsWith(folder) && (best == null || folder.getNameCount() > best.getNameCount())) {
                best = folder;
            }
        }
        return best;
    }

    /** Schedules the passes for these documents (debounced). */
    void changed(Set<String> uris) {
        if (!shutDown) {
            scheduler.changed(uris);
        }
    }

    /** Schedules the passes for every open document (a watched file changed, a push ran). */
    void changedAll() {
        changed(new java.util.LinkedHashSet<>(documents.all().stream().map(Documents.Snapshot::uri).toList()));
    }

    int analysisFailures() {
        return scheduler.failures();
    }

    /** Waits for the passes due now (tests). */
    void drain() {
        scheduler.drain();
    }

    /** One debounced run: each project of the given documents once, first pass then risk pass. */
    private void analyze(Set<String> uris, BooleanSupplier stale) {
        Map<Path, Project> projects = new LinkedHashMap<>();
        for (String uri : uris) {
            projectOf(uri).ifPresent(project -> projects.putIfAbsent(project.key(), project));
        }
        for (Project project : projects.values()) {
            if (stale.getAsBoolean()) {
                return;
            }
            FirstPass pass = FirstPass.run(project.files(), documents);
            ProjectAnalysis.Published first = ProjectAnalysis.firstPass(project, pass);
            if (stale.getAsBoolean()) {
                return;
            }
            publish(first);
            contexts.record(project, first.context(), true);
            ProjectAnalysis.RiskOutcome risks = ProjectAnalysis.riskPass(project, pass, first, baselines);
            if (stale.getAsBoolean()) {
                return;
            }
            contexts.record(project, risks.published().context(), pass.hasErrors());
            if (!risks.published().byFile().equals(first.byFile())) {
                publish(risks.published());
            }
            if (risks.information() != null) {
                client.showMessage(new MessageParams(MessageType.Info, risks.information()));
            }
            client.status(risks.status());
        }
    }

    private void publish(ProjectAnalysis.Published published) {
        published.byFile().forEach((path, diagnostics) -> {
            String uri = documents.byPath(path).map(Documents.Snapshot::uri).orElse(Uris.toUri(path));
            Integer version = documents.byPath(path).map(Documents.Snapshot::version).orElse(null);
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        });
    }

    private static String version() {
        Package pkg = DschemaLanguageServer.class.getPackage();
        return pkg == null || pkg.getImplementationVersion() == null ? "dev" : pkg.getImplementationVersion();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
