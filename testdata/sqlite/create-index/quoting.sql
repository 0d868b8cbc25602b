-- What SQLite stores in sqlite_master for ../originals/quoting.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX "idx ""quoted""" ON "double quoted" ("with ""quotes""", "a col" DESC);

CREATE INDEX `idx backtick` ON `backtick quoted` (`with ``backticks```);

CREATE INDEX [idx bracket] ON [bracket quoted] ([with "double"]);

CREATE INDEX "order_select" ON "order" ("select", [group] COLLATE NOCASE);

CREATE INDEX dq_idx ON dq_strings (a) WHERE a <> "";

