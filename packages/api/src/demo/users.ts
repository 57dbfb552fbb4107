import { Role } from '@township/shared';

/** The password of every demo user. */
export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** Which org unit the user's scope is: the whole county, or one village of 洪凝镇. */
  scope: 'county' | 'village';
  scopeDescription: string;
}

/** The sign-ins the server prints on first start; all use DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'leader', displayName: '演示·乡镇领导', role: Role.Leader, scope: 'county', scopeDescription: '莲山县（全县）' },
  { username: 'office', displayName: '演示·计生办', role: Role.Office, scope: 'county', scopeDescription: '莲山县（全县）' },
  { username: 'village', displayName: '演示·村计生专干', role: Role.Village, scope: 'village', scopeDescription: '洪凝镇的第一个村委会' },
  { username: 'department', displayName: '演示·部门', role: Role.Department, scope: 'county', scopeDescription: '莲山县（全县）' },
  { username: 'analyst', displayName: '演示·分析员', role: Role.Analyst, scope: 'county', scopeDescription: '莲山县（全县）' },
  { username: 'admin', displayName: '演示·系统管理员', role: Role.Admin, scope: 'county', scopeDescription: '莲山县（全县）' },
];
