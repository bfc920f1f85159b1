// Quick look at the JavaScript a few built pages fetch (the full report is `npm run bench`).
import { browserWeights } from './browser-weight.mjs';
const paths = process.argv.slice(2);
const weights = await browserWeights('dist', paths);
for (const [path, w] of weights)
	console.log(
		`${path}  load ${(w.onLoad / 1024).toFixed(1)}  settled ${(w.settled / 1024).toFixed(1)}  all ${(w.all / 1024).toFixed(1)} KB`,
	);
