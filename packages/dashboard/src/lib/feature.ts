import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';

/** A tree of UI sentences. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The keys of a message tree, each a string: what every other language must provide. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** An entry of the side navigation. */
export interface NavItem {
  routeName: string;
  path: string;
  /** Key under `nav.` in the messages. */
  key: string;
  icon: Component;
}

/**
 * What a feature brings to the dashboard: the default export of its `manifest.ts` (also exported by
 * its `index.ts`), found by the composition root (`app/features.ts`) and spread into the router,
 * the messages and the side navigation: adding a feature edits no shared file.
 */
export interface FeatureManifest<M extends MessageTree = MessageTree> {
  name: string;
  /** Where its entries stand in the side navigation, lowest first (the order a leader works through the pages). */
  order: number;
  /** Pages inside the app shell; paths relative to `/` (`villages/:id`). Components load lazily. */
  routes?: RouteRecordRaw[];
  /** Pages outside the shell (sign-in, printable notices): absolute paths. */
  standaloneRoutes?: RouteRecordRaw[];
  /** The feature's UI sentences, merged into the app's messages (top-level keys such as `complaints`, `nav.complaints`). */
  messages?: { 'zh-CN': M; en: SameKeys<M> };
  /** Its entries of the side navigation, placed by `order`. */
  nav?: NavItem[];
}

/** Keeps the messages' type: the app's message type is the union of every feature's. */
export function defineFeature<M extends MessageTree>(manifest: FeatureManifest<M>): FeatureManifest<M> {
  return manifest;
}
