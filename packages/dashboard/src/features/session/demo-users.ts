import type { Role } from '@township/shared';

/** The demo county's sign-ins (password `demo` for all), listed on the sign-in page. */
export const DEMO_USERS: ReadonlyArray<{ username: string; role: Role }> = [
  { username: 'leader', role: 'LEADER' },
  { username: 'office', role: 'OFFICE' },
  { username: 'village', role: 'VILLAGE' },
  { username: 'department', role: 'DEPARTMENT' },
  { username: 'analyst', role: 'ANALYST' },
  { username: 'admin', role: 'ADMIN' },
];
export const DEMO_PASSWORD = 'demo';
