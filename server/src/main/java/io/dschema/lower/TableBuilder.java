package io.dschema.lower;

import io.dschema.model.Check;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.Index;
import io.dschema.model.NameRef;
import io.dschema.model.PrimaryKey;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Collects a table's parts while its members are lowered, in source order. */
final class TableBuilder {

    String name = "";
    boolean strict;
    boolean withoutRowid;
    NameRef renamedFrom;
    String doc;
    SourceRange range = SourceRange.NONE;
    SourceRange nameRange = SourceRange.NONE;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();

    Table build() {
        return new Table(name, strict, withoutRowid, renamedFrom, columns, primaryKey, indexes, foreignKeys,
                checks, doc, range, nameRange);
    }
}
