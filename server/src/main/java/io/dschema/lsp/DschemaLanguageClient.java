package io.dschema.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as the server sees it: the standard protocol and dschema's one notification. */
public interface DschemaLanguageClient extends LanguageClient {

    @JsonNotification(Protocol.STATUS)
    default void status(Protocol.Status status) {
        // clients that do not know it ignore it
    }
}
