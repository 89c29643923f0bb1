import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_status_state" AS ENUM('idle', 'queued', 'building', 'failed');
  CREATE TABLE "site_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_site_status_state" DEFAULT 'idle',
  	"last_published_at" timestamp(3) with time zone,
  	"requested_at" timestamp(3) with time zone,
  	"build_started_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"last_build_pages" numeric,
  	"last_build_seconds" numeric,
  	"last_build_directory" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_status" CASCADE;
  DROP TYPE "public"."enum_site_status_state";`)
}
