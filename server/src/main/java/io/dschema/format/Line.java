package io.dschema.format;

/** One output line: its indentation in spaces and its text (empty for a blank line). */
record Line(int indent, String code) {

    static final Line BLANK = new Line(0, "");

    boolean isBlank() {
        return code.isEmpty();
    }
}
