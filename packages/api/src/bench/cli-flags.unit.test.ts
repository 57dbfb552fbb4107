import { describe, expect, it } from 'vitest';
import { loopbackOrigin, numberFlag } from './cli-flags.js';

describe('proof script flags', () => {
  it('take a server on this machine only', () => {
    expect(loopbackOrigin('http://127.0.0.1:4000/graphql')).toBe('http://127.0.0.1:4000');
    expect(loopbackOrigin('http://localhost:4000')).toBe('http://127.0.0.1:4000');
    expect(loopbackOrigin('http://[::1]:4000/')).toBe('http://[::1]:4000');
    expect(loopbackOrigin('http://127.0.0.2:8080')).toBe('http://127.0.0.2:8080');
    for (const url of [
      'http://10.0.0.5:4000',
      'http://example.com',
      'http://127.0.0.1.nip.io:4000',
      'https://127.0.0.1:4000',
      'http://0.0.0.0:4000',
      'localhost:4000',
    ]) {
      expect(() => loopbackOrigin(url), url).toThrow(/--url/);
    }
  });

  it('bound numbers, so a typo cannot start an endless run', () => {
    expect(numberFlag('50', 'clients', 1, 500)).toBe(50);
    expect(() => numberFlag('5000', 'clients', 1, 500)).toThrow('--clients must be a number from 1 to 500, got "5000"');
    expect(() => numberFlag('abc', 'seconds', 1, 3600)).toThrow(/--seconds/);
  });
});
