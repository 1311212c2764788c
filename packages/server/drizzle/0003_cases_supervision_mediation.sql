CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"letter_id" uuid,
	"starts_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"calendar_known_until" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"met_on" date,
	"escalated_at" timestamp with time zone,
	"escalated_to" text
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"message_zh" text NOT NULL,
	"message_en" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"authority" text NOT NULL,
	"amount" numeric(14, 2),
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"source" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'intake' NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"district" text NOT NULL,
	"street" text,
	"platform_id" uuid,
	"complainant_id" uuid,
	"complainant_name" text,
	"complainant_phone" text,
	"parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"workers_affected" integer DEFAULT 1 NOT NULL,
	"amount_claimed" numeric(14, 2),
	"occurred_on" date,
	"evidence" jsonb,
	"office" text NOT NULL,
	"referred_to" text,
	"mediated_in" text,
	"opened_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number"),
	CONSTRAINT "cases_amount_non_negative" CHECK ("cases"."amount_claimed" is null or "cases"."amount_claimed" >= 0)
);
--> statement-breakpoint
CREATE TABLE "document_sequences" (
	"office" text NOT NULL,
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_sequences_office_series_year_pk" PRIMARY KEY("office","series","year")
);
--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"street" text,
	"workers_covered" integer DEFAULT 0 NOT NULL,
	"result" text DEFAULT 'pending' NOT NULL,
	"checked_on" date,
	"checks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"case_filed" boolean DEFAULT false NOT NULL,
	"administrative_penalty" boolean DEFAULT false NOT NULL,
	"guidance_sent" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"district" text,
	"platform_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"enterprise_kinds" jsonb NOT NULL,
	"checklist" jsonb NOT NULL,
	"started_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issuing_office" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"recipient" text NOT NULL,
	"facts" text NOT NULL,
	"requests" text NOT NULL,
	"issued_on" date NOT NULL,
	"response_due_on" date,
	"responded_on" date,
	"response" text,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supervision_letters_number_unique" UNIQUE("number"),
	CONSTRAINT "supervision_letters_sequence" UNIQUE("issuing_office","kind","year","sequence")
);
--> statement-breakpoint
CREATE TABLE "mediation_centre_mediators" (
	"centre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "mediation_centre_mediators_centre_id_user_id_pk" PRIMARY KEY("centre_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "mediation_centres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"street" text,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	CONSTRAINT "mediation_centres_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "mediation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"case_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"respondent_name" text NOT NULL,
	"claim_type" text NOT NULL,
	"amount_claimed" numeric(14, 2),
	"amount_agreed" numeric(14, 2),
	"amount_recovered" numeric(14, 2),
	"small_claim" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"terms" text,
	"agreed_on" date,
	"outcome_note" text,
	"arbitration_body" text,
	"mediator_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mediation_requests_number_unique" UNIQUE("number"),
	CONSTRAINT "mediation_amounts_non_negative" CHECK (coalesce("mediation_requests"."amount_claimed", 0) >= 0 and coalesce("mediation_requests"."amount_recovered", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "mediation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"mediator_id" uuid,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notifications" ADD CONSTRAINT "case_notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_complainant_id_users_id_fk" FOREIGN KEY ("complainant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_letters" ADD CONSTRAINT "supervision_letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_centre_mediators" ADD CONSTRAINT "mediation_centre_mediators_centre_id_mediation_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."mediation_centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_centre_mediators" ADD CONSTRAINT "mediation_centre_mediators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_requests" ADD CONSTRAINT "mediation_requests_centre_id_mediation_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."mediation_centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_requests" ADD CONSTRAINT "mediation_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_requests" ADD CONSTRAINT "mediation_requests_mediator_id_users_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_request_id_mediation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mediation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_mediator_id_users_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_notifications_recipient_idx" ON "case_notifications" USING btree ("recipient","created_at");--> statement-breakpoint
CREATE INDEX "case_outcomes_case_idx" ON "case_outcomes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_area_idx" ON "cases" USING btree ("district","street");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "cases_complainant_idx" ON "cases" USING btree ("complainant_id");--> statement-breakpoint
CREATE INDEX "cases_referred_idx" ON "cases" USING btree ("referred_to");--> statement-breakpoint
CREATE INDEX "campaign_targets_campaign_idx" ON "campaign_targets" USING btree ("campaign_id","district");--> statement-breakpoint
CREATE INDEX "supervision_letters_case_idx" ON "supervision_letters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mediation_requests_centre_idx" ON "mediation_requests" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "mediation_sessions_request_idx" ON "mediation_sessions" USING btree ("request_id");