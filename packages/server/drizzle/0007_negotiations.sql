CREATE TABLE "negotiation_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "negotiation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"region_code" text NOT NULL,
	"parties" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"proposals" jsonb NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"updated_by" uuid,
	"updated_by_name" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "negotiation_follow_ups" ADD CONSTRAINT "negotiation_follow_ups_meeting_id_negotiation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."negotiation_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_meetings" ADD CONSTRAINT "negotiation_meetings_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "negotiation_follow_ups_meeting_idx" ON "negotiation_follow_ups" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "negotiation_follow_ups_open_idx" ON "negotiation_follow_ups" USING btree ("done","due_on");--> statement-breakpoint
CREATE INDEX "negotiation_meetings_agreement_idx" ON "negotiation_meetings" USING btree ("agreement_id","held_on");