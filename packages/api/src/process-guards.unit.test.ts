import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { afterEach, expect, it } from 'vitest';
import { enterRequestScope, RequestScope } from './http/request-scope.js';
import { createLogger } from './log.js';
import { keepServingOnStrayErrors } from './process-guards.js';

type Listener = (...args: unknown[]) => void;
const events = ['uncaughtException', 'unhandledRejection'];
// The process's listeners, taken as a plain emitter's: the test calls the guard's own ones directly.
const emitter = process as unknown as EventEmitter;
const before = new Map(events.map((event) => [event, emitter.listeners(event)]));
const added = (event: string) => (emitter.listeners(event) as Listener[]).filter((listener) => !before.get(event)!.includes(listener));
afterEach(() => {
  for (const event of events) for (const listener of added(event)) emitter.removeListener(event, listener);
});

it('logs a stray error, with the request it happened in, instead of letting it end the process', () => {
  const lines: Record<string, any>[] = [];
  keepServingOnStrayErrors(createLogger('error', { write: (line: string) => lines.push(JSON.parse(line)) }));
  const [onException] = added('uncaughtException');
  const [onRejection] = added('unhandledRejection');

  // A request's scope, entered as the server enters it; the throw happens inside.
  const res = Object.assign(new EventEmitter(), { locals: { requestScope: new RequestScope('req-7') }, writableFinished: true }) as unknown as Response;
  enterRequestScope(60_000)({} as Request, res, () => onException(new Error('a socket error nobody listened to'), 'uncaughtException'));
  res.emit('close');
  onRejection(new Error('a forgotten promise'), Promise.resolve());

  expect(lines.map(({ msg, reqId, err }) => ({ msg, reqId, error: err.message }))).toEqual([
    { msg: 'Uncaught exception; still serving', reqId: 'req-7', error: 'a socket error nobody listened to' },
    { msg: 'Unhandled promise rejection; still serving', reqId: undefined, error: 'a forgotten promise' },
  ]);
});
