package io.dschema.bench;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.grammar.Syntax;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One check of a schema file in a fresh JVM, as {@code dschema check} would do it: read the file,
 * parse + lower it, analyze it. Started by {@link CheckBenchmark} as a child process; prints one
 * line of {@code key=value} figures (milliseconds) for it to read.
 *
 * <p>{@code java -cp <test classpath> io.dschema.bench.ColdRun FILE [full|parse]}: {@code parse}
 * times the parse alone (no lowering, no analysis), so that the parent can split the cold time.
 */
public final class ColdRun {

    private ColdRun() {
    }

    public static void main(String[] args) throws Exception {
        long mainEntered = System.nanoTime();
        long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        Path file = Path.of(args[0]);
        boolean parseOnly = args.length > 1 && args[1].equals("parse");

        long t0 = System.nanoTime();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        if (parseOnly) {
            int tokens = Syntax.parseSchema(text).tokens().size();
            long t2 = System.nanoTime();
            System.out.printf("cold mode=parse uptimeAtMainMs=%d readMs=%.1f parseMs=%.1f tokens=%d uptimeAtEndMs=%d%n",
                    uptimeAtMain, ms(t1 - t0), ms(t2 - t1), tokens, ManagementFactory.getRuntimeMXBean().getUptime());
            return;
        }
        LoweredSchema lowered = Lowering.lowerSchema(List.of(new SourceFile(file.getFileName().toString(), text)));
        long t2 = System.nanoTime();
        List<Diagnostic> diagnostics = Analyzer.analyze(lowered.schema());
        long t3 = System.nanoTime();
        System.out.printf("cold mode=full uptimeAtMainMs=%d readMs=%.1f parseLowerMs=%.1f analyzeMs=%.1f checkMs=%.1f"
                        + " sinceMainMs=%.1f tables=%d diagnostics=%d uptimeAtEndMs=%d%n",
                uptimeAtMain, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t1), ms(t3 - mainEntered),
                lowered.schema().tables().size(), lowered.diagnostics().size() + diagnostics.size(),
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
