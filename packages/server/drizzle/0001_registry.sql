CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"platform_id" uuid NOT NULL,
	"parent_id" uuid,
	"district" text NOT NULL,
	"street" text,
	"union_status" text DEFAULT 'none' NOT NULL,
	"union_founded_on" date,
	"workers" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "enterprises_workers_non_negative" CHECK ("enterprises"."workers" >= 0),
	CONSTRAINT "enterprises_founded_has_date" CHECK (("enterprises"."union_status" = 'founded') = ("enterprises"."union_founded_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"street" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "grids_street_name" UNIQUE("street","name")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"platform_id" uuid,
	"enterprise_id" uuid,
	"district" text NOT NULL,
	"street" text,
	"joined_on" date NOT NULL,
	"left_on" date,
	CONSTRAINT "memberships_worker_org_joined" UNIQUE("worker_id","organisation_id","joined_on"),
	CONSTRAINT "memberships_left_after_joined" CHECK ("memberships"."left_on" is null or "memberships"."left_on" >= "memberships"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "union_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"region_code" text NOT NULL,
	"grid_id" uuid,
	"platform_id" uuid,
	"enterprise_id" uuid,
	"industry" text,
	"founded_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "union_organisations_region_shape" CHECK ("union_organisations"."region_code" ~ '^[0-9]{6}$|^[0-9]{9}$')
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"industry" text NOT NULL,
	"hq_district" text,
	"union_founded_on" date,
	"workers_estimate" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platforms_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "workforce" (
	"month" text NOT NULL,
	"district" text NOT NULL,
	"platform_id" uuid NOT NULL,
	"workers" integer NOT NULL,
	CONSTRAINT "workforce_month_district_platform_id_pk" PRIMARY KEY("month","district","platform_id")
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_parent_id_enterprises_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_union_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."union_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "union_organisations" ADD CONSTRAINT "union_organisations_parent_id_union_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."union_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "union_organisations" ADD CONSTRAINT "union_organisations_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "union_organisations" ADD CONSTRAINT "union_organisations_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce" ADD CONSTRAINT "workforce_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_district_idx" ON "enterprises" USING btree ("district","street");--> statement-breakpoint
CREATE INDEX "enterprises_platform_idx" ON "enterprises" USING btree ("platform_id");--> statement-breakpoint
CREATE INDEX "memberships_district_idx" ON "memberships" USING btree ("district","joined_on");--> statement-breakpoint
CREATE INDEX "memberships_worker_idx" ON "memberships" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "union_organisations_parent_idx" ON "union_organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "union_organisations_region_idx" ON "union_organisations" USING btree ("region_code");