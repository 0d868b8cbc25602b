package io.dschema.migrate;

import org.junit.jupiter.api.Test;

/**
 * Not a check: prints the pairs of {@code -Ddschema.print=seed,seed} (schemas, rows, view and
 * trigger) to replay a failing seed of RandomPushTest by hand. Does nothing without the property.
 */
class PrintPair {
    @Test
    void print() {
        for (String seed : System.getProperty("dschema.print", "").split(",")) {
            if (seed.isBlank()) continue;
            RandomPairs.Pair p = RandomPairs.pair(Long.parseLong(seed.trim()));
            System.out.println("== seed " + seed + " " + p.mutations() + "\n-- A --\n" + p.beforeText() + "-- rows --\n"
                    + String.join(";\n", p.rows()) + "\n-- extras --\n" + String.join("\n", p.extras()) + "\n-- B --\n" + p.afterText());
        }
    }
}
