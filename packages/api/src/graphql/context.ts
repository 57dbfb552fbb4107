import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode, refusal } from '@township/shared';
import type DataLoader from 'dataloader';
import { Scope } from './scope.js';
import type { Viewer } from './viewer.js';

/** Per-request state: one forked EntityManager, the viewer, and DataLoaders created on first use. */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer | null,
    readonly req?: Request,
    readonly res?: Response,
  ) {}

  /** The signed-in viewer; UNAUTHENTICATED when there is none. */
  get user(): Viewer {
    if (!this.viewer) throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first', undefined, refusal('signInFirst'));
    return this.viewer;
  }

  get scope(): Scope {
    return Scope.of(this.user);
  }

  /**
   * The request's loader under `key`, created by `create` the first time. Modules own their
   * loaders this way, so the context never has to import them.
   */
  loader<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
