import { Migration } from '@mikro-orm/migrations';

export class Migration20261123143311_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "meeting_status" as enum ('DRAFT', 'FINALISED', 'MINUTED');`);
    this.addSql(`create type "agenda_section" as enum ('SITUATION', 'DEPLOYMENT', 'COORDINATION');`);
    this.addSql(
      `create type "agenda_item_kind" as enum ('INDICATOR_CHANGE', 'SATISFACTION', 'VILLAGE_VETOED', 'VILLAGE_LAGGING', 'RANKING_FALL', 'TALK_SUMMONS', 'COMPLAINT_HOTSPOTS', 'TOPIC_OF_MONTH', 'OVERDUE_COMPLAINTS', 'REPEAT_COMPLAINTS', 'HELP_TARGET_DEADLINE', 'ACTION_ITEM_FOLLOW_UP', 'ACTION_ITEMS_DONE', 'REWARD_DEADLINE', 'SURVEY_CAMPAIGN', 'CHECK_ROUND', 'DEPARTMENT_COORDINATION', 'CUSTOM');`,
    );
    this.addSql(`create type "action_item_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(
      `create table "meeting" ("id" serial primary key, "township_id" int not null, "county_id" int not null, "month" text not null, "held_on" date null, "chair_id" int null, "status" "meeting_status" not null default 'DRAFT', "agenda_version" int not null default 1, "minutes" text null, "finalised_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "meeting_county_id_month_index" on "meeting" ("county_id", "month");`);
    this.addSql(`alter table "meeting" add constraint "meeting_township_id_month_unique" unique ("township_id", "month");`);

    this.addSql(
      `create table "meeting_attendee" ("id" serial primary key, "meeting_id" int not null, "cadre_id" int null, "department_id" int null, "note" text null, constraint meeting_attendee_one_party check ((cadre_id is null) <> (department_id is null)));`,
    );
    this.addSql(`create index "meeting_attendee_meeting_id_index" on "meeting_attendee" ("meeting_id");`);

    this.addSql(
      `create table "agenda_version" ("id" serial primary key, "meeting_id" int not null, "version" int not null, "finalised_at" timestamptz not null, "finalised_by" text not null, "items" jsonb not null, "reopened_at" timestamptz null, "reopened_by" text null, "reopen_reason" text null);`,
    );
    this.addSql(`alter table "agenda_version" add constraint "agenda_version_meeting_id_version_unique" unique ("meeting_id", "version");`);

    this.addSql(
      `create table "agenda_item" ("id" serial primary key, "meeting_id" int not null, "position" int not null, "section" "agenda_section" not null, "kind" "agenda_item_kind" not null, "rule_key" text null, "title" text not null, "summary" text null, "evidence" jsonb not null, "presenter_cadre_id" int null, "presenter_department_id" int null, "proposed_department_id" int null, "minutes" text null, "action_item_id" int null);`,
    );
    this.addSql(`create index "agenda_item_action_item_id_index" on "agenda_item" ("action_item_id");`);
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`);

    this.addSql(
      `create table "meeting_decision" ("id" serial primary key, "meeting_id" int not null, "agenda_item_id" int null, "text" text not null, "created_by" text not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "meeting_decision_meeting_id_index" on "meeting_decision" ("meeting_id");`);

    this.addSql(
      `create table "action_item" ("id" serial primary key, "decision_id" int not null, "meeting_id" int not null, "township_id" int not null, "county_id" int not null, "title" text not null, "owner_cadre_id" int null, "owner_department_id" int null, "deadline" date not null, "status" "action_item_status" not null default 'OPEN', "progress" smallint not null default 0, "next_review_on" date null, "closed_on" date null, "last_comment" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint action_item_progress_range check ((progress >= 0) and (progress <= 100)), constraint action_item_one_owner check ((owner_cadre_id is null) <> (owner_department_id is null)));`,
    );
    this.addSql(`create index "action_item_meeting_id_index" on "action_item" ("meeting_id");`);
    this.addSql(`create index "action_item_owner_department_id_status_index" on "action_item" ("owner_department_id", "status");`);
    this.addSql(`create index "action_item_owner_cadre_id_status_index" on "action_item" ("owner_cadre_id", "status");`);
    this.addSql(`create index "action_item_township_id_status_deadline_index" on "action_item" ("township_id", "status", "deadline");`);

    this.addSql(
      `create table "action_item_update" ("id" serial primary key, "action_item_id" int not null, "at" timestamptz not null, "by" text not null, "progress" smallint not null, "status" "action_item_status" not null, "comment" text null);`,
    );
    this.addSql(`create index "action_item_update_action_item_id_at_index" on "action_item_update" ("action_item_id", "at");`);

    this.addSql(
      `alter table "meeting" add constraint "meeting_township_id_foreign" foreign key ("township_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_chair_id_foreign" foreign key ("chair_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "agenda_version" add constraint "agenda_version_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_presenter_cadre_id_foreign" foreign key ("presenter_cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_presenter_department_id_foreign" foreign key ("presenter_department_id") references "department" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_proposed_department_id_foreign" foreign key ("proposed_department_id") references "department" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "meeting_decision" add constraint "meeting_decision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_decision" add constraint "meeting_decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "action_item" add constraint "action_item_decision_id_foreign" foreign key ("decision_id") references "meeting_decision" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_cadre_id_foreign" foreign key ("owner_cadre_id") references "cadre" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_department_id_foreign" foreign key ("owner_department_id") references "department" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "action_item_update" add constraint "action_item_update_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting_attendee" drop constraint "meeting_attendee_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_version" drop constraint "agenda_version_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_decision" drop constraint "meeting_decision_meeting_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_decision" drop constraint "meeting_decision_agenda_item_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_decision_id_foreign";`);

    this.addSql(`alter table "action_item_update" drop constraint "action_item_update_action_item_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_attendee" cascade;`);

    this.addSql(`drop table if exists "agenda_version" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "meeting_decision" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`drop table if exists "action_item_update" cascade;`);

    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "agenda_section";`);
    this.addSql(`drop type "agenda_item_kind";`);
    this.addSql(`drop type "action_item_status";`);
  }
}
