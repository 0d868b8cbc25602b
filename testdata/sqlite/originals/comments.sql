-- Comments inside statements, which SQLite keeps in sqlite_master.
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
CREATE TABLE c4 (a INTEGER, b TEXT) /* after the closing parenthesis */ ;
CREATE TABLE c5 (a TEXT DEFAULT '-- not a comment', b TEXT DEFAULT '/* not a comment */', c TEXT DEFAULT "// not a comment either");
CREATE INDEX c1_name /* index comment */ ON c1 ( -- comment in the column list
  name /* after name */ COLLATE NOCASE -- and a line comment
);
CREATE INDEX c2_partial ON c2 (a) WHERE /* comment in where */ a > 0 -- trailing
  AND b < 10;
