import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Cohort places become unique keys (cms/learning/seats.ts). Enrolments already holding a place get
 * numbers 1, 2, … in their cohort in the order they were made; all others a key no place can have.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enrolments" ADD COLUMN "seat" varchar;
  UPDATE "enrolments" SET "seat" = numbered."key" FROM (
    SELECT "id", CASE WHEN "cohort" IS NOT NULL AND "status" IN ('pending', 'active', 'completed')
      THEN "course_id" || '/' || "cohort" || '/' || ROW_NUMBER() OVER (PARTITION BY "course_id", "cohort", "cohort" IS NOT NULL AND "status" IN ('pending', 'active', 'completed') ORDER BY "created_at", "id")
      ELSE 'none/' || "user_id" || '/' || "course_id" END AS "key"
    FROM "enrolments") AS numbered WHERE "enrolments"."id" = numbered."id";
  CREATE UNIQUE INDEX "enrolments_seat_idx" ON "enrolments" USING btree ("seat");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "enrolments_seat_idx";
  ALTER TABLE "enrolments" DROP COLUMN "seat";`)
}
