package io.dschema.format;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatting properties on every .dschema file of the shared test data (whoever added it), and
 * on prefixes of those files and the files with one line removed: broken and unusual text that no
 * golden case thinks of. The default run samples a few of those per file (parsing broken text is
 * the slow part); the {@code slow} group tries every prefix and every line.
 */
class FormatPropertiesTest {

    private static final int SAMPLED_PREFIXES = 8;
    private static final int SAMPLED_LINE_DELETIONS = 4;

    @TestFactory
    Stream<DynamicTest> everyTestdataFile() {
        Path root = TestData.root();
        return TestData.schemaFiles(root).stream().map(path -> DynamicTest.dynamicTest(
                root.relativize(path).toString(),
                () -> FormatProperties.check(path.toString(), TestData.read(path))));
    }

    @TestFactory
    Stream<DynamicTest> sampledVariants() {
        return variants(SAMPLED_PREFIXES, SAMPLED_LINE_DELETIONS);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> everyVariant() {
        return variants(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private static Stream<DynamicTest> variants(int prefixes, int lineDeletions) {
        Path root = TestData.root();
        return TestData.schemaFiles(root).stream().map(path -> DynamicTest.dynamicTest(
                root.relativize(path).toString(), () -> {
                    String text = TestData.read(path);
                    for (int cut : spread(text.length(), prefixes)) {
                        FormatProperties.check(path + " cut at " + cut, text.substring(0, cut));
                    }
                    List<String> lines = text.lines().toList();
                    for (int skip : spread(lines.size(), lineDeletions)) {
                        FormatProperties.check(path + " without line " + (skip + 1), without(lines, skip));
                    }
                }));
    }

    /** Up to {@code count} positions in {@code [0, size)}, evenly spread, deterministic. */
    private static List<Integer> spread(int size, int count) {
        int step = Math.max(1, (int) Math.ceil(size / (double) Math.min(count, Math.max(size, 1))));
        return Stream.iterate(0, i -> i < size, i -> i + step).toList();
    }

    private static String without(List<String> lines, int skip) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i != skip) {
                text.append(lines.get(i)).append('\n');
            }
        }
        return text.toString();
    }
}
