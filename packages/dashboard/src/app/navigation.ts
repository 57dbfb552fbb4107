import type { Component } from 'vue';
import { ChatLineSquare, DataAnalysis, Document, HomeFilled, Medal, Monitor, Tickets } from '@element-plus/icons-vue';

/** The side navigation, in the order a leader works through it. */
export interface NavItem {
  routeName: string;
  path: string;
  /** Key under `nav.` in the messages. */
  key: string;
  icon: Component;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { routeName: 'overview', path: '/', key: 'overview', icon: DataAnalysis },
  { routeName: 'villages', path: '/villages', key: 'villages', icon: HomeFilled },
  { routeName: 'assessments', path: '/assessments', key: 'assessments', icon: Medal },
  { routeName: 'surveys', path: '/surveys', key: 'surveys', icon: Tickets },
  { routeName: 'complaints', path: '/complaints', key: 'complaints', icon: ChatLineSquare },
  { routeName: 'meetings', path: '/meetings', key: 'meetings', icon: Document },
  // Not /explorer: that path is the API's own GraphiQL, which this page frames.
  { routeName: 'explorer', path: '/query', key: 'explorer', icon: Monitor },
];
