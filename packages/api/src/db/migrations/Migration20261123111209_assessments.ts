import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111209_assessments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "check_kind" as enum ('ROUTINE', 'SPOT');`);
    this.addSql(`create type "qualitative_grade" as enum ('A', 'B', 'C', 'D');`);
    this.addSql(`create type "assessment_grade" as enum ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');`);
    this.addSql(`create type "appeal_kind" as enum ('VETO', 'GRADE');`);
    this.addSql(`create type "appeal_status" as enum ('PENDING', 'UPHELD', 'REJECTED');`);
    this.addSql(`create type "reward_recipient" as enum ('VILLAGE', 'CADRE');`);
    this.addSql(`create type "veto_kind" as enum ('CADRE_POLICY_BIRTH', 'SEX_SELECTION', 'PETITION_ABOVE_COUNTY');`);
    this.addSql(
      `create table "assessment_lagging" ("id" serial primary key, "village_id" int not null, "county_id" int not null, "entered_period" text not null, "reasons" jsonb not null, "exited_period" text null);`,
    );
    this.addSql(`create index "assessment_lagging_county_id_exited_period_index" on "assessment_lagging" ("county_id", "exited_period");`);
    this.addSql(
      `alter table "assessment_lagging" add constraint "assessment_lagging_village_id_entered_period_unique" unique ("village_id", "entered_period");`,
    );

    this.addSql(
      `create table "assessment_scheme" ("id" serial primary key, "org_unit_id" int not null, "county_id" int not null, "year" smallint not null, "name" text not null, "version" int not null default 1, "definition" jsonb not null, "copied_from_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_scheme_county_id_index" on "assessment_scheme" ("county_id");`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_org_unit_id_year_unique" unique ("org_unit_id", "year");`);

    this.addSql(
      `create table "assessment_check_round" ("id" serial primary key, "scheme_id" int not null, "kind" "check_kind" not null, "month" date not null, "name" text not null, "seed" text null, "per_township" int null, "created_by" text not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_check_round_scheme_id_index" on "assessment_check_round" ("scheme_id");`);

    this.addSql(
      `create table "assessment_check_value" ("id" serial primary key, "round_id" int not null, "village_id" int not null, "county_id" int not null, "item_code" text not null, "grade" "qualitative_grade" null, "reported_value" double precision null, "verified_value" double precision null, "reason" text not null, "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_check_value_county_id_village_id_index" on "assessment_check_value" ("county_id", "village_id");`);
    this.addSql(
      `alter table "assessment_check_value" add constraint "assessment_check_value_round_id_village_id_item_code_unique" unique ("round_id", "village_id", "item_code");`,
    );

    this.addSql(
      `create table "assessment_check_sample" ("id" serial primary key, "round_id" int not null, "village_id" int not null, "county_id" int not null, "draw_order" int not null, "discrepancy_rate" double precision null, "items_checked" int not null default 0);`,
    );
    this.addSql(`create index "assessment_check_sample_village_id_index" on "assessment_check_sample" ("village_id");`);
    this.addSql(`alter table "assessment_check_sample" add constraint "assessment_check_sample_round_id_village_id_unique" unique ("round_id", "village_id");`);

    this.addSql(
      `create table "assessment_scheme_version" ("id" serial primary key, "scheme_id" int not null, "version" int not null, "definition" jsonb not null, "note" text not null, "created_by" text not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "assessment_scheme_version" add constraint "assessment_scheme_version_scheme_id_version_unique" unique ("scheme_id", "version");`);

    this.addSql(
      `create table "assessment_result" ("id" bigserial primary key, "scheme_id" int not null, "scheme_version" int not null, "village_id" int not null, "township_id" int not null, "county_id" int not null, "period" text not null, "total" numeric(7,2) not null, "grade" "assessment_grade" not null, "vetoed" boolean not null, "vetoes" jsonb not null, "items" jsonb not null, "combinations" jsonb not null, "explanation" text not null, "rank_township" int not null, "township_size" int not null, "rank_county" int not null, "digest" text not null, "computed_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_result_township_id_period_index" on "assessment_result" ("township_id", "period");`);
    this.addSql(`create index "assessment_result_county_id_period_rank_county_index" on "assessment_result" ("county_id", "period", "rank_county");`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_village_id_period_unique" unique ("village_id", "period");`);

    this.addSql(
      `create table "assessment_appeal" ("id" serial primary key, "village_id" int not null, "county_id" int not null, "period" text not null, "kind" "appeal_kind" not null, "reason" text not null, "filed_by" text not null, "filed_at" timestamptz not null, "status" "appeal_status" not null default 'PENDING', "evidence" jsonb not null, "decided_by" text null, "decided_at" timestamptz null, "decision" text null, "new_grade" "assessment_grade" null);`,
    );
    this.addSql(`create index "assessment_appeal_village_id_index" on "assessment_appeal" ("village_id");`);
    this.addSql(`create index "assessment_appeal_county_id_status_index" on "assessment_appeal" ("county_id", "status");`);

    this.addSql(
      `create table "assessment_adjustment" ("id" serial primary key, "scheme_id" int not null, "village_id" int not null, "county_id" int not null, "item_code" text not null, "month" date not null, "points" double precision not null, "reason" text not null, "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_adjustment_village_id_index" on "assessment_adjustment" ("village_id");`);
    this.addSql(`create index "assessment_adjustment_scheme_id_month_index" on "assessment_adjustment" ("scheme_id", "month");`);

    this.addSql(
      `create table "assessment_reward" ("id" serial primary key, "village_id" int not null, "county_id" int not null, "year" smallint not null, "grade" "assessment_grade" not null, "recipient" "reward_recipient" not null, "cadre_id" int null, "amount" int not null, "due_on" date not null, "paid_on" date null, "paid_by" text null);`,
    );
    this.addSql(`create index "assessment_reward_county_id_year_index" on "assessment_reward" ("county_id", "year");`);
    this.addSql(
      `alter table "assessment_reward" add constraint "assessment_reward_village_id_year_recipient_unique" unique ("village_id", "year", "recipient");`,
    );

    this.addSql(
      `create table "assessment_veto_event" ("id" serial primary key, "village_id" int not null, "county_id" int not null, "kind" "veto_kind" not null, "occurred_on" date not null, "summary" text not null, "evidence" text not null, "recorded_by" text not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "assessment_veto_event_village_id_index" on "assessment_veto_event" ("village_id");`);
    this.addSql(`create index "assessment_veto_event_county_id_occurred_on_index" on "assessment_veto_event" ("county_id", "occurred_on");`);

    this.addSql(
      `alter table "assessment_lagging" add constraint "assessment_lagging_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_scheme" add constraint "assessment_scheme_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_check_round" add constraint "assessment_check_round_scheme_id_foreign" foreign key ("scheme_id") references "assessment_scheme" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_check_value" add constraint "assessment_check_value_round_id_foreign" foreign key ("round_id") references "assessment_check_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assessment_check_value" add constraint "assessment_check_value_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_check_sample" add constraint "assessment_check_sample_round_id_foreign" foreign key ("round_id") references "assessment_check_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assessment_check_sample" add constraint "assessment_check_sample_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_scheme_version" add constraint "assessment_scheme_version_scheme_id_foreign" foreign key ("scheme_id") references "assessment_scheme" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "assessment_result" add constraint "assessment_result_scheme_id_foreign" foreign key ("scheme_id") references "assessment_scheme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_result" add constraint "assessment_result_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_result" add constraint "assessment_result_township_id_foreign" foreign key ("township_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_appeal" add constraint "assessment_appeal_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_adjustment" add constraint "assessment_adjustment_scheme_id_foreign" foreign key ("scheme_id") references "assessment_scheme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_adjustment" add constraint "assessment_adjustment_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_reward" add constraint "assessment_reward_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_veto_event" add constraint "assessment_veto_event_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment_check_round" drop constraint "assessment_check_round_scheme_id_foreign";`);

    this.addSql(`alter table "assessment_scheme_version" drop constraint "assessment_scheme_version_scheme_id_foreign";`);

    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_scheme_id_foreign";`);

    this.addSql(`alter table "assessment_adjustment" drop constraint "assessment_adjustment_scheme_id_foreign";`);

    this.addSql(`alter table "assessment_check_value" drop constraint "assessment_check_value_round_id_foreign";`);

    this.addSql(`alter table "assessment_check_sample" drop constraint "assessment_check_sample_round_id_foreign";`);

    this.addSql(`drop table if exists "assessment_lagging" cascade;`);

    this.addSql(`drop table if exists "assessment_scheme" cascade;`);

    this.addSql(`drop table if exists "assessment_check_round" cascade;`);

    this.addSql(`drop table if exists "assessment_check_value" cascade;`);

    this.addSql(`drop table if exists "assessment_check_sample" cascade;`);

    this.addSql(`drop table if exists "assessment_scheme_version" cascade;`);

    this.addSql(`drop table if exists "assessment_result" cascade;`);

    this.addSql(`drop table if exists "assessment_appeal" cascade;`);

    this.addSql(`drop table if exists "assessment_adjustment" cascade;`);

    this.addSql(`drop table if exists "assessment_reward" cascade;`);

    this.addSql(`drop table if exists "assessment_veto_event" cascade;`);

    this.addSql(`drop type "check_kind";`);
    this.addSql(`drop type "qualitative_grade";`);
    this.addSql(`drop type "assessment_grade";`);
    this.addSql(`drop type "appeal_kind";`);
    this.addSql(`drop type "appeal_status";`);
    this.addSql(`drop type "reward_recipient";`);
    this.addSql(`drop type "veto_kind";`);
  }
}
