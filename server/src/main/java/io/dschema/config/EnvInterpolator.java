package io.dschema.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} in a string value from the environment, which is passed in (never read
 * from {@link System#getenv()} here) so tests and the editor decide what it holds. Only the braced
 * form is expanded, so a lone {@code $} (say in a password-free path) stays as written. Messages
 * name the variable, never its value: the value may be a token.
 */
final class EnvInterpolator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The outcome: the expanded text, or the problem and whether it is only a missing variable. */
    record Expanded(String text, String error, boolean missing) {
        boolean ok() {
            return error == null;
        }
    }

    private final Map<String, String> env;

    EnvInterpolator(Map<String, String> env) {
        this.env = env;
    }

    static boolean hasReference(String value) {
        return value.contains("${");
    }

    Expanded expand(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int end = value.indexOf('}', start + 2);
            if (end < 0) {
                return new Expanded(null, "\"${\" is not closed; write ${NAME} with a closing }", false);
            }
            String name = value.substring(start + 2, end);
            if (!NAME.matcher(name).matches()) {
                return new Expanded(null, "${" + name + "} is not a variable name; use letters, digits and _,"
                        + " not starting with a digit, e.g. ${TURSO_AUTH_TOKEN}", false);
            }
            String replacement = env.get(name);
            if (replacement == null) {
                return new Expanded(null, "the environment variable " + name + " is not set; set it before"
                        + " running dschema (for the editor: before starting it), or change the value", true);
            }
            out.append(replacement);
            i = end + 1;
        }
        return new Expanded(out.toString(), null, false);
    }
}
