import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../config.js';
import { ComplainantKeyKind } from './complainant.entity.js';

const KEY_FILE = 'complainant-match.key';
let cached: Buffer | undefined;

/**
 * The secret behind the person-matching hashes. It must live outside the database: with it, an
 * 11-digit phone's hash can be brute-forced, without it the hashes reveal nothing. Taken from
 * COMPLAINANT_MATCH_KEY, else from a file in the data directory created (mode 0600) on first use;
 * losing the file only means earlier complaints are no longer matched to new ones.
 */
export function matchKey(): Buffer {
  if (cached) return cached;
  const fromEnv = process.env.COMPLAINANT_MATCH_KEY;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('COMPLAINANT_MATCH_KEY must be at least 32 characters');
    return (cached = Buffer.from(fromEnv));
  }
  const dataDir = readConfig().dataDir;
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // Written aside and linked into place: when two processes race, one link wins and both read it.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(temp, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  return (cached = Buffer.from(fs.readFileSync(file, 'utf8').trim()));
}

/** The keyed hash of a normalised phone or ID number; the kind is mixed in so the two never collide. */
export function matchHash(kind: ComplainantKeyKind, normalised: string): string {
  return createHmac('sha256', matchKey()).update(`${kind}:${normalised}`).digest('hex');
}
