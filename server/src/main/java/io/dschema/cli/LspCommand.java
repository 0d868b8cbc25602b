package io.dschema.cli;

import io.dschema.lsp.StdioServer;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code dschema lsp}: the language server over stdio. Standard output carries the protocol only:
 * anything else that prints to {@code System.out} is sent to standard error instead.
 */
@Command(name = "lsp", description = "Run the language server over stdio (for editors).", mixinStandardHelpOptions = true)
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        return StdioServer.run(new FileInputStream(FileDescriptor.in), protocolOut);
    }
}
