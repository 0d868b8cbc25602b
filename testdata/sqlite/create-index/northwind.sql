-- What SQLite stores in sqlite_master for ../originals/northwind.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX "Orders_CustomerID" ON "Orders" ("CustomerID");

CREATE INDEX "Orders_ShippedDate" ON "Orders" ("ShippedDate" DESC);

CREATE INDEX "Products_ProductName" ON "Products" ("ProductName" COLLATE NOCASE);

CREATE INDEX "Order Details_ProductID" ON "Order Details" ("ProductID");

