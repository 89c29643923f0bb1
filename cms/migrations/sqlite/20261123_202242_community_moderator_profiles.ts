import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`communities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`experts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communities_rels_order_idx\` ON \`communities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`communities_rels_parent_idx\` ON \`communities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`communities_rels_path_idx\` ON \`communities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`communities_rels_experts_id_idx\` ON \`communities_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE TABLE \`_communities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`experts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_communities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_communities_v_rels_order_idx\` ON \`_communities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_communities_v_rels_parent_idx\` ON \`_communities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_communities_v_rels_path_idx\` ON \`_communities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_communities_v_rels_experts_id_idx\` ON \`_communities_v_rels\` (\`experts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`communities_rels\`;`)
  await db.run(sql`DROP TABLE \`_communities_v_rels\`;`)
}
