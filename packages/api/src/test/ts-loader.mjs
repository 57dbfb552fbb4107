// `node --import ./src/test/ts-loader.mjs file.ts`: runs the API's TypeScript in a child process,
// for tests whose subject is a process of its own (one that crashes, or is killed). The sources
// are transpiled one by one with the workspace's TypeScript, without type checks.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

// This file is also the hooks module, loaded again on the loader's own thread.
if (isMainThread) register(import.meta.url);

/** The sources import each other as `./x.js`, as tsc's output will be named. */
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const source = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(source))) return { url: source.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const { default: ts } = await import('typescript');
  const { outputText } = ts.transpileModule(await readFile(new URL(url), 'utf8'), {
    fileName: fileURLToPath(url),
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, experimentalDecorators: true, emitDecoratorMetadata: true },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
