-- Keyword spellings (upper, lower, mixed) and odd spacing, tabs and newlines.
create table lower_case(id integer primary key autoincrement, name text not null unique, ref integer references lower_case(id) on delete cascade);
CREATE TABLE UPPER_CASE(ID INTEGER PRIMARY KEY AUTOINCREMENT, NAME TEXT NOT NULL UNIQUE, REF INTEGER REFERENCES UPPER_CASE(ID) ON DELETE CASCADE);
Create Table Mixed_Case(Id Integer Primary Key AutoIncrement, Name Text Not Null Unique, Ref Integer References Mixed_Case(Id) On Delete Cascade);
cReAtE tAbLe weird_case(iD InTeGeR pRiMaRy KeY, nAmE tExT nOt NuLl DeFaUlT 'x' CoLlAtE nOcAsE, cHeCk (LeNgTh(nAmE) > 0));
create    table
  spaced   (
      a     integer      not    null    ,
      b
         text
         default
         'x'
   ,  c  real   )  ;
CREATE	TABLE	tabs	(	a	INTEGER	PRIMARY	KEY	,	b	TEXT	NOT	NULL	)	;
CREATE TABLE packed(a INTEGER PRIMARY KEY,b TEXT NOT NULL DEFAULT'x',c REAL DEFAULT-1,d CHECK(d>0)REFERENCES packed(a))WITHOUT ROWID;
CREATE TABLE
newlines
(
a
INTEGER
PRIMARY
KEY
,
b
TEXT
)
;
create table crlf (a integer,
  b text);
create index lower_idx on lower_case(name);
CREATE INDEX UPPER_IDX ON UPPER_CASE(NAME DESC);
Create Unique Index Mixed_Idx On Mixed_Case(Name Collate NoCase Asc) Where Ref Is Not Null;
create    unique    index
   spaced_idx   on   spaced  (  a  ,  b  desc  )   where   a   >   0  ;
create table crlf_lines (
  a integer primary key,
  b text not null
);
create index crlf_idx on crlf_lines (
  b
);
