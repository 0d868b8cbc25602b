-- PENDING (grammar bug): SQLite takes a string literal where a table or index name is expected
-- and stores it verbatim (CREATE TABLE 't'(...)), but createTableStatement and
-- createIndexStatement read the name as qualifiedName, which has no STRING alternative
-- (declName has one). Columns with string names already parse.
CREATE TABLE 'single quoted'('a' INTEGER PRIMARY KEY, 'b' TEXT);
CREATE TABLE 't'(a INTEGER);
CREATE INDEX 'single quoted index' ON 'single quoted'('b');
CREATE INDEX 'i' ON t(a);
