import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Cohort places become unique keys (cms/learning/seats.ts). Enrolments already holding a place get
 * numbers 1, 2, … in their cohort in the order they were made; all others a key no place can have.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`enrolments\` ADD \`seat\` text;`)
  await db.run(sql`UPDATE \`enrolments\` SET \`seat\` = numbered.\`key\` FROM (
    SELECT \`id\`, CASE WHEN \`cohort\` IS NOT NULL AND \`status\` IN ('pending', 'active', 'completed')
      THEN \`course_id\` || '/' || \`cohort\` || '/' || ROW_NUMBER() OVER (PARTITION BY \`course_id\`, \`cohort\`, \`cohort\` IS NOT NULL AND \`status\` IN ('pending', 'active', 'completed') ORDER BY \`created_at\`, \`id\`)
      ELSE 'none/' || \`user_id\` || '/' || \`course_id\` END AS \`key\`
    FROM \`enrolments\`) AS numbered WHERE \`enrolments\`.\`id\` = numbered.\`id\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`enrolments_seat_idx\` ON \`enrolments\` (\`seat\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`enrolments_seat_idx\`;`)
  await db.run(sql`ALTER TABLE \`enrolments\` DROP COLUMN \`seat\`;`)
}
