CREATE TABLE "agreement_versions" (
	"agreement_id" text NOT NULL,
	"number" integer NOT NULL,
	"label" text,
	"document" jsonb NOT NULL,
	"source" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_versions_agreement_id_number_pk" PRIMARY KEY("agreement_id","number")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"industry" text NOT NULL,
	"platforms" jsonb NOT NULL,
	"status" text NOT NULL,
	"parent_id" text,
	"effective_from" date NOT NULL,
	"current_version" integer NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_id_shape" CHECK ("agreements"."id" ~ '^[a-z0-9][a-z0-9_.-]{1,80}$')
);
--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");