-- AlterTable
ALTER TABLE "sync_runs" ADD COLUMN     "notice" TEXT;
