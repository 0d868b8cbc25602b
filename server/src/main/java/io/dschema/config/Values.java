package io.dschema.config;

/** Small helpers for quoting user values in messages, kept in one place so every message agrees. */
final class Values {

    private static final int MAX_SHOWN = 60;

    private Values() {
    }

    /** {@code "text"}, shortened when long and with control characters escaped, so a message stays one readable line. */
    static String quote(String text) {
        String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
