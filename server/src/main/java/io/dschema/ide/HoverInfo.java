package io.dschema.ide;

import io.dschema.model.SourceRange;

/**
 * What hover shows: Markdown, and the range of the word or object it is about (the editor
 * highlights it).
 */
public record HoverInfo(String markdown, SourceRange range) {
}
