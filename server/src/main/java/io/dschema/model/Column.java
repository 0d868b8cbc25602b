package io.dschema.model;

/**
 * A column. Its key, uniqueness, references and checks live on its {@link Table}.
 *
 * @param type the declared type as written, words joined by one space, or null when there is none
 * @param nullability what was written: {@code not null}, {@code null}, or nothing
 * @param defaultValue null when there is none
 * @param collation null when none was written
 * @param generated null unless the column is generated
 */
public record Column(
        String name,
        String type,
        Nullability nullability,
        DefaultValue defaultValue,
        String collation,
        Generated generated,
        NameRef renamedFrom,
        String doc,
        SourceRange range,
        SourceRange nameRange,
        SourceRange typeRange) {

    public enum Nullability { UNSPECIFIED, NOT_NULL, NULL }

    public boolean notNull() {
        return nullability == Nullability.NOT_NULL;
    }
}
