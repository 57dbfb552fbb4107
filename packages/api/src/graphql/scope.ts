import { notFound } from '@township/shared';
import type { Viewer } from './viewer.js';

/**
 * What a viewer may see: their scope org unit and everything below it. Every query path that
 * returns org-unit-bound rows goes through one of these methods, so a village officer can never
 * read another village's rows through a list, a nested field or a roll-up.
 */
export class Scope {
  constructor(readonly rootPath: string) {}

  static of(viewer: Viewer): Scope {
    return new Scope(viewer.scope.path);
  }

  /** True when the unit with this path is inside the scope. */
  contains(path: string): boolean {
    return path.startsWith(this.rootPath);
  }

  /** True for units inside the scope and for those above it, whose identity (not figures) a viewer may see. */
  canIdentify(path: string): boolean {
    return this.contains(path) || this.rootPath.startsWith(path);
  }

  /**
   * Throws NOT_FOUND unless the unit is inside the scope: the same answer, naming nothing, as for
   * an id that does not exist, so a refusal never tells what lies outside (`what` and `id` are
   * what the caller asked for).
   */
  assertContains(unit: { id: number; path: string }, what = 'Org unit', id: number | string = unit.id): void {
    if (!this.contains(unit.path)) throw notFound(what, id);
  }

  /** The same restriction as a MikroORM filter on an OrgUnit-typed property. */
  where(): { path: { $like: string } } {
    return { path: { $like: `${this.rootPath}%` } };
  }
}
