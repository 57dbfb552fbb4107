// The pre-commit hook (.githooks/pre-commit): ESLint and Prettier's check on the staged files
// only, so a commit costs seconds rather than a whole `pnpm check`. It reads the files as they
// are in the working tree, which is what is staged unless a file is only partly staged.
import { execFileSync } from 'node:child_process';
import { pnpm } from './lib.mjs';

const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const lintable = staged.filter((file) => /\.(ts|vue|mjs|js)$/.test(file));

let failed = false;
if (lintable.length) failed = (await pnpm(['exec', 'eslint', '--no-warn-ignored', '--max-warnings=0', ...lintable])) !== 0 || failed;
if (staged.length) failed = (await pnpm(['exec', 'prettier', '--check', '--ignore-unknown', ...staged])) !== 0 || failed;
if (failed) console.error('\npre-commit: fix the above (`pnpm format` rewrites the layout), or commit with --no-verify.');
process.exit(failed ? 1 : 0);
