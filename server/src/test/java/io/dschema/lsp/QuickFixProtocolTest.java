package io.dschema.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick fixes through the protocol: the diagnostic as the client got it is sent back with a code
 * action request, the fix's edit is applied as the client would (a didChange), and the diagnostic
 * goes away.
 */
class QuickFixProtocolTest {

    @TempDir
    Path temp;

    @Test
    void notNullColumnOnUsersWithRowsGetsADefaultAndTheErrorGoes() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, QuickstartProject.SCHEMA);
            RecordingClient.await("the first status", () -> !lsp.client.statuses.isEmpty());
            // after line 4 ("  email text"): a new not null column without a default, on 5 rows
            lsp.edit(uri, LspHarness.range(4, 14, 4, 14), "\n  age   integer not null");
            Diagnostic failing = await(lsp, uri, "WILL_FAIL");
            List<CodeAction> fixes = quickFixes(lsp, uri, failing);
            assertEquals(List.of("Add default 0 to age"), fixes.stream().map(CodeAction::getTitle).toList());
            assertEquals(CodeActionKind.QuickFix, fixes.get(0).getKind());
            assertEquals(List.of(failing), fixes.get(0).getDiagnostics());
            apply(lsp, uri, fixes.get(0));
            RecordingClient.await("the WILL_FAIL diagnostic gone", () -> lsp.server.documents.all().stream()
                    .anyMatch(s -> s.text().contains("  age   integer default 0 not null\n"))
                    && lsp.client.diagnosticsOf(uri).stream().noneMatch(d -> "WILL_FAIL".equals(d.getCode().getLeft()))
                    && lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending() == 1);
            assertTrue(lsp.client.diagnosticsOf(uri).stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error));
        }
    }

    @Test
    void analysisFixMatchesByDataWhenTheClientSendsTheRangeInOtherUnits() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        // an emoji before the key: UTF-16 and code point columns differ on that line
        String text = "table tags {\n  /* 😀 */ name text primary key\n}\n" + QuickstartProject.SCHEMA;
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, text);
            Diagnostic nullable = await(lsp, uri, "DS2008");
            Diagnostic sentBack = new Diagnostic(new Range(nullable.getRange().getStart(), nullable.getRange().getStart()),
                    nullable.getMessage(), nullable.getSeverity(), nullable.getSource(), "DS2008");
            Range shifted = new Range(new org.eclipse.lsp4j.Position(1, nullable.getRange().getStart().getCharacter() - 1),
                    new org.eclipse.lsp4j.Position(1, nullable.getRange().getStart().getCharacter() - 1));
            sentBack.setRange(shifted); // as a client counting code points would send it
            sentBack.setData(nullable.getData());
            List<CodeAction> fixes = quickFixes(lsp, uri, sentBack);
            assertEquals(List.of("Add not null to name"), fixes.stream().map(CodeAction::getTitle).toList());
            apply(lsp, uri, fixes.get(0));
            RecordingClient.await("the DS2008 warning gone", () -> lsp.server.documents.all().stream()
                    .anyMatch(s -> s.text().contains("name text not null primary key"))
                    && lsp.client.diagnosticsOf(uri).stream().noneMatch(d -> "DS2008".equals(d.getCode().getLeft())));
        }
    }

    @Test
    void renameQuestionOffersTheDroppedColumn() throws Exception {
        QuickstartProject project = new QuickstartProject(temp);
        String uri = project.uri();
        try (LspHarness lsp = LspHarness.start(project.root)) {
            lsp.open(uri, QuickstartProject.SCHEMA.replace("  email text", "  mail  text"));
            Diagnostic question = await(lsp, uri, "RENAME_QUESTION");
            List<CodeAction> fixes = quickFixes(lsp, uri, question);
            assertEquals(List.of("Treat as rename of email"), fixes.stream().map(CodeAction::getTitle).toList());
            apply(lsp, uri, fixes.get(0));
            RecordingClient.await("the question gone", () -> lsp.server.documents.all().stream()
                    .anyMatch(s -> s.text().contains("mail  text renamed from email"))
                    && lsp.client.diagnosticsOf(uri).stream().noneMatch(d -> "RENAME_QUESTION".equals(d.getCode().getLeft()))
                    && lsp.client.statuses.get(lsp.client.statuses.size() - 1).pending() == 1);
        }
    }

    private static Diagnostic await(LspHarness lsp, String uri, String code) {
        RecordingClient.await("a " + code + " diagnostic", () -> lsp.client.diagnosticsOf(uri).stream()
                .anyMatch(d -> code.equals(d.getCode().getLeft())));
        return lsp.client.diagnosticsOf(uri).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }

    private static List<CodeAction> quickFixes(LspHarness lsp, String uri, Diagnostic diagnostic) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of(diagnostic));
        context.setOnly(List.of(CodeActionKind.QuickFix));
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), context);
        List<Either<Command, CodeAction>> actions = lsp.remote.getTextDocumentService().codeAction(params).get(20, TimeUnit.SECONDS);
        return actions.stream().map(Either::getRight).toList();
    }

    /** The action's edits to this document, last first, sent as the client would. */
    private static void apply(LspHarness lsp, String uri, CodeAction action) {
        Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
        assertEquals(List.of(uri), List.copyOf(changes.keySet()));
        List<TextEdit> edits = new ArrayList<>(changes.get(uri));
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        for (TextEdit edit : edits) {
            lsp.edit(uri, edit.getRange(), edit.getNewText());
        }
    }
}
