-- Quoted identifiers of every kind, with embedded quotes, and keywords as names.
CREATE TABLE "double quoted" ("a col" INTEGER PRIMARY KEY, "with ""quotes""" TEXT, "with 'single'" TEXT, "with `backtick`" TEXT, "with [brackets]" TEXT);
CREATE TABLE `backtick quoted` (`a col` INTEGER, `with ``backticks``` TEXT, `with "double"` TEXT, `with 'single'` TEXT);
CREATE TABLE [bracket quoted] ([a col] INTEGER, [with "double"] TEXT, [with `tick`] TEXT, [with 'single'] TEXT, [with [open] TEXT);
CREATE TABLE "order" ("select" TEXT, "from" TEXT, "where" TEXT, [group] TEXT, `index` TEXT, "table" TEXT, "primary" TEXT, "unique" TEXT, "check" TEXT, "foreign" TEXT, "constraint" TEXT, "default" TEXT);
CREATE TABLE unquoted_keywords (key TEXT, action TEXT, no INTEGER, abort INTEGER, fail INTEGER, ignore INTEGER, replace TEXT, rollback TEXT, restrict TEXT, cascade TEXT, temp TEXT, temporary TEXT, virtual TEXT, stored TEXT, always TEXT, generated TEXT, without TEXT, rowid INTEGER, strict INTEGER, conflict TEXT, deferred TEXT, immediate TEXT, initially TEXT, filter TEXT, over TEXT, raise TEXT, if TEXT, by TEXT, renamed TEXT);
CREATE TABLE "Ünïcödé" ("名前" TEXT, "emoji 😀" TEXT, ñame TEXT);
CREATE TABLE mixed ("a" INTEGER, `b` INTEGER, [c] INTEGER, d INTEGER, PRIMARY KEY ("a", `b`), UNIQUE ([c], d), CHECK ("a" + `b` + [c] + d > 0));
CREATE TABLE "quoted types" (a "INTEGER", b 'TEXT', c [REAL], d `BLOB`);
CREATE TABLE dq_strings (a TEXT DEFAULT "abc", b TEXT CHECK (b != ""), c TEXT CHECK (c IN ("x", "y")), d TEXT DEFAULT "it's");
CREATE TABLE "empty""name" ("" TEXT, """" TEXT);
CREATE INDEX "idx ""quoted""" ON "double quoted" ("with ""quotes""", "a col" DESC);
CREATE INDEX `idx backtick` ON `backtick quoted` (`with ``backticks```);
CREATE INDEX [idx bracket] ON [bracket quoted] ([with "double"]);
CREATE INDEX "order_select" ON "order" ("select", [group] COLLATE NOCASE);
CREATE INDEX dq_idx ON dq_strings (a) WHERE a <> "";
