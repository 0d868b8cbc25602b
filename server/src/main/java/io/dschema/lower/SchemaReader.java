package io.dschema.lower;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.model.SourceRange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads schema files from disk and lowers them as one schema. An unreadable file is a diagnostic, not an exception. */
public final class SchemaReader {

    private SchemaReader() {
    }

    /**
     * @param displayPath how each file is named in diagnostics (e.g. relative to the current folder)
     */
    public static LoweredSchema read(List<Path> files, Function<Path, String> displayPath) {
        List<SourceFile> sources = new ArrayList<>();
        List<Diagnostic> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = displayPath.apply(file);
            try {
                sources.add(new SourceFile(name, decode(Files.readAllBytes(file))));
            } catch (CharacterCodingException e) {
                unreadable.add(Diagnostic.of(DiagnosticCode.UNREADABLE_FILE,
                        "the file is not UTF-8 text: save it as UTF-8", at(name)));
            } catch (IOException e) {
                unreadable.add(Diagnostic.of(DiagnosticCode.UNREADABLE_FILE,
                        "cannot read the file (" + e.getClass().getSimpleName() + "): check that it exists and is readable",
                        at(name)));
            }
        }
        LoweredSchema lowered = Lowering.lowerSchema(sources);
        if (unreadable.isEmpty()) {
            return lowered;
        }
        unreadable.addAll(lowered.diagnostics());
        return new LoweredSchema(lowered.schema(), unreadable);
    }

    /** Strict UTF-8, without a byte order mark. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourceRange at(String file) {
        return new SourceRange(file, 0, 0, 1, 1, 1, 1);
    }
}
