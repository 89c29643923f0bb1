import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "communities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"experts_id" integer
  );
  
  CREATE TABLE "_communities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"experts_id" integer
  );
  
  ALTER TABLE "communities_rels" ADD CONSTRAINT "communities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "communities_rels" ADD CONSTRAINT "communities_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_communities_v_rels" ADD CONSTRAINT "_communities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_communities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_communities_v_rels" ADD CONSTRAINT "_communities_v_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "communities_rels_order_idx" ON "communities_rels" USING btree ("order");
  CREATE INDEX "communities_rels_parent_idx" ON "communities_rels" USING btree ("parent_id");
  CREATE INDEX "communities_rels_path_idx" ON "communities_rels" USING btree ("path");
  CREATE INDEX "communities_rels_experts_id_idx" ON "communities_rels" USING btree ("experts_id");
  CREATE INDEX "_communities_v_rels_order_idx" ON "_communities_v_rels" USING btree ("order");
  CREATE INDEX "_communities_v_rels_parent_idx" ON "_communities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_communities_v_rels_path_idx" ON "_communities_v_rels" USING btree ("path");
  CREATE INDEX "_communities_v_rels_experts_id_idx" ON "_communities_v_rels" USING btree ("experts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "communities_rels" CASCADE;
  DROP TABLE "_communities_v_rels" CASCADE;`)
}
