package io.dschema.model;

/** A name as written where it refers to something (a column in a key list, a referenced table). */
public record NameRef(String name, SourceRange range) {

    public static NameRef of(String name) {
        return new NameRef(name, SourceRange.NONE);
    }

    public boolean is(String other) {
        return Names.same(name, other);
    }
}
