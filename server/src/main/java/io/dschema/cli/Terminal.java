package io.dschema.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * A person at a terminal who can answer a question. Commands that need an answer (confirm data
 * loss, settle a rename) ask it here; without a terminal ({@link Environment#terminal()} is null)
 * they refuse instead, as ARCHITECTURE.md's exit code table says.
 */
interface Terminal {

    /**
     * Asks {@code question} and returns the index of the chosen answer; the first choice is the
     * safe one (no, abort), and the end of input chooses it.
     */
    int choose(String question, List<String> choices);

    /** The console: numbered choices on {@code out}, the number read from {@code in}. */
    static Terminal console(BufferedReader in, PrintWriter out) {
        return (question, choices) -> {
            out.println(question);
            for (int i = 0; i < choices.size(); i++) {
                out.println("  " + (i + 1) + ") " + choices.get(i));
            }
            while (true) {
                out.print("Choose 1-" + choices.size() + " [1]: ");
                out.flush();
                String line;
                try {
                    line = in.readLine();
                } catch (IOException e) {
                    return 0;
                }
                if (line == null || line.isBlank()) {
                    return 0;
                }
                try {
                    int chosen = Integer.parseInt(line.trim());
                    if (chosen >= 1 && chosen <= choices.size()) {
                        return chosen - 1;
                    }
                } catch (NumberFormatException ignored) {
                    // asked again below
                }
                out.println("Type a number from 1 to " + choices.size() + ".");
            }
        };
    }
}
