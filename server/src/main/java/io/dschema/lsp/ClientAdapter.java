package io.dschema.lsp;

import org.eclipse.lsp4j.services.LanguageClient;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link DschemaLanguageClient} over a plain {@link LanguageClient} (the status notification
 * goes nowhere), or over nothing before a client connects (every call is dropped).
 */
final class ClientAdapter {

    private ClientAdapter() {
    }

    static DschemaLanguageClient of(LanguageClient delegate) {
        return (DschemaLanguageClient) Proxy.newProxyInstance(DschemaLanguageClient.class.getClassLoader(),
                new Class<?>[] {DschemaLanguageClient.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(delegate == null ? ClientAdapter.class : delegate, args);
                    }
                    if (delegate == null || method.getDeclaringClass() == DschemaLanguageClient.class) {
                        return method.getReturnType() == CompletableFuture.class ? CompletableFuture.completedFuture(null) : null;
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
