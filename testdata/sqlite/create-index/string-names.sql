-- What SQLite stores in sqlite_master for ../originals/string-names.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX 'single quoted index' ON 'single quoted'('b');

CREATE INDEX 'i' ON t(a);

