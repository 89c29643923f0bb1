import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "memberships" ADD COLUMN "applicant_name" varchar;
  ALTER TABLE "memberships" ADD COLUMN "applicant_organisation" varchar;
  ALTER TABLE "memberships" ADD COLUMN "applicant_country" varchar;`)
  // Requests made before: who asked, from the account as it is now.
  await db.execute(sql`
   UPDATE "memberships" SET "applicant_name" = "users"."name", "applicant_organisation" = "users"."organisation", "applicant_country" = "users"."country"
   FROM "users" WHERE "users"."id" = "memberships"."user_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "memberships" DROP COLUMN "applicant_name";
  ALTER TABLE "memberships" DROP COLUMN "applicant_organisation";
  ALTER TABLE "memberships" DROP COLUMN "applicant_country";`)
}
