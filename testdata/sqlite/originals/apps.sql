-- Tables as other tools and applications write them.
-- sqlite-utils (Datasette) style: quoted names, bracketed types, FTS-free.
CREATE TABLE [dogs] (
   [id] INTEGER PRIMARY KEY,
   [name] TEXT,
   [age] INTEGER,
   [owner_id] INTEGER REFERENCES [owners]([id])
);
CREATE TABLE "owners" (
   [id] INTEGER PRIMARY KEY,
   [name] TEXT
, [tags] TEXT);
CREATE INDEX [idx_dogs_owner_id]
    ON [dogs] ([owner_id]);
-- Knex / TypeORM style.
CREATE TABLE `knex_migrations` (`id` integer not null primary key autoincrement, `name` varchar(255), `batch` integer, `migration_time` datetime);
CREATE TABLE "typeorm_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "firstName" varchar NOT NULL, "isActive" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("firstName"), CONSTRAINT "CHK_1" CHECK ("version" > 0));
CREATE INDEX "IDX_78a916df40e02a9deb1c4b75ed" ON "typeorm_user" ("firstName") ;
-- SQLAlchemy / Alembic style.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	status VARCHAR(8) DEFAULT 'active' NOT NULL, 
	is_admin BOOLEAN DEFAULT 0 NOT NULL, 
	created_at DATETIME DEFAULT (CURRENT_TIMESTAMP), 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	CONSTRAINT status_enum CHECK (status IN ('active', 'disabled'))
);
CREATE INDEX ix_account_status ON account (status);
-- GORM style.
CREATE TABLE `gorm_products` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`code` text,`price` integer,CONSTRAINT `fk_gorm_products_owner` FOREIGN KEY (`price`) REFERENCES `owners`(`id`));
CREATE INDEX `idx_gorm_products_deleted_at` ON `gorm_products`(`deleted_at`);
-- Entity Framework Core style.
CREATE TABLE "Blogs" (
    "BlogId" INTEGER NOT NULL CONSTRAINT "PK_Blogs" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "Rating" decimal(18,2) NULL
);
CREATE TABLE "Posts" (
    "PostId" INTEGER NOT NULL CONSTRAINT "PK_Posts" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NULL,
    "BlogId" INTEGER NOT NULL,
    CONSTRAINT "FK_Posts_Blogs_BlogId" FOREIGN KEY ("BlogId") REFERENCES "Blogs" ("BlogId") ON DELETE CASCADE
);
CREATE INDEX "IX_Posts_BlogId" ON "Posts" ("BlogId");
-- Android Room style.
CREATE TABLE IF NOT EXISTS `room_master_table` (id INTEGER PRIMARY KEY,identity_hash TEXT);
CREATE TABLE IF NOT EXISTS `Word` (`word` TEXT NOT NULL, `count` INTEGER NOT NULL DEFAULT 0, `lastSeen` INTEGER, PRIMARY KEY(`word`));
CREATE UNIQUE INDEX IF NOT EXISTS `index_Word_lastSeen` ON `Word` (`lastSeen`);
