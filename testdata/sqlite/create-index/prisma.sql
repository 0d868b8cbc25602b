-- What SQLite stores in sqlite_master for ../originals/prisma.sql.
-- Written by SqliteCorpusTest with -Ddschema.update=true; do not edit.

CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");

CREATE INDEX "Post_authorId_published_idx" ON "Post"("authorId", "published");

CREATE UNIQUE INDEX "_CategoryToPost_AB_unique" ON "_CategoryToPost"("A", "B");

CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost"("B");

CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

