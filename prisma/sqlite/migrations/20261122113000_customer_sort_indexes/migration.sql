-- Hand-written: indexes for GET /api/customers orderings (lib/customers/build-customer-order.ts).
-- Empty values (NULL, or '' for text) sort last in both directions, so each optional field is
-- ordered by "is empty" first, then by its value, then by id in the same direction as the value.
-- The expressions here must stay exactly those of the ORDER BY, or the planner cannot use them.
-- deletedAt rides along so the usual "not deleted" check needs no table lookup on deep pages.
-- A later migration that redefines "customers" drops these indexes: it must create them again.

CREATE INDEX "customers_username_sort_asc_idx" ON "customers" ((nullif("username", '') IS NULL), nullif("username", ''), "id", "deletedAt");
CREATE INDEX "customers_username_sort_desc_idx" ON "customers" ((nullif("username", '') IS NULL), nullif("username", '') DESC, "id" DESC, "deletedAt");

CREATE INDEX "customers_email_sort_asc_idx" ON "customers" ((nullif("email", '') IS NULL), nullif("email", ''), "id", "deletedAt");
CREATE INDEX "customers_email_sort_desc_idx" ON "customers" ((nullif("email", '') IS NULL), nullif("email", '') DESC, "id" DESC, "deletedAt");

CREATE INDEX "customers_gender_sort_asc_idx" ON "customers" ((nullif("gender", '') IS NULL), nullif("gender", ''), "id", "deletedAt");
CREATE INDEX "customers_gender_sort_desc_idx" ON "customers" ((nullif("gender", '') IS NULL), nullif("gender", '') DESC, "id" DESC, "deletedAt");

CREATE INDEX "customers_lastLogin_sort_asc_idx" ON "customers" (("lastLogin" IS NULL), "lastLogin", "id", "deletedAt");
CREATE INDEX "customers_lastLogin_sort_desc_idx" ON "customers" (("lastLogin" IS NULL), "lastLogin" DESC, "id" DESC, "deletedAt");
