package io.dschema.ide;

import io.dschema.analysis.Severity;
import io.dschema.model.Column;
import io.dschema.model.Schema;
import io.dschema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rename hints that a baseline no longer needs (LANGUAGE.md "Renames"): the baseline already has
 * the new name and not the old one, so the hint says nothing to it. A hint is stale only when
 * every baseline at hand agrees; this class looks at one baseline, and the caller decides which
 * ones it has (the language server: the database, and only when the project has no migration
 * folder, whose last snapshot may still need the hint for {@code generate}). Pure.
 */
public final class StaleRenameHints {

    /** The diagnostic code (and the {@code risk} of its data). */
    public static final String CODE = "STALE_RENAME_HINT";

    private StaleRenameHints() {
    }

    /** One hint diagnostic for each stale table or column hint of {@code target} against {@code baseline}. */
    public static List<RiskDiagnostics.Finding> of(Schema baseline, Schema target) {
        List<RiskDiagnostics.Finding> findings = new ArrayList<>();
        if (baseline == null || target == null) {
            return findings;
        }
        for (Table table : target.tables()) {
            Optional<Table> stored = baseline.table(table.name());
            if (table.renamedFrom() != null && !table.renamedFrom().range().isNone() && stored.isPresent()
                    && baseline.table(table.renamedFrom().name()).isEmpty()) {
                findings.add(new RiskDiagnostics.Finding(table.renamedFrom().range(), Severity.HINT, CODE,
                        "table " + table.name() + " is already in the database and " + table.renamedFrom().name()
                                + " is not: the hint \"renamed from " + table.renamedFrom().name() + "\" can go",
                        table.name(), null, -1));
            }
            Optional<Table> storedOrOld = stored.isPresent() || table.renamedFrom() == null ? stored
                    : baseline.table(table.renamedFrom().name());
            if (storedOrOld.isEmpty()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.renamedFrom() == null || column.renamedFrom().range().isNone()) {
                    continue;
                }
                if (storedOrOld.get().hasColumn(column.name()) && !storedOrOld.get().hasColumn(column.renamedFrom().name())) {
                    findings.add(new RiskDiagnostics.Finding(column.renamedFrom().range(), Severity.HINT, CODE,
                            "column " + table.name() + "." + column.name() + " is already in the database and "
                                    + column.renamedFrom().name() + " is not: the hint \"renamed from "
                                    + column.renamedFrom().name() + "\" can go", table.name(), column.name(), -1));
                }
            }
        }
        return findings;
    }
}
