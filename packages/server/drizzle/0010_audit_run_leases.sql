ALTER TABLE "audit_runs" ADD COLUMN "coverage_ignored" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_runs" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "audit_runs" ADD COLUMN "heartbeat_at" timestamp with time zone;