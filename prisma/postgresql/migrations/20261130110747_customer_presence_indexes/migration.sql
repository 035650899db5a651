-- DropIndex
DROP INDEX "customers_username_id_idx";

-- DropIndex
DROP INDEX "customers_email_id_idx";

-- DropIndex
DROP INDEX "customers_mobileNumber_idx";

-- DropIndex
DROP INDEX "customers_avatar_idx";

-- DropIndex
DROP INDEX "customers_firstName_idx";

-- DropIndex
DROP INDEX "customers_lastName_idx";

-- Hand-written: the "has X" filters of GET /api/customers (lib/customers/build-customer-filter.ts)
-- test "(nullif(X, '') IS NULL) = TRUE" (or FALSE), which these indexes answer in id order. The
-- indexes of every value they replace served no other query and cost a 100,000-customer sync
-- about a second to keep (long text keys inserted all over the tree), and a flag and an id
-- appended in id order cost next to nothing. The expressions must stay exactly the filter's, or
-- the planner cannot use them. No query used (username, id). A later migration that redefines
-- "customers" must create these indexes again.
CREATE INDEX "customers_email_missing_id_idx" ON "customers" ((nullif("email", '') IS NULL), "id");
CREATE INDEX "customers_avatar_missing_id_idx" ON "customers" ((nullif("avatar", '') IS NULL), "id");
CREATE INDEX "customers_mobileNumber_missing_id_idx" ON "customers" ((nullif("mobileNumber", '') IS NULL), "id");
CREATE INDEX "customers_firstName_missing_id_idx" ON "customers" ((nullif("firstName", '') IS NULL), "id");
CREATE INDEX "customers_lastName_missing_id_idx" ON "customers" ((nullif("lastName", '') IS NULL), "id");
