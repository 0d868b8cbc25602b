package io.dschema.bench;

import io.dschema.analysis.Analyzer;
import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.grammar.DSchemaLexer;
import io.dschema.grammar.NewlineFilter;
import io.dschema.grammar.Syntax;
import io.dschema.lower.LoweredSchema;
import io.dschema.lower.Lowering;
import io.dschema.lower.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The benchmark of {@code dschema check}'s engine: parse + lower ({@link Lowering#lowerSchema})
 * then analyze ({@link Analyzer#analyze}) a generated schema ({@link SchemaGenerator}) of 100, 500
 * and 1000 tables. Not a test: it prints figures and asserts nothing. Run it on purpose:
 *
 * <pre>
 *   mvn -B -q -pl server -am -Pbench process-test-classes
 *   mvn -B -q -pl server -am -Pbench process-test-classes -Dbench.args="--sizes 500 --cold-runs 3"
 * </pre>
 *
 * <p>Warm figures: after a warm-up, each measured iteration runs the whole pipeline once (timed as
 * parse+lower and analyze), and, separately, the parse alone and the lexer alone, so that the
 * split parse / lower / analyze is read off medians taken under the same conditions (lower =
 * parse+lower minus parse). Cold figures: fresh child JVMs ({@link ColdRun}) read the N=500 file
 * and check it once; the parent also reports each child's whole process wall time.
 */
public final class CheckBenchmark {

    /** The seed of every figure in docs/benchmarks.md. */
    public static final long SEED = 42;

    private static volatile long sink;

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        printMachine();
        for (int size : options.sizes) {
            warm(size, options);
        }
        if (options.coldRuns > 0) {
            coldJvmArgs = options.coldJvmArgs;
            cold(options.coldSize, options);
        }
    }

    // ------------------------------------------------------------------ warm

    private static void warm(int size, Options options) {
        SchemaGenerator.Generated schema = SchemaGenerator.generate(size, options.seed);
        List<SourceFile> files = List.of(new SourceFile("generated.dschema", schema.text()));
        int bytes = schema.bytes();

        System.out.printf("%n== N = %d tables (seed %d)%n", size, options.seed);
        System.out.printf("   %,d lines, %,d columns, %,d indexes, %,d foreign keys, %,d bytes (%.2f MB)%n",
                schema.lines(), schema.columns(), schema.indexes(), schema.foreignKeys(), bytes, bytes / 1e6);

        // The very first check in this JVM (the JIT has seen nothing of this size yet).
        long firstStart = System.nanoTime();
        LoweredSchema first = Lowering.lowerSchema(files);
        List<Diagnostic> firstDiagnostics = Analyzer.analyze(first.schema());
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        long errors = count(first.diagnostics(), Severity.ERROR) + count(firstDiagnostics, Severity.ERROR);
        long warnings = count(first.diagnostics(), Severity.WARNING) + count(firstDiagnostics, Severity.WARNING);
        System.out.printf("   diagnostics: %d errors, %d warnings, %d in all%n", errors, warnings,
                first.diagnostics().size() + firstDiagnostics.size());
        System.out.printf("   first check in this JVM: %.1f ms%n", firstMs);

        // Warm up for at least the given time, and then until the JIT has compiled nothing new for
        // a second (on a busy machine the compiler threads lag far behind the iterations).
        long warmupStart = System.nanoTime();
        long warmupEnd = warmupStart + (long) (options.warmupSeconds * 1e9);
        long warmupLimit = warmupStart + (long) (options.maxWarmupSeconds * 1e9);
        int warmups = 0;
        long lastCompileMillis = compileMillis();
        long quietSince = System.nanoTime();
        while (warmups < options.minWarmups || System.nanoTime() < warmupEnd
                || (System.nanoTime() - quietSince < 1_000_000_000L && System.nanoTime() < warmupLimit)) {
            sink += runOnce(files).analyzeNanos;
            warmups++;
            long compiled = compileMillis();
            if (compiled != lastCompileMillis) {
                lastCompileMillis = compiled;
                quietSince = System.nanoTime();
            }
        }
        double warmupSeconds = (System.nanoTime() - warmupStart) / 1e9;

        List<Sample> samples = new ArrayList<>();
        long gcBefore = gcMillis();
        long measureEnd = System.nanoTime() + (long) (options.measureSeconds * 1e9);
        long measureStart = System.nanoTime();
        while ((samples.size() < options.minIterations || System.nanoTime() < measureEnd)
                && samples.size() < options.maxIterations) {
            Sample sample = runOnce(files);
            sample.lexNanos = lexOnly(schema.text());
            sample.parseNanos = parseOnly(schema.text());
            samples.add(sample);
        }
        double measuredSeconds = (System.nanoTime() - measureStart) / 1e9;
        long gcDuring = gcMillis() - gcBefore;

        double[] total = samples.stream().mapToDouble(s -> (s.parseLowerNanos + s.analyzeNanos) / 1e6).toArray();
        double[] totalCpu = samples.stream().mapToDouble(s -> s.cpuNanos / 1e6).toArray();
        double[] parseLower = samples.stream().mapToDouble(s -> s.parseLowerNanos / 1e6).toArray();
        double[] analyze = samples.stream().mapToDouble(s -> s.analyzeNanos / 1e6).toArray();
        double[] parse = samples.stream().mapToDouble(s -> s.parseNanos / 1e6).toArray();
        double[] lex = samples.stream().mapToDouble(s -> s.lexNanos / 1e6).toArray();
        double[] allocated = samples.stream().mapToDouble(s -> s.allocatedBytes / 1e6).toArray();
        double median = percentile(total, 50);
        System.out.printf("   warm-up: %d checks in %.1f s; measured: %d checks in %.1f s (GC %d ms, parse-only and"
                        + " lex-only runs included); load average %.1f%n",
                warmups, warmupSeconds, samples.size(), measuredSeconds, gcDuring, loadAverage());
        System.out.printf("   warm parse+lower+check: median %.2f ms, p90 %.2f ms, min %.2f ms, max %.2f ms"
                        + " (CPU time of the thread: median %.2f ms, p90 %.2f ms)%n",
                median, percentile(total, 90), percentile(total, 0), percentile(total, 100),
                percentile(totalCpu, 50), percentile(totalCpu, 90));
        System.out.printf("   throughput: %.1f MB/s (bytes / median), %,.0f lines/s%n",
                bytes / 1e6 / (median / 1e3), schema.lines() / (median / 1e3));
        double parseMedian = percentile(parse, 50);
        double parseLowerMedian = percentile(parseLower, 50);
        System.out.printf("   split (medians): parse %.2f ms (of which lex %.2f ms) | lower %.2f ms | analyze %.2f ms"
                        + "   [parse+lower %.2f ms, p90 %.2f ms; analyze p90 %.2f ms]%n",
                parseMedian, percentile(lex, 50), Math.max(0, parseLowerMedian - parseMedian), percentile(analyze, 50),
                parseLowerMedian, percentile(parseLower, 90), percentile(analyze, 90));
        System.out.printf("   allocated per check: %.1f MB (median)%n", percentile(allocated, 50));
        System.out.printf("   RESULT N=%d lines=%d columns=%d bytes=%d warmMedianMs=%.2f warmP90Ms=%.2f cpuMedianMs=%.2f"
                        + " mbPerS=%.1f parseMs=%.2f lowerMs=%.2f analyzeMs=%.2f%n",
                size, schema.lines(), schema.columns(), bytes, median, percentile(total, 90), percentile(totalCpu, 50),
                bytes / 1e6 / (median / 1e3), parseMedian, Math.max(0, parseLowerMedian - parseMedian),
                percentile(analyze, 50));
    }

    private static final class Sample {
        long parseLowerNanos;
        long analyzeNanos;
        long parseNanos;
        long lexNanos;
        long allocatedBytes;
        long cpuNanos;
    }

    private static Sample runOnce(List<SourceFile> files) {
        Sample sample = new Sample();
        long allocatedBefore = allocatedBytes();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        LoweredSchema lowered = Lowering.lowerSchema(files);
        long t1 = System.nanoTime();
        List<Diagnostic> diagnostics = Analyzer.analyze(lowered.schema());
        long t2 = System.nanoTime();
        sample.cpuNanos = cpuNanos() - cpu0;
        sample.allocatedBytes = allocatedBytes() - allocatedBefore;
        sample.parseLowerNanos = t1 - t0;
        sample.analyzeNanos = t2 - t1;
        sink += lowered.schema().tables().size() + diagnostics.size();
        return sample;
    }

    private static long parseOnly(String text) {
        long t0 = System.nanoTime();
        sink += Syntax.parseSchema(text).tokens().size();
        return System.nanoTime() - t0;
    }

    /** The lexer through the newline filter, as the parser pulls it, without the parser. */
    private static long lexOnly(String text) {
        long t0 = System.nanoTime();
        DSchemaLexer lexer = new DSchemaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new NewlineFilter(lexer, true, false));
        tokens.fill();
        sink += tokens.size();
        return System.nanoTime() - t0;
    }

    // ------------------------------------------------------------------ cold

    private static final Pattern FIGURE = Pattern.compile("(\\w+)=([0-9.]+)");

    private static void cold(int size, Options options) throws IOException, InterruptedException {
        SchemaGenerator.Generated schema = SchemaGenerator.generate(size, options.seed);
        Path file = Files.createTempFile("dschema-bench-" + size + "-", ".dschema");
        try {
            Files.writeString(file, schema.text(), StandardCharsets.UTF_8);
            System.out.printf("%n== cold: N = %d, one check per fresh JVM (%d runs each)%n", size, options.coldRuns);
            System.out.printf("   child: %s %s-cp <test classpath> %s %s [full|parse]%n",
                    javaBinary(), coldJvmArgs.isEmpty() ? "" : String.join(" ", coldJvmArgs) + " ",
                    ColdRun.class.getName(), file);
            Map<String, List<Double>> full = new LinkedHashMap<>();
            Map<String, List<Double>> parseOnly = new LinkedHashMap<>();
            for (int run = 0; run < options.coldRuns; run++) {
                collect(full, child(file, "full"));
                collect(parseOnly, child(file, "parse"));
            }
            System.out.printf("   parse+lower+check (from main, file already read): median %.1f ms  %s%n",
                    median(full, "checkMs"), full.get("checkMs"));
            System.out.printf("     parse+lower: median %.1f ms, analyze: median %.1f ms; parse alone"
                            + " (separate JVMs): median %.1f ms, so lower about %.1f ms%n",
                    median(full, "parseLowerMs"), median(full, "analyzeMs"), median(parseOnly, "parseMs"),
                    median(full, "parseLowerMs") - median(parseOnly, "parseMs"));
            System.out.printf("   JVM start to main: median %.0f ms; JVM start to result printed: median %.0f ms%n",
                    median(full, "uptimeAtMainMs"), median(full, "uptimeAtEndMs"));
            System.out.printf("   whole child process wall time (spawn to exit): median %.0f ms  %s%n",
                    median(full, "wallMs"), full.get("wallMs"));
            System.out.printf("   RESULT cold N=%d checkMs=%.1f parseLowerMs=%.1f analyzeMs=%.1f processWallMs=%.0f%n",
                    size, median(full, "checkMs"), median(full, "parseLowerMs"), median(full, "analyzeMs"),
                    median(full, "wallMs"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Extra options for the cold child JVMs ({@code --cold-jvm-args "-XX:TieredStopAtLevel=1"}). */
    private static List<String> coldJvmArgs = List.of();

    private static Map<String, Double> child(Path file, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(coldJvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdRun.class.getName(), file.toString(), mode));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
            }
        }
        int exit = process.waitFor();
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || !output.toString().startsWith("cold ")) {
            throw new IllegalStateException("cold run failed (exit " + exit + "):\n" + output);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        Matcher matcher = FIGURE.matcher(output);
        while (matcher.find()) {
            figures.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        figures.put("wallMs", wallMs);
        return figures;
    }

    private static void collect(Map<String, List<Double>> into, Map<String, Double> figures) {
        figures.forEach((key, value) -> into.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
    }

    private static double median(Map<String, List<Double>> figures, String key) {
        return percentile(figures.get(key).stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ------------------------------------------------------------------ helpers

    /** Nearest-rank percentile; 0 is the minimum, 100 the maximum. */
    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (percent <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long compileMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList();
        System.out.printf("dschema check benchmark: Lowering.lowerSchema + Analyzer.analyze%n");
        System.out.printf("java %s (%s %s), %d processors, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024), collectors);
        System.out.printf("JVM arguments: %s; load average now %.1f (other processes share the CPUs)%n",
                ManagementFactory.getRuntimeMXBean().getInputArguments(), loadAverage());
    }

    /** Command line options; every figure in docs/benchmarks.md uses the defaults. */
    private static final class Options {
        List<Integer> sizes = List.of(100, 500, 1000);
        long seed = SEED;
        double warmupSeconds = 8;
        double maxWarmupSeconds = 60;
        int minWarmups = 30;
        double measureSeconds = 10;
        int minIterations = 40;
        int maxIterations = 2000;
        int coldRuns = 5;
        int coldSize = 500;
        List<String> coldJvmArgs = List.of();

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--sizes" -> options.sizes = Arrays.stream(value.split(",")).map(String::trim)
                            .map(Integer::parseInt).toList();
                    case "--seed" -> options.seed = Long.parseLong(value);
                    case "--warmup-seconds" -> options.warmupSeconds = Double.parseDouble(value);
                    case "--measure-seconds" -> options.measureSeconds = Double.parseDouble(value);
                    case "--min-iterations" -> options.minIterations = Integer.parseInt(value);
                    case "--cold-runs" -> options.coldRuns = Integer.parseInt(value);
                    case "--cold-size" -> options.coldSize = Integer.parseInt(value);
                    case "--cold-jvm-args" -> options.coldJvmArgs = Arrays.stream(value.trim().split("\\s+"))
                            .filter(arg -> !arg.isEmpty()).toList();
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --sizes 100,500,1000"
                            + " --seed 42 --warmup-seconds 8 --measure-seconds 10 --min-iterations 40 --cold-runs 5"
                            + " --cold-size 500 --cold-jvm-args \"-XX:TieredStopAtLevel=1\"");
                }
                i++;
            }
            return options;
        }
    }
}
