CREATE TABLE "datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"source_file_name" text NOT NULL,
	"platform" text,
	"period_start" date,
	"period_end" date,
	"rows_accepted" bigint NOT NULL,
	"rows_rejected" bigint NOT NULL,
	"rows_skipped" bigint DEFAULT 0 NOT NULL,
	"data_model_version" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "datasets_kind_idx" ON "datasets" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "datasets_platform_idx" ON "datasets" USING btree ("platform");