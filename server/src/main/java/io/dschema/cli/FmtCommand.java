package io.dschema.cli;

import io.dschema.config.ConfigResult;
import io.dschema.config.SchemaResolution;
import io.dschema.format.FormatResult;
import io.dschema.format.Formatter;
import io.dschema.grammar.SyntaxError;
import io.dschema.lower.Lowering;
import io.dschema.lower.SchemaReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dschema fmt}: formats schema files in place, or with {@code --check} lists those that would change. */
@Command(name = "fmt", description = "Format schema files in place (--check: only list the files that would change).",
        mixinStandardHelpOptions = true)
final class FmtCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if there is one.")
    boolean check;

    @Parameters(paramLabel = "PATH", description = "Files or folders (their *.dschema files); default: the config's schema.")
    List<Path> paths = new ArrayList<>();

    private final Environment environment;

    FmtCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        if (!collect(files)) {
            return ExitCode.INVALID;
        }
        boolean invalid = false;
        int needsFormatting = 0;
        for (Path file : files) {
            String name = environment.display(file);
            String text;
            try {
                text = SchemaReader.decode(Files.readAllBytes(file));
            } catch (CharacterCodingException e) {
                environment.err().println(name + ": error[DS0010]: the file is not UTF-8 text: save it as UTF-8");
                invalid = true;
                continue;
            } catch (IOException e) {
                environment.err().println(name + ": error[DS0010]: cannot read the file (" + e.getClass().getSimpleName() + ")");
                invalid = true;
                continue;
            }
            FormatResult result = Formatter.format(text);
            if (result.refused()) {
                invalid = true;
                reportRefusal(name, result);
                continue;
            }
            if (!result.changed()) {
                continue;
            }
            needsFormatting++;
            if (check) {
                environment.out().println("would reformat " + name);
            } else if (write(file, result.text())) {
                environment.out().println("formatted " + name);
            } else {
                invalid = true;
            }
        }
        if (check && needsFormatting > 0) {
            environment.err().println(needsFormatting + " of " + files.size() + " files would be reformatted; run dschema fmt");
        }
        return invalid || (check && needsFormatting > 0) ? ExitCode.INVALID : ExitCode.OK;
    }

    /** The files to format: the PATHs given, else the config's schema. False when something was missing. */
    private boolean collect(List<Path> files) {
        TreeSet<Path> found = new TreeSet<>();
        if (!paths.isEmpty()) {
            boolean ok = true;
            for (Path path : paths) {
                Path absolute = environment.cwd().resolve(path).normalize();
                if (Files.isDirectory(absolute)) {
                    try (Stream<Path> walk = Files.walk(absolute)) {
                        walk.filter(p -> p.toString().endsWith(".dschema") && Files.isRegularFile(p)).forEach(found::add);
                    } catch (IOException e) {
                        environment.err().println(environment.display(absolute) + ": error: cannot list the folder");
                        ok = false;
                    }
                } else if (Files.isRegularFile(absolute)) {
                    found.add(absolute);
                } else {
                    environment.err().println(path + ": error: no such file or folder");
                    ok = false;
                }
            }
            files.addAll(found);
            return ok;
        }
        ConfigResult loaded = configOptions.load(environment);
        loaded.problems().forEach(problem -> environment.err().println(Finding.of(problem, environment::display).format()));
        if (loaded.config() == null) {
            return false;
        }
        SchemaResolution resolution = loaded.config().resolveSchema();
        resolution.problems().forEach(problem -> environment.err().println(Finding.of(problem, environment::display).format()));
        files.addAll(resolution.files());
        return resolution.problems().isEmpty() && !loaded.hasErrors();
    }

    private void reportRefusal(String name, FormatResult result) {
        if (result.syntaxErrors().isEmpty()) {
            environment.err().println(name + ": error: not formatted: " + result.reason());
            return;
        }
        for (SyntaxError error : result.syntaxErrors()) {
            environment.err().println(name + ":" + error.line() + ":" + error.column() + ": error["
                    + Lowering.code(error.kind()).id() + "]: " + error.message());
        }
        environment.err().println(name + ": not formatted: fix the syntax errors first");
    }

    /** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
    private boolean write(Path file, String text) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".dschema-fmt", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            deleteQuietly(temporary);
            environment.err().println(environment.display(file) + ": error: cannot write the file (" + e.getClass().getSimpleName() + ")");
            return false;
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the write failed already; a stray temporary file is the lesser problem
        }
    }
}
