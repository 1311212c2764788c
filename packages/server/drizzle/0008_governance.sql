CREATE TABLE "governance_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" text NOT NULL,
	"agreement_version" integer NOT NULL,
	"name" text NOT NULL,
	"changes" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"cancel_requested" timestamp with time zone,
	"result" jsonb,
	"error" text,
	"area" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "governance_scenarios_progress" CHECK ("governance_scenarios"."progress_done" >= 0 and "governance_scenarios"."progress_total" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scorecard_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"principle" text,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_scenarios" ADD CONSTRAINT "governance_scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_replies" ADD CONSTRAINT "scorecard_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_scenarios_agreement_idx" ON "governance_scenarios" USING btree ("agreement_id","created_at");--> statement-breakpoint
CREATE INDEX "scorecard_replies_platform_idx" ON "scorecard_replies" USING btree ("platform","created_at");