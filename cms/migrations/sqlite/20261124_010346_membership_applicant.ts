import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`memberships\` ADD \`applicant_name\` text;`)
  await db.run(sql`ALTER TABLE \`memberships\` ADD \`applicant_organisation\` text;`)
  await db.run(sql`ALTER TABLE \`memberships\` ADD \`applicant_country\` text;`)
  // Requests made before: who asked, from the account as it is now.
  await db.run(sql`UPDATE \`memberships\` SET \`applicant_name\` = (SELECT \`name\` FROM \`users\` WHERE \`users\`.\`id\` = \`memberships\`.\`user_id\`), \`applicant_organisation\` = (SELECT \`organisation\` FROM \`users\` WHERE \`users\`.\`id\` = \`memberships\`.\`user_id\`), \`applicant_country\` = (SELECT \`country\` FROM \`users\` WHERE \`users\`.\`id\` = \`memberships\`.\`user_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`memberships\` DROP COLUMN \`applicant_name\`;`)
  await db.run(sql`ALTER TABLE \`memberships\` DROP COLUMN \`applicant_organisation\`;`)
  await db.run(sql`ALTER TABLE \`memberships\` DROP COLUMN \`applicant_country\`;`)
}
