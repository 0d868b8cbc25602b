-- What SQLite stores in sqlite_master for ../originals/primary-key-autoincrement.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE pk_autoinc (a INTEGER, b TEXT, PRIMARY KEY (a AUTOINCREMENT));

CREATE TABLE pk_autoinc_desc (a INTEGER, PRIMARY KEY (a DESC AUTOINCREMENT));

