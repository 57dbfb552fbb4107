import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092949_complaints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "complainant_key_kind" as enum ('PHONE', 'ID_NUMBER');`);
    this.addSql(
      `create type "complaint_category" as enum ('CONTRACEPTION_COMPLICATION', 'REWARD_ASSISTANCE', 'THREE_COMBINATIONS', 'BIRTH_PERMIT', 'MAINTENANCE_FEE', 'STAFF_CONDUCT', 'FLOATING_POPULATION', 'OTHER');`,
    );
    this.addSql(`create type "complaint_urgency" as enum ('URGENT', 'GENERAL', 'COMPLEX');`);
    this.addSql(`create type "time_limit_unit" as enum ('HOURS', 'WORKING_DAYS');`);
    this.addSql(
      `create type "complaint_channel" as enum ('REPORT_HOTLINE', 'CONSULTATION_HOTLINE', 'COMPLAINT_BOX', 'LETTER', 'VISIT', 'ONLINE', 'CADRE_VISIT');`,
    );
    this.addSql(`create type "complaint_level" as enum ('TOWNSHIP', 'COUNTY', 'ABOVE_COUNTY');`);
    this.addSql(`create type "complaint_status" as enum ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED');`);
    this.addSql(`create type "complaint_satisfaction" as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE');`);
    this.addSql(
      `create type "complaint_event_kind" as enum ('REGISTERED', 'ACCEPT', 'START', 'REPLY', 'FOLLOW_UP', 'CLOSE', 'REOPEN', 'HAND_OVER', 'ESCALATE', 'ACCOUNTABILITY');`,
    );
    this.addSql(`create type "accountability_reason" as enum ('LATE_ACCEPTANCE', 'LATE_REPLY', 'OVERDUE', 'POOR_HANDLING', 'ESCALATION');`);
    this.addSql(`create type "accountability_measure" as enum ('NO_ACTION', 'CRITICISM', 'CIRCULATED_CRITICISM', 'ADMONISHMENT_TALK', 'SCORE_DEDUCTION');`);
    this.addSql(`create table "complainant" ("id" serial primary key, "county_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "complainant_county_id_index" on "complainant" ("county_id");`);

    this.addSql(
      `create table "complainant_key" ("id" serial primary key, "complainant_id" int not null, "county_id" int not null, "kind" "complainant_key_kind" not null, "hash" text not null);`,
    );
    this.addSql(`create index "complainant_key_complainant_id_index" on "complainant_key" ("complainant_id");`);
    this.addSql(`alter table "complainant_key" add constraint "complainant_key_county_id_kind_hash_unique" unique ("county_id", "kind", "hash");`);

    this.addSql(
      `create table "complaint_time_limit" ("id" serial primary key, "county_id" int not null, "category" "complaint_category" not null, "urgency" "complaint_urgency" not null, "accept_amount" smallint not null, "accept_unit" "time_limit_unit" not null, "reply_amount" smallint not null, "reply_unit" "time_limit_unit" not null, "updated_by_id" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "complaint_time_limit" add constraint "complaint_time_limit_county_id_category_urgency_unique" unique ("county_id", "category", "urgency");`,
    );

    this.addSql(
      `create table "complaint" ("id" serial primary key, "county_id" int not null, "township_id" int not null, "village_id" int not null, "channel" "complaint_channel" not null, "category" "complaint_category" not null, "urgency" "complaint_urgency" not null, "level" "complaint_level" not null default 'TOWNSHIP', "status" "complaint_status" not null default 'RECEIVED', "description" text not null, "complainant_id" int null, "complainant_name" text null, "complainant_phone" text null, "complainant_id_number" text null, "owner_id" int not null, "registered_by_id" int not null, "received_at" timestamptz not null, "accept_due_at" timestamptz not null, "reply_due_at" timestamptz not null, "accepted_at" timestamptz null, "replied_at" timestamptz null, "reply" text null, "followed_up_at" timestamptz null, "satisfaction" "complaint_satisfaction" null, "resolved" boolean null, "closed_at" timestamptz null, "reopen_count" smallint not null default 0, "duplicate_of_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "complaint_complainant_id_received_at_index" on "complaint" ("complainant_id", "received_at");`);
    this.addSql(`create index "complaint_owner_id_status_index" on "complaint" ("owner_id", "status");`);
    this.addSql(`create index "complaint_county_id_status_reply_due_at_index" on "complaint" ("county_id", "status", "reply_due_at");`);
    this.addSql(`create index "complaint_village_id_received_at_index" on "complaint" ("village_id", "received_at");`);
    this.addSql(`create index "complaint_township_id_received_at_index" on "complaint" ("township_id", "received_at");`);
    this.addSql(`create index "complaint_county_id_category_received_at_index" on "complaint" ("county_id", "category", "received_at");`);
    this.addSql(`create index "complaint_county_id_received_at_index" on "complaint" ("county_id", "received_at");`);

    this.addSql(
      `create table "complaint_event" ("id" bigserial primary key, "complaint_id" int not null, "county_id" int not null, "kind" "complaint_event_kind" not null, "at" timestamptz not null, "actor_id" int null, "from_status" "complaint_status" null, "to_status" "complaint_status" null, "from_owner_id" int null, "to_owner_id" int null, "note" text null, "satisfaction" "complaint_satisfaction" null, "resolved" boolean null, "level" "complaint_level" null);`,
    );
    this.addSql(`create index "complaint_event_county_id_at_index" on "complaint_event" ("county_id", "at");`);
    this.addSql(`create index "complaint_event_complaint_id_at_index" on "complaint_event" ("complaint_id", "at");`);

    this.addSql(
      `create table "complaint_accountability" ("id" serial primary key, "county_id" int not null, "complaint_id" int not null, "responsible_id" int not null, "reason" "accountability_reason" not null, "note" text null, "recorded_by_id" int null, "recorded_at" timestamptz not null, "measure" "accountability_measure" null, "decided_by_id" int null, "decided_at" timestamptz null, "decision_note" text null);`,
    );
    this.addSql(`create index "complaint_accountability_complaint_id_index" on "complaint_accountability" ("complaint_id");`);
    this.addSql(`create index "complaint_accountability_responsible_id_index" on "complaint_accountability" ("responsible_id");`);
    this.addSql(`create index "complaint_accountability_county_id_recorded_at_index" on "complaint_accountability" ("county_id", "recorded_at");`);

    this.addSql(
      `alter table "complainant_key" add constraint "complainant_key_complainant_id_foreign" foreign key ("complainant_id") references "complainant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "complaint_time_limit" add constraint "complaint_time_limit_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "complaint" add constraint "complaint_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_complainant_id_foreign" foreign key ("complainant_id") references "complainant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "complaint" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_from_owner_id_foreign" foreign key ("from_owner_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_to_owner_id_foreign" foreign key ("to_owner_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "complaint_accountability" add constraint "complaint_accountability_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "complaint_accountability" add constraint "complaint_accountability_responsible_id_foreign" foreign key ("responsible_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_accountability" add constraint "complaint_accountability_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_accountability" add constraint "complaint_accountability_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complainant_key" drop constraint "complainant_key_complainant_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_complainant_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_duplicate_of_id_foreign";`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_complaint_id_foreign";`);

    this.addSql(`alter table "complaint_accountability" drop constraint "complaint_accountability_complaint_id_foreign";`);

    this.addSql(`drop table if exists "complainant" cascade;`);

    this.addSql(`drop table if exists "complainant_key" cascade;`);

    this.addSql(`drop table if exists "complaint_time_limit" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_event" cascade;`);

    this.addSql(`drop table if exists "complaint_accountability" cascade;`);

    this.addSql(`drop type "complainant_key_kind";`);
    this.addSql(`drop type "complaint_category";`);
    this.addSql(`drop type "complaint_urgency";`);
    this.addSql(`drop type "time_limit_unit";`);
    this.addSql(`drop type "complaint_channel";`);
    this.addSql(`drop type "complaint_level";`);
    this.addSql(`drop type "complaint_status";`);
    this.addSql(`drop type "complaint_satisfaction";`);
    this.addSql(`drop type "complaint_event_kind";`);
    this.addSql(`drop type "accountability_reason";`);
    this.addSql(`drop type "accountability_measure";`);
  }
}
