import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`last_published_at\` text,
  	\`requested_at\` text,
  	\`build_started_at\` text,
  	\`last_error\` text,
  	\`last_build_pages\` numeric,
  	\`last_build_seconds\` numeric,
  	\`last_build_directory\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status\`;`)
}
