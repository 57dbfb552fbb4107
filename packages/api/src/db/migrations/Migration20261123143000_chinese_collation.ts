import { Migration } from '@mikro-orm/migrations';

/**
 * Place and person names sort the way a Chinese reader expects (by pinyin: 安乐村, 白马村, 李村, 张庄村),
 * not by code point as the database's C.UTF-8 default would. ICU's `zh-x-icu` ships with the
 * embedded PostgreSQL, the official Docker image and Debian's packages. MikroORM's schema diff does
 * not compare collations, so the entities need no change.
 */
export class Migration20261123143000_chinese_collation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "org_unit" alter column "name" type text collate "zh-x-icu";`);
    this.addSql(`alter table "cadre" alter column "name" type text collate "zh-x-icu";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" alter column "name" type text collate "default";`);
    this.addSql(`alter table "cadre" alter column "name" type text collate "default";`);
  }
}
