-- What SQLite stores in sqlite_master for ../originals/apps.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE INDEX [idx_dogs_owner_id]
    ON [dogs] ([owner_id]);

CREATE INDEX "IDX_78a916df40e02a9deb1c4b75ed" ON "typeorm_user" ("firstName");

CREATE INDEX ix_account_status ON account (status);

CREATE INDEX `idx_gorm_products_deleted_at` ON `gorm_products`(`deleted_at`);

CREATE INDEX "IX_Posts_BlogId" ON "Posts" ("BlogId");

CREATE UNIQUE INDEX `index_Word_lastSeen` ON `Word` (`lastSeen`);

