-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'STAFF',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" DATETIME
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "api_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "customers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "username" TEXT,
    "mobileNumber" TEXT,
    "email" TEXT,
    "avatar" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "gender" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isProfileCompleted" BOOLEAN NOT NULL DEFAULT false,
    "lastLogin" DATETIME,
    "hasToken" BOOLEAN NOT NULL DEFAULT false,
    "lastTokenUseAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSyncedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    "contentHash" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "customer_groups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "customer_group_members" (
    "customerId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("groupId", "customerId"),
    CONSTRAINT "customer_group_members_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "customer_group_members_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "customer_groups" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "customer_snapshots" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "syncRunId" INTEGER,
    "capturedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "change" TEXT NOT NULL,
    CONSTRAINT "customer_snapshots_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "customer_snapshots_syncRunId_fkey" FOREIGN KEY ("syncRunId") REFERENCES "sync_runs" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "trigger" TEXT NOT NULL,
    "triggeredById" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "heartbeatAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "upstreamTotal" INTEGER,
    "pagesFetched" INTEGER NOT NULL DEFAULT 0,
    "requestsMade" INTEGER NOT NULL DEFAULT 0,
    "seenCount" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "deletedCount" INTEGER NOT NULL DEFAULT 0,
    "restoredCount" INTEGER NOT NULL DEFAULT 0,
    "invalidCount" INTEGER NOT NULL DEFAULT 0,
    "invalidRows" JSONB,
    "error" TEXT,
    "cursor" TEXT,
    CONSTRAINT "sync_runs_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sync_leases" (
    "source" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "runId" INTEGER,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_events_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_keyHash_key" ON "api_tokens"("keyHash");

-- CreateIndex
CREATE INDEX "api_tokens_userId_createdAt_idx" ON "api_tokens"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "customers_deletedAt_id_idx" ON "customers"("deletedAt", "id");

-- CreateIndex
CREATE INDEX "customers_username_id_idx" ON "customers"("username", "id");

-- CreateIndex
CREATE INDEX "customers_email_id_idx" ON "customers"("email", "id");

-- CreateIndex
CREATE INDEX "customers_gender_id_idx" ON "customers"("gender", "id");

-- CreateIndex
CREATE INDEX "customers_lastLogin_id_idx" ON "customers"("lastLogin", "id");

-- CreateIndex
CREATE INDEX "customers_createdAt_id_idx" ON "customers"("createdAt", "id");

-- CreateIndex
CREATE INDEX "customers_updatedAt_id_idx" ON "customers"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "customers_mobileNumber_idx" ON "customers"("mobileNumber");

-- CreateIndex
CREATE INDEX "customers_avatar_idx" ON "customers"("avatar");

-- CreateIndex
CREATE INDEX "customers_firstName_idx" ON "customers"("firstName");

-- CreateIndex
CREATE INDEX "customers_lastName_idx" ON "customers"("lastName");

-- CreateIndex
CREATE INDEX "customers_isActive_idx" ON "customers"("isActive");

-- CreateIndex
CREATE INDEX "customers_isProfileCompleted_idx" ON "customers"("isProfileCompleted");

-- CreateIndex
CREATE INDEX "customers_hasToken_idx" ON "customers"("hasToken");

-- CreateIndex
CREATE INDEX "customers_lastTokenUseAt_idx" ON "customers"("lastTokenUseAt");

-- CreateIndex
CREATE UNIQUE INDEX "customers_source_upstreamId_key" ON "customers"("source", "upstreamId");

-- CreateIndex
CREATE UNIQUE INDEX "customer_groups_name_key" ON "customer_groups"("name");

-- CreateIndex
CREATE INDEX "customer_group_members_customerId_idx" ON "customer_group_members"("customerId");

-- CreateIndex
CREATE INDEX "customer_snapshots_customerId_capturedAt_idx" ON "customer_snapshots"("customerId", "capturedAt");

-- CreateIndex
CREATE INDEX "customer_snapshots_syncRunId_idx" ON "customer_snapshots"("syncRunId");

-- CreateIndex
CREATE INDEX "sync_runs_source_startedAt_idx" ON "sync_runs"("source", "startedAt");

-- CreateIndex
CREATE INDEX "sync_runs_status_idx" ON "sync_runs"("status");

-- CreateIndex
CREATE INDEX "audit_events_createdAt_idx" ON "audit_events"("createdAt");

-- CreateIndex
CREATE INDEX "audit_events_actorId_createdAt_idx" ON "audit_events"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_events_action_targetId_createdAt_idx" ON "audit_events"("action", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "audit_events_action_ip_createdAt_idx" ON "audit_events"("action", "ip", "createdAt");

-- Hand-written: substring search index. FTS5's trigram tokenizer over "searchText" (an external
-- content table, so the text is stored once), kept in step with "customers" by triggers.
-- A later migration that redefines "customers" drops these triggers: it must create them again.
CREATE VIRTUAL TABLE "customer_search" USING fts5("searchText", content='customers', content_rowid='id', tokenize='trigram');

CREATE TRIGGER "customers_search_insert" AFTER INSERT ON "customers" BEGIN
  INSERT INTO "customer_search"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "customers_search_delete" AFTER DELETE ON "customers" BEGIN
  INSERT INTO "customer_search"("customer_search", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "customers_search_update" AFTER UPDATE OF "searchText" ON "customers" BEGIN
  INSERT INTO "customer_search"("customer_search", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
  INSERT INTO "customer_search"(rowid, "searchText") VALUES (new."id", new."searchText");
END;
