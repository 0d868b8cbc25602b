package io.dschema.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dschema.analysis.Diagnostic;
import io.dschema.analysis.SchemaFixture;
import io.dschema.lower.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DS1xxx rules over a schema split into files: one namespace, references across files. */
class NameRulesAcrossFilesTest {

    private static List<String> names(List<SourceFile> files) {
        return SchemaFixture.diagnostics(files).stream()
                .filter(d -> d.code().id().startsWith("DS1"))
                .map(Diagnostic::format)
                .toList();
    }

    @Test
    void referencesAndNamesMeetAcrossFiles() {
        List<SourceFile> files = List.of(
                new SourceFile("users.dschema", """
                        table users {
                          id      integer primary key
                          email   text unique
                          team_id integer references teams(idd)
                          team    text references teams(name)
                        }
                        """),
                new SourceFile("teams.dschema", """
                        table teams {
                          id    integer primary key
                          name  text
                          owner text references users(email)
                          index users_email_unique on (name)
                        }
                        """));
        // Sorted by file, then position, as every command prints them.
        assertEquals(List.of(
                "teams.dschema:5:9: error[DS1003]: index users_email_unique of table teams has the same name as unique index "
                        + "users_email_unique (derived from the unique column users.email) at users.dschema:3:16: rename this one",
                "users.dschema:4:36: error[DS1011]: table teams has no column idd (named in a foreign key of table users): "
                        + "did you mean id?",
                "users.dschema:5:27: error[DS1013]: foreign key (team) of table users references teams(name), which is "
                        + "neither the primary key of teams nor unique: add 'unique (name)' to table teams, or reference its "
                        + "primary key (SQLite: foreign key mismatch)"),
                names(files));
    }

    @Test
    void theLanguageReferenceExampleSplitOverTwoFilesIsValid() {
        List<SourceFile> files = List.of(
                new SourceFile("users.dschema", """
                        /// People who can sign in.
                        table users {
                          id         integer primary key autoincrement
                          name       text    not null
                          email      text    not null unique collate nocase
                          age        integer check (age >= 0)
                          bio        text    default 'hello'
                          created_at integer not null default (unixepoch())
                          team_id    integer references teams(id) on delete cascade
                          position   integer not null default 0 renamed from pos

                          index name_index on (name)
                          unique index users_email_lower on (lower(email)) where email is not null
                          check age_sane (age < 200)
                        }
                        """),
                new SourceFile("teams.dschema", """
                        table teams strict {
                          id   integer primary key
                          name text not null
                        }

                        table memberships without rowid {
                          user_id integer not null
                          team_id integer not null
                          role    text    not null default 'member'
                          primary key (user_id, team_id)
                          foreign key (user_id) references users(id) on delete cascade
                          foreign key (team_id) references teams(id)
                            on delete cascade
                        }
                        """));
        assertEquals(List.of(), names(files));
    }

    @Test
    void aLargeValidSchemaHasNoNameDiagnostics() {
        // 200 tables of 20 columns, each with a key, a unique, an index, checks, a generated column and two foreign
        // keys (a correctness check on size; speed is measured apart, never timed in tests).
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < 200; t++) {
            text.append("table t").append(t).append(" {\n  id integer primary key\n  code text not null unique\n");
            for (int c = 0; c < 15; c++) {
                text.append("  c").append(c).append(" integer check (c").append(c).append(" >= 0)\n");
            }
            text.append("  parent integer references t").append(Math.max(0, t - 1)).append("\n");
            text.append("  parent_code text references t").append(t / 2).append("(code)\n");
            text.append("  total integer as (c0 + c1 + c14)\n");
            text.append("  index t").append(t).append("_by_c3 on (c3, lower(code)) where c4 > 0\n");
            text.append("  check sane (c0 < c1 and t").append(t).append(".c2 > 0)\n}\n");
        }
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile("big.dschema", text.toString()));
        assertEquals(List.of(), names(files));
    }
}
