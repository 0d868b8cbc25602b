-- What SQLite stores in sqlite_master for ../originals/generated.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX gen_c ON gen (c);

CREATE INDEX gen_json_name ON gen_json (name) WHERE name IS NOT NULL;

