-- What SQLite stores in sqlite_master for ../originals/indexes.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, email TEXT, price REAL, qty INTEGER, deleted INTEGER DEFAULT 0, data TEXT, created TEXT);

