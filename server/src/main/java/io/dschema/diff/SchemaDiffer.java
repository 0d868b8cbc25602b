package io.dschema.diff;

import io.dschema.model.Column;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The differ: a baseline (a database as inspected, or a lowered schema) against a target (lowered
 * from .dschema files, with its rename hints). Pure and deterministic: no I/O, and the same inputs
 * give an equal result.
 *
 * <p>Objects compare by meaning, as SQLite sees it (the {@code Canonical*} classes say exactly how):
 * names by {@link io.dschema.model.Names#same} (a change of identifier case alone is no change),
 * types ignoring case and spacing, defaults by the value SQLite would store under the column's
 * affinity, expressions by a canonical text printed from their trees, NULL in keys as SQLite has
 * it, no collation = {@code binary}, no order = {@code asc}, foreign keys by their columns, target
 * and actions, checks by name and expression, indexes by name and then by definition (a column
 * {@code unique}, a table {@code unique (..)}, SQLite's inline UNIQUE and a {@code CREATE UNIQUE
 * INDEX} of that name and parts are the same index). Views and triggers are not diffed.
 *
 * <p>Tables are paired by name, then by {@code renamed from} hints, then by {@link RenameAnswers};
 * columns within each kept table the same way. A hint that cannot be carried out (the baseline has
 * both names) is a hint problem; a hint whose old name is gone while the new one is there is used
 * up (no change). Where something was dropped and something added with no hint or answer, each such
 * added table (or column, per table) gets an open {@link RenameQuestion}; while it is open the
 * changes drop the one and create the other. Canonical forms of the baseline are printed through
 * the renames, so indexes, keys, checks and foreign keys that only follow a rename (SQLite rewrites
 * them on RENAME) are unchanged; a derived unique index name ({@code <table>_<col>_unique}) does
 * not follow: it is dropped and created under its new name.
 *
 * <p>The order of {@link DiffResult#changes()}:
 * <ol>
 *   <li>{@link SchemaChange.RenameTable}, in target order;</li>
 *   <li>{@link SchemaChange.DropTable}, in baseline order;</li>
 *   <li>{@link SchemaChange.CreateTable}, in target order (each carries its own indexes, keys and
 *       checks: no separate changes for them);</li>
 *   <li>then for each kept table, in target order: {@link SchemaChange.RenameColumn}s (target column
 *       order), {@link SchemaChange.ChangeTableOptions}, {@link SchemaChange.ChangePrimaryKey},
 *       {@link SchemaChange.DropColumn}s (baseline order), {@link SchemaChange.AddColumn}s,
 *       {@link SchemaChange.AlterColumn}s (target order), {@link SchemaChange.DropForeignKey}s
 *       (baseline order), {@link SchemaChange.AddForeignKey}s (target order),
 *       {@link SchemaChange.DropCheck}s, {@link SchemaChange.AddCheck}s,
 *       {@link SchemaChange.DropIndex}es (baseline order), {@link SchemaChange.CreateIndex}es
 *       (target order).</li>
 * </ol>
 * Questions and hint problems come tables first, then per kept table in target order.
 */
public final class SchemaDiffer {

    private SchemaDiffer() {
    }

    public static DiffResult diff(Schema before, Schema after, RenameAnswers answers) {
        Schema baseline = before == null ? Schema.ofTables(List.of()) : before;
        Schema target = after == null ? Schema.ofTables(List.of()) : after;
        RenameAnswers given = answers == null ? RenameAnswers.NONE : answers;

        List<Table> beforeTables = baseline.tables();
        List<Table> afterTables = target.tables();
        RenameMatcher.Outcome tables = RenameMatcher.match(RenameQuestion.Kind.TABLE, null,
                beforeTables.stream().map(Table::name).toList(),
                afterTables.stream().map(t -> new RenameMatcher.Target(t.name(), hint(t.renamedFrom()))).toList(),
                given);
        List<RenameQuestion> questions = new ArrayList<>(tables.questions());
        List<String> problems = new ArrayList<>(tables.problems());

        // Every rename first, so that canonical forms can follow renames across tables (foreign keys).
        Renames renames = new Renames();
        List<RenameMatcher.Outcome> columnOutcomes = new ArrayList<>();
        for (RenameMatcher.Pair pair : tables.pairs()) {
            Table old = beforeTables.get(pair.before());
            Table now = afterTables.get(pair.after());
            if (pair.renamed()) {
                renames.renameTable(old.name(), now.name());
            }
            RenameMatcher.Outcome columns = RenameMatcher.match(RenameQuestion.Kind.COLUMN, now.name(),
                    old.columns().stream().map(Column::name).toList(),
                    now.columns().stream().map(c -> new RenameMatcher.Target(c.name(), hint(c.renamedFrom()))).toList(),
                    given);
            for (RenameMatcher.Pair columnPair : columns.pairs()) {
                if (columnPair.renamed()) {
                    renames.renameColumn(old.name(), old.columns().get(columnPair.before()).name(),
                            now.columns().get(columnPair.after()).name());
                }
            }
            columnOutcomes.add(columns);
        }

        List<SchemaChange> changes = new ArrayList<>();
        for (RenameMatcher.Pair pair : tables.pairs()) {
            if (pair.renamed()) {
                changes.add(new SchemaChange.RenameTable(beforeTables.get(pair.before()).name(),
                        afterTables.get(pair.after()).name()));
            }
        }
        for (int b : tables.dropped()) {
            changes.add(new SchemaChange.DropTable(beforeTables.get(b)));
        }
        for (int a : tables.created()) {
            changes.add(new SchemaChange.CreateTable(afterTables.get(a)));
        }
        // Kept tables are compared on every core: each comparison only reads (the renames are all
        // known by now), and the results are joined in target order, so the outcome is the same.
        List<List<SchemaChange>> perTable = java.util.stream.IntStream.range(0, tables.pairs().size()).parallel()
                .mapToObj(i -> new TableDiffer(beforeTables.get(tables.pairs().get(i).before()),
                        afterTables.get(tables.pairs().get(i).after()), baseline, target, renames, columnOutcomes.get(i)).changes())
                .toList();
        for (int i = 0; i < tables.pairs().size(); i++) {
            questions.addAll(columnOutcomes.get(i).questions());
            problems.addAll(columnOutcomes.get(i).problems());
            changes.addAll(perTable.get(i));
        }
        return new DiffResult(baseline, target, changes, questions, problems);
    }

    private static String hint(io.dschema.model.NameRef renamedFrom) {
        return renamedFrom == null || renamedFrom.name() == null || renamedFrom.name().isEmpty() ? null : renamedFrom.name();
    }
}
