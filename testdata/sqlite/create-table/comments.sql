-- What SQLite stores in sqlite_master for ../originals/comments.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE c1 ( -- the first table
  id INTEGER PRIMARY KEY, -- the key
  name TEXT NOT NULL -- the name
  -- a comment line between columns
  , note TEXT /* a block comment */ DEFAULT 'x' /* another */
);

CREATE TABLE c2 /* before the parenthesis */ (
  /* at the start */ a INTEGER,
  b /* between name and type */ INTEGER /* between type and constraint */ NOT /* inside NOT NULL */ NULL,
  c INTEGER CHECK (c /* inside an expression */ > -- line comment inside an expression
    0),
  /* a block comment
     over several lines */
  d TEXT
  -- the last line is a comment
);

CREATE TABLE c3(a INT/**/,b INT--
);

CREATE TABLE c4 (a INTEGER, b TEXT);

CREATE TABLE c5 (a TEXT DEFAULT '-- not a comment', b TEXT DEFAULT '/* not a comment */', c TEXT DEFAULT "// not a comment either");

