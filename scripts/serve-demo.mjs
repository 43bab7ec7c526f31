// `npm start`: writes the sample feed for today (so the calendar is never
// empty) and serves the demo page, which embeds the built CDN bundle exactly
// as a partner site would.
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {serveStatic} from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/write-sample-feed.mjs', '--out', 'sample/live-feed.json'], {cwd: root, stdio: 'inherit'});

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
await serveStatic(root, port, host);
console.log(`\npdk-widgets demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/\n(Ctrl+C to stop; PORT=8080 npm start for another port)`);
