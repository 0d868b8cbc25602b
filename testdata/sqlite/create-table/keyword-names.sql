-- What SQLite stores in sqlite_master for ../originals/keyword-names.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE products (id INTEGER PRIMARY KEY, desc TEXT, asc INTEGER);

CREATE TABLE events (id INTEGER PRIMARY KEY, start INTEGER, end INTEGER, CHECK (end >= start));

CREATE TABLE games (id INTEGER PRIMARY KEY, match TEXT, cast TEXT);

CREATE TABLE patterns (like TEXT, glob TEXT, regexp TEXT);

CREATE TABLE clock (current_time TEXT, current_date TEXT, current_timestamp TEXT);

CREATE TABLE flags (true INTEGER, false INTEGER);

