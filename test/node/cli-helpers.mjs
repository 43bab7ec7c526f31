/**
 * Shared by the pdk-feed tests: spawn `node bin/pdk-feed.js` in a temporary
 * directory, and write files there. Not a test itself.
 *
 * Run after `npx tsc -p tsconfig.build.json`: the bin imports dist/cli/.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/pdk-feed.js');

/** A locale that says nothing, so only what a test sets decides the language. */
const NEUTRAL_ENV = {...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: ''};

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs pdk-feed in `cwd`; resolves to {code, stdout, stderr}. */
export function run(cwd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...NEUTRAL_ENV, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

/** Writes a file into `dir` (text as is: BOMs and CRLFs are the test's to choose); returns its name. */
export function write(dir, name, content) {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

/** Rows of cells → CSV text with this delimiter and line end; cells are written as given (quote them yourself). */
export function csv(rows, {delimiter = ',', eol = '\n', bom = false} = {}) {
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.join(delimiter)).join(eol)}${eol}`;
}
