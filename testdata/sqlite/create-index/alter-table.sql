-- What SQLite stores in sqlite_master for ../originals/alter-table.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX a2_old ON "a2_renamed" (new_name) WHERE new_name IS NOT NULL;

