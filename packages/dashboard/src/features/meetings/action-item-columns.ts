/** Columns an action-item table may show after the title. */
export type ActionItemColumn = 'owner' | 'meeting' | 'deadline' | 'status' | 'progress' | 'overdue' | 'nextReview' | 'closedOn' | 'lastComment';

export const TRACKER_COLUMNS: readonly ActionItemColumn[] = ['owner', 'meeting', 'deadline', 'status', 'progress', 'overdue', 'nextReview', 'lastComment'];

/** The bulletin's three lists, on screen and on paper: each shows what matters for its kind of item. */
export const BULLETIN_SECTIONS = [
  { key: 'overdue', columns: ['owner', 'meeting', 'deadline', 'progress', 'overdue'] },
  { key: 'open', columns: ['owner', 'meeting', 'deadline', 'status', 'progress', 'nextReview'] },
  { key: 'done', columns: ['owner', 'meeting', 'deadline', 'closedOn'] },
] as const satisfies readonly { key: string; columns: readonly ActionItemColumn[] }[];
export type BulletinSection = (typeof BULLETIN_SECTIONS)[number]['key'];
