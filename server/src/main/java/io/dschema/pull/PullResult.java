package io.dschema.pull;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.Severity;
import io.dschema.model.Schema;
import java.util.List;

/**
 * What {@link Pull} read and wrote.
 *
 * @param inspected the database as the Inspector read it (tablesFilter applied)
 * @param text the formatted .dschema text; meaningful only when {@code problems} is empty
 * @param problems why the database cannot be written as a schema, each naming the object (tables the
 *                 Inspector could not read, clauses a schema cannot say); pull writes nothing then
 * @param warnings what the text leaves out that changes nothing SQLite does (a constraint name, MATCH)
 * @param findings what {@code dschema check} reports on the pulled text (the database's own
 *                 oddities, e.g. a foreign key to a table that does not exist)
 */
public record PullResult(Schema inspected, String text, List<String> problems, List<String> warnings,
                         List<Diagnostic> findings) {

    public PullResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long errorFindings() {
        return findings.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
