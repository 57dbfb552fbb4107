import { Migration } from '@mikro-orm/migrations';

export class Migration20261123090847_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "org_unit_kind" as enum ('COUNTY', 'TOWNSHIP', 'TOWN', 'STREET', 'VILLAGE_COMMITTEE', 'RESIDENTS_COMMITTEE', 'SERVICE_ZONE');`);
    this.addSql(`create type "village_category" as enum ('A', 'B', 'C');`);
    this.addSql(
      `create type "department_code" as enum ('PUBLICITY', 'INDUSTRY_COMMERCE', 'TAX', 'CULTURE', 'SCIENCE', 'HEALTH', 'PUBLIC_SECURITY', 'TRANSPORT', 'CIVIL_AFFAIRS', 'YOUTH_LEAGUE', 'WOMENS_FEDERATION', 'EDUCATION');`,
    );
    this.addSql(`create type "gender" as enum ('FEMALE', 'MALE');`);
    this.addSql(`create type "education" as enum ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'POSTGRADUATE');`);
    this.addSql(
      `create type "cadre_role" as enum ('PARTY_GOVERNMENT_HEAD', 'DEPUTY_IN_CHARGE', 'OFFICE_STAFF', 'STATIONED_CADRE', 'VILLAGE_OFFICER', 'HOUSEHOLD_GROUP_HEAD', 'ASSOCIATION_MEMBER', 'INFORMATION_OFFICER');`,
    );
    this.addSql(`create type "user_role" as enum ('LEADER', 'OFFICE', 'VILLAGE', 'DEPARTMENT', 'ANALYST', 'ADMIN');`);
    this.addSql(
      `create table "audit_record" ("id" bigserial primary key, "at" timestamptz not null, "user_id" int null, "username" text not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "before" jsonb null, "after" jsonb null);`,
    );
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);
    this.addSql(`create index "audit_record_entity_type_entity_id_index" on "audit_record" ("entity_type", "entity_id");`);

    this.addSql(
      `create table "org_unit" ("id" serial primary key, "parent_id" int null, "kind" "org_unit_kind" not null, "code" text not null, "name" text not null, "path" text not null default '', "depth" smallint not null default 0, "households" int null, "population" int null, "married_women" int null, "category" "village_category" null, "latitude" double precision null, "longitude" double precision null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "org_unit_parent_id_index" on "org_unit" ("parent_id");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_path_unique" unique ("path");`);
    this.addSql(`create index "org_unit_path_prefix" on "org_unit" ("path" text_pattern_ops);`);

    this.addSql(`create table "department" ("id" serial primary key, "org_unit_id" int not null, "code" "department_code" not null, "name" text not null);`);
    this.addSql(`alter table "department" add constraint "department_org_unit_id_code_unique" unique ("org_unit_id", "code");`);

    this.addSql(
      `create table "cadre" ("id" serial primary key, "name" text not null, "gender" "gender" not null, "birth_year" smallint null, "education" "education" null, "phone" text null, "unit_id" int not null, "roles" "cadre_role"[] not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "cadre_unit_id_index" on "cadre" ("unit_id");`);

    this.addSql(
      `create table "cadre_assignment" ("id" serial primary key, "cadre_id" int not null, "org_unit_id" int not null, "role" "cadre_role" not null, "start_date" date not null, "end_date" date null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "cadre_assignment_cadre_id_index" on "cadre_assignment" ("cadre_id");`);
    this.addSql(`create index "cadre_assignment_org_unit_id_role_index" on "cadre_assignment" ("org_unit_id", "role");`);

    this.addSql(
      `create table "responsibility_letter" ("id" serial primary key, "department_id" int not null, "township_id" int not null, "year" smallint not null, "signed_on" date null, "commitments" text not null);`,
    );
    this.addSql(
      `alter table "responsibility_letter" add constraint "responsibility_letter_department_id_township_id_year_unique" unique ("department_id", "township_id", "year");`,
    );

    this.addSql(
      `create table "app_user" ("id" serial primary key, "username" text not null, "display_name" text not null, "password_hash" text not null, "role" "user_role" not null, "scope_id" int not null, "active" boolean not null default true, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "session" ("token_hash" text not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "village_statistic" ("id" bigserial primary key, "village_id" int not null, "county_id" int not null, "month" date not null, "population" int not null, "households" int not null, "married_women" int not null, "births" int not null, "births_male" int not null, "births_female" int not null, "births_in_policy" int not null, "deaths" int not null, "contraception_users" int not null, "health_checks_due" int not null, "health_checks_done" int not null, "floating_in" int not null, "floating_out" int not null, "fee_due" int not null, "fee_collected" int not null, "incentives_paid" int not null, "recorded_by_id" int null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`create index "village_statistic_county_id_month_index" on "village_statistic" ("county_id", "month");`);
    this.addSql(`alter table "village_statistic" add constraint "village_statistic_village_id_month_unique" unique ("village_id", "month");`);

    this.addSql(
      `alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "department" add constraint "department_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "cadre" add constraint "cadre_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "cadre_assignment" add constraint "cadre_assignment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cadre_assignment" add constraint "cadre_assignment_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "responsibility_letter" add constraint "responsibility_letter_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "responsibility_letter" add constraint "responsibility_letter_township_id_foreign" foreign key ("township_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_scope_id_foreign" foreign key ("scope_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "village_statistic" add constraint "village_statistic_village_id_foreign" foreign key ("village_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_org_unit_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_unit_id_foreign";`);

    this.addSql(`alter table "cadre_assignment" drop constraint "cadre_assignment_org_unit_id_foreign";`);

    this.addSql(`alter table "responsibility_letter" drop constraint "responsibility_letter_township_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_scope_id_foreign";`);

    this.addSql(`alter table "village_statistic" drop constraint "village_statistic_village_id_foreign";`);

    this.addSql(`alter table "responsibility_letter" drop constraint "responsibility_letter_department_id_foreign";`);

    this.addSql(`alter table "cadre_assignment" drop constraint "cadre_assignment_cadre_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_record" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "cadre_assignment" cascade;`);

    this.addSql(`drop table if exists "responsibility_letter" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "village_statistic" cascade;`);

    this.addSql(`drop type "org_unit_kind";`);
    this.addSql(`drop type "village_category";`);
    this.addSql(`drop type "department_code";`);
    this.addSql(`drop type "gender";`);
    this.addSql(`drop type "education";`);
    this.addSql(`drop type "cadre_role";`);
    this.addSql(`drop type "user_role";`);
  }
}
