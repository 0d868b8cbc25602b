-- What SQLite stores in sqlite_master for ../originals/spelling-and-spacing.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE TABLE lower_case(id integer primary key autoincrement, name text not null unique, ref integer references lower_case(id) on delete cascade);

CREATE TABLE UPPER_CASE(ID INTEGER PRIMARY KEY AUTOINCREMENT, NAME TEXT NOT NULL UNIQUE, REF INTEGER REFERENCES UPPER_CASE(ID) ON DELETE CASCADE);

CREATE TABLE Mixed_Case(Id Integer Primary Key AutoIncrement, Name Text Not Null Unique, Ref Integer References Mixed_Case(Id) On Delete Cascade);

CREATE TABLE weird_case(iD InTeGeR pRiMaRy KeY, nAmE tExT nOt NuLl DeFaUlT 'x' CoLlAtE nOcAsE, cHeCk (LeNgTh(nAmE) > 0));

CREATE TABLE spaced   (
      a     integer      not    null    ,
      b
         text
         default
         'x'
   ,  c  real   );

CREATE TABLE tabs	(	a	INTEGER	PRIMARY	KEY	,	b	TEXT	NOT	NULL	);

CREATE TABLE packed(a INTEGER PRIMARY KEY,b TEXT NOT NULL DEFAULT'x',c REAL DEFAULT-1,d CHECK(d>0)REFERENCES packed(a))WITHOUT ROWID;

CREATE TABLE newlines
(
a
INTEGER
PRIMARY
KEY
,
b
TEXT
);

CREATE TABLE crlf (a integer,
  b text);

CREATE TABLE crlf_lines (
  a integer primary key,
  b text not null
);

