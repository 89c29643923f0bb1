import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`threads\` ADD \`author_name\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`author_name\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`reported\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`posts_reported_idx\` ON \`posts\` (\`reported\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_reported_idx\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`author_name\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`reported\`;`)
  await db.run(sql`ALTER TABLE \`threads\` DROP COLUMN \`author_name\`;`)
}
