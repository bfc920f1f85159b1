// Builds one Astro project in this process and prints {"ms": …, "maxRssMb": …} as the last line.
// Run as a child process so wall time and peak memory belong to this build alone.
// Usage: node build-once.mjs <projectRoot> <outDir>   (CONTENT_DIR in the environment picks the corpus)
import { build } from 'astro';
import { resolve } from 'node:path';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: build-once.mjs <projectRoot> <outDir>');
const started = performance.now();
await build({ root: resolve(root), outDir: resolve(outDir), force: true, logLevel: 'error' });
const ms = Math.round(performance.now() - started);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ ms, maxRssMb }));
