-- PENDING (grammar bug): SQLite accepts AUTOINCREMENT inside a table-level PRIMARY KEY on one
-- INTEGER column (its grammar: PRIMARY KEY LP sortlist autoinc RP); primaryKeyMember does not.
CREATE TABLE pk_autoinc (a INTEGER, b TEXT, PRIMARY KEY (a AUTOINCREMENT));
CREATE TABLE pk_autoinc_desc (a INTEGER, PRIMARY KEY (a DESC AUTOINCREMENT));
