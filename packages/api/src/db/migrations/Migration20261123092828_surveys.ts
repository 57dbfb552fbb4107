import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092828_surveys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "evaluator_group" as enum ('SUPERIOR', 'PEER', 'VILLAGER');`);
    this.addSql(`create type "evaluation_rating" as enum ('GOOD', 'FAIR', 'POOR');`);
    this.addSql(`create type "designation_kind" as enum ('HELP_TARGET', 'SERVICE_MODEL');`);
    this.addSql(`create type "survey_scale" as enum ('FOUR_LEVEL', 'FIVE_LEVEL');`);
    this.addSql(`create type "survey_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "survey_channel" as enum ('DOOR_TO_DOOR', 'PHONE', 'PAPER_FORM');`);
    this.addSql(
      `create type "satisfaction_answer" as enum ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED', 'UNKNOWN');`,
    );
    this.addSql(
      `create table "evaluation_round" ("id" serial primary key, "org_unit_id" int not null, "county_id" int not null, "name" text not null, "year" smallint not null, "held_on" date not null, "previous_round_id" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "evaluation_round_county_id_held_on_index" on "evaluation_round" ("county_id", "held_on");`);

    this.addSql(
      `create table "evaluation_vote" ("id" bigserial primary key, "round_id" int not null, "cadre_id" int not null, "county_id" int not null, "evaluator_group" "evaluator_group" not null, "service_attitude" "evaluation_rating" not null, "work_style" "evaluation_rating" not null, "efficiency" "evaluation_rating" not null, "duty_performance" "evaluation_rating" not null, "innovation" "evaluation_rating" not null, "overall" "evaluation_rating" not null);`,
    );
    this.addSql(`create index "evaluation_vote_round_id_cadre_id_index" on "evaluation_vote" ("round_id", "cadre_id");`);

    this.addSql(
      `create table "evaluation_subject" ("round_id" int not null, "cadre_id" int not null, constraint "evaluation_subject_pkey" primary key ("round_id", "cadre_id"));`,
    );

    this.addSql(
      `create table "evaluation_designation" ("id" serial primary key, "round_id" int not null, "cadre_id" int not null, "kind" "designation_kind" not null, "rank" smallint not null, "score" double precision not null, "bad_votes" int not null, "deadline" date null, "plan" text null, "rectified_on" date null, "note" text null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "evaluation_designation" add constraint "evaluation_designation_round_id_cadre_id_unique" unique ("round_id", "cadre_id");`);

    this.addSql(
      `create table "survey_campaign" ("id" serial primary key, "organiser_id" int not null, "county_id" int not null, "name" text not null, "year" smallint not null, "scale" "survey_scale" not null, "status" "survey_status" not null default 'OPEN', "started_on" date not null, "ended_on" date null, "sample_seed" int null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "survey_campaign_county_id_year_index" on "survey_campaign" ("county_id", "year");`);

    this.addSql(
      `create table "survey_household" ("id" serial primary key, "campaign_id" int not null, "village_id" int not null, "county_id" int not null, "ordinal" smallint not null, "register_no" int not null, "reference" text not null);`,
    );
    this.addSql(`create index "survey_household_campaign_id_village_id_index" on "survey_household" ("campaign_id", "village_id");`);
    this.addSql(
      `alter table "survey_household" add constraint "survey_household_campaign_id_village_id_register_no_unique" unique ("campaign_id", "village_id", "register_no");`,
    );
    this.addSql(`alter table "survey_household" add constraint "survey_household_campaign_id_reference_unique" unique ("campaign_id", "reference");`);

    this.addSql(
      `create table "survey_import" ("id" serial primary key, "campaign_id" int not null, "file_name" text not null, "sha256" text not null, "data_rows" int not null, "written" int not null, "already_recorded" int not null, "rejected" int not null, "imported_by_id" int not null, "imported_at" timestamptz not null);`,
    );
    this.addSql(`create index "survey_import_campaign_id_sha256_index" on "survey_import" ("campaign_id", "sha256");`);

    this.addSql(
      `create table "survey_item" ("id" serial primary key, "campaign_id" int not null, "position" smallint not null, "code" text not null, "text" text not null, "overall" boolean not null default false);`,
    );
    this.addSql(`alter table "survey_item" add constraint "survey_item_campaign_id_position_unique" unique ("campaign_id", "position");`);
    this.addSql(`alter table "survey_item" add constraint "survey_item_campaign_id_code_unique" unique ("campaign_id", "code");`);

    this.addSql(
      `create table "survey_response" ("id" bigserial primary key, "campaign_id" int not null, "household_id" int not null, "village_id" int not null, "county_id" int not null, "channel" "survey_channel" not null, "import_id" int null, "recorded_by_id" int not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`alter table "survey_response" add constraint "survey_response_household_id_unique" unique ("household_id");`);
    this.addSql(`create index "survey_response_county_id_campaign_id_index" on "survey_response" ("county_id", "campaign_id");`);

    this.addSql(
      `create table "survey_answer" ("response_id" bigint not null, "item_id" int not null, "campaign_id" int not null, "village_id" int not null, "county_id" int not null, "answer" "satisfaction_answer" not null, constraint "survey_answer_pkey" primary key ("response_id", "item_id"));`,
    );
    this.addSql(
      `create index "survey_answer_county_id_campaign_id_item_id_village_id_index" on "survey_answer" ("county_id", "campaign_id", "item_id", "village_id");`,
    );

    this.addSql(
      `alter table "evaluation_round" add constraint "evaluation_round_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_round" add constraint "evaluation_round_previous_round_id_foreign" foreign key ("previous_round_id") references "evaluation_round" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "evaluation_vote" add constraint "evaluation_vote_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_vote" add constraint "evaluation_vote_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "evaluation_subject" add constraint "evaluation_subject_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_subject" add constraint "evaluation_subject_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "evaluation_designation" add constraint "evaluation_designation_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_designation" add constraint "evaluation_designation_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_campaign" add constraint "survey_campaign_organiser_id_foreign" foreign key ("organiser_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_household" add constraint "survey_household_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_household" add constraint "survey_household_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_import" add constraint "survey_import_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "survey_item" add constraint "survey_item_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "survey_response" add constraint "survey_response_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_household_id_foreign" foreign key ("household_id") references "survey_household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_answer" add constraint "survey_answer_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_answer" add constraint "survey_answer_item_id_foreign" foreign key ("item_id") references "survey_item" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evaluation_round" drop constraint "evaluation_round_previous_round_id_foreign";`);

    this.addSql(`alter table "evaluation_vote" drop constraint "evaluation_vote_round_id_foreign";`);

    this.addSql(`alter table "evaluation_subject" drop constraint "evaluation_subject_round_id_foreign";`);

    this.addSql(`alter table "evaluation_designation" drop constraint "evaluation_designation_round_id_foreign";`);

    this.addSql(`alter table "survey_household" drop constraint "survey_household_campaign_id_foreign";`);

    this.addSql(`alter table "survey_import" drop constraint "survey_import_campaign_id_foreign";`);

    this.addSql(`alter table "survey_item" drop constraint "survey_item_campaign_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_campaign_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_household_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_item_id_foreign";`);

    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_response_id_foreign";`);

    this.addSql(`drop table if exists "evaluation_round" cascade;`);

    this.addSql(`drop table if exists "evaluation_vote" cascade;`);

    this.addSql(`drop table if exists "evaluation_subject" cascade;`);

    this.addSql(`drop table if exists "evaluation_designation" cascade;`);

    this.addSql(`drop table if exists "survey_campaign" cascade;`);

    this.addSql(`drop table if exists "survey_household" cascade;`);

    this.addSql(`drop table if exists "survey_import" cascade;`);

    this.addSql(`drop table if exists "survey_item" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_answer" cascade;`);

    this.addSql(`drop type "evaluator_group";`);
    this.addSql(`drop type "evaluation_rating";`);
    this.addSql(`drop type "designation_kind";`);
    this.addSql(`drop type "survey_scale";`);
    this.addSql(`drop type "survey_status";`);
    this.addSql(`drop type "survey_channel";`);
    this.addSql(`drop type "satisfaction_answer";`);
  }
}
