-- Hand-written: indexes for GET /api/customers orderings (lib/customers/build-customer-order.ts).
-- Empty values (NULL, or '' for text) sort last in both directions, so each optional field is
-- ordered by "is empty" first, then by its value, then by id in the same direction as the value.
-- The expressions here must stay exactly those of the ORDER BY, or the planner cannot use them.
-- deletedAt rides along so the usual "not deleted" check needs no table lookup on deep pages.
-- Text sorts in the "C" collation (Unicode code point order, as SQLite's BINARY does). The
-- column itself is INCLUDEd: PostgreSQL plans an index-only scan only when every column the
-- query names is in the index, and it does not look inside the expressions.

CREATE INDEX "customers_username_sort_asc_idx" ON "customers" ((nullif("username", '') IS NULL), (nullif("username", '') COLLATE "C"), "id") INCLUDE ("username", "deletedAt");
CREATE INDEX "customers_username_sort_desc_idx" ON "customers" ((nullif("username", '') IS NULL), (nullif("username", '') COLLATE "C") DESC, "id" DESC) INCLUDE ("username", "deletedAt");

CREATE INDEX "customers_email_sort_asc_idx" ON "customers" ((nullif("email", '') IS NULL), (nullif("email", '') COLLATE "C"), "id") INCLUDE ("email", "deletedAt");
CREATE INDEX "customers_email_sort_desc_idx" ON "customers" ((nullif("email", '') IS NULL), (nullif("email", '') COLLATE "C") DESC, "id" DESC) INCLUDE ("email", "deletedAt");

CREATE INDEX "customers_gender_sort_asc_idx" ON "customers" ((nullif("gender", '') IS NULL), (nullif("gender", '') COLLATE "C"), "id") INCLUDE ("gender", "deletedAt");
CREATE INDEX "customers_gender_sort_desc_idx" ON "customers" ((nullif("gender", '') IS NULL), (nullif("gender", '') COLLATE "C") DESC, "id" DESC) INCLUDE ("gender", "deletedAt");

CREATE INDEX "customers_lastLogin_sort_asc_idx" ON "customers" (("lastLogin" IS NULL), "lastLogin", "id") INCLUDE ("deletedAt");
CREATE INDEX "customers_lastLogin_sort_desc_idx" ON "customers" (("lastLogin" IS NULL), "lastLogin" DESC, "id" DESC) INCLUDE ("deletedAt");

-- The default order (id) of the customers that are not deleted. PostgreSQL does not treat
-- "deletedAt" IS NULL as an equality, so ("deletedAt", "id") cannot give id order, this
-- partial index can (SQLite uses ("deletedAt", "id") for the same).
CREATE INDEX "customers_live_id_idx" ON "customers" ("id") WHERE "deletedAt" IS NULL;
