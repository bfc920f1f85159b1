// Part of `npm run build`, after `astro build`: builds the site once more as package content
// (BZW_SCORM=1, see src/build/build-target.ts) and writes a SCORM 1.2 and a SCORM 2004 4th edition
// package per learning path to dist/scorm/. Each package holds its path (its modules, their checks,
// role-plays and search over them; one content build per path) but nothing that has no place in an
// LMS (HR pages, assignment links), launches the path's LMS runner page, and has every
// internal address relative (relativize.mjs). Fails when a page links to a file the package lacks.
import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { SCORM_VERSIONS, scormPackageName } from '../../src/lib/scorm/package-name.ts';
import { manifest12, manifest2004 } from './manifest.mjs';
import { internalLinks, relativizeText } from './relativize.mjs';

const root = join(import.meta.dirname, '../..');
const outDir = join(root, 'dist/scorm');
/** The XML schemas a conformant package carries at its root, per SCORM version (schemas/README.md). */
const SCHEMA_FILES = Object.fromEntries(
	SCORM_VERSIONS.map((scorm) => {
		const dir = join(import.meta.dirname, 'schemas', scorm);
		return [
			scorm,
			Object.fromEntries(
				listFiles(dir).map((path) => [path, new Uint8Array(readFileSync(join(dir, path)))]),
			),
		];
	}),
);
/** Folders and files of the site left out of every package. */
const EXCLUDED = [
	/^hr\//,
	/^seminar\//,
	// Offline use is for the site itself: in an LMS the LMS serves the package.
	/^offline\//,
	/^manifest\.webmanifest$/,
	/^sw(-register)?\.js$/,
	/^zuweisung\//,
	/^nachweis\//,
	/^lms\/pakete\.json$/,
	/^scorm\//,
];
// Zip entries carry this date, so the same content gives the same package.
const MTIME = new Date('2026-01-01T00:00:00Z');

function listFiles(dir) {
	return readdirSync(dir, { recursive: true })
		.map((name) => String(name))
		.filter((name) => statSync(join(dir, name)).isFile())
		.map((name) => name.split(sep).join('/'))
		.sort();
}

/** The learning paths of the course (its files under content/paths, or CONTENT_DIR's). */
function pathIds() {
	const dir = join(root, process.env.CONTENT_DIR ?? 'content', 'paths');
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => name.replace(/\.ya?ml$/, ''))
		.sort();
}

/** Builds the course cut down to one path (BZW_SCORM_PATH, see src/build/content/course-of-path.ts). */
function buildSite(siteDir, pathId) {
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir],
		{
			cwd: root,
			env: { ...process.env, BZW_SCORM: '1', BZW_SCORM_PATH: pathId },
			encoding: 'utf8',
		},
	);
	if (result.status !== 0)
		throw new Error(`The SCORM build failed:\n${result.stdout}\n${result.stderr}`);
	return Math.round(performance.now() - started);
}

/** Every internal link of every page must lead to a file of the package. */
function checkLinks(files) {
	const broken = [];
	for (const [path, bytes] of Object.entries(files)) {
		if (!path.endsWith('.html')) continue;
		for (const link of internalLinks(Buffer.from(bytes).toString('utf8'))) {
			const target = posix.normalize(posix.join(posix.dirname(path), decodeURI(link)));
			if (!(target in files)) broken.push(`${path} → ${link}`);
		}
	}
	if (broken.length > 0)
		throw new Error(
			`Links to files the package lacks:\n  ${[...new Set(broken)].slice(0, 30).join('\n  ')}`,
		);
}

const work = mkdtempSync(join(tmpdir(), 'bzw-scorm-'));
try {
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	mkdirSync(outDir, { recursive: true });
	const written = [];
	let ms = 0;
	for (const pathId of pathIds()) {
		const siteDir = join(work, pathId);
		ms += buildSite(siteDir, pathId);
		const site = {};
		for (const path of listFiles(siteDir)) {
			const bytes = readFileSync(join(siteDir, path));
			const text = /\.(html|css|js|json|svg|xml|txt)$/.test(path)
				? relativizeText(path, bytes.toString('utf8'))
				: undefined;
			site[path] = text === undefined ? new Uint8Array(bytes) : new TextEncoder().encode(text);
		}
		const packages = JSON.parse(Buffer.from(site['lms/pakete.json']).toString('utf8'));
		if (packages.length !== 1 || packages[0].id !== pathId)
			throw new Error(
				`The build for "${pathId}" made packages for: ${packages.map((p) => p.id).join(', ')}`,
			);
		for (const pkg of packages) {
			const content = Object.fromEntries(
				Object.entries(site).filter(
					([path]) =>
						!EXCLUDED.some((pattern) => pattern.test(path)) &&
						!(path.startsWith('lms/') && !path.startsWith(`lms/${pkg.id}/`)),
				),
			);
			checkLinks(content);
			for (const scorm of SCORM_VERSIONS) {
				const launch = Buffer.from(content[pkg.launch]).toString('utf8');
				if (!launch.includes('data-scorm-version=""'))
					throw new Error(`${pkg.launch}: data-scorm-version="" not found`);
				const files = {
					...content,
					[pkg.launch]: new TextEncoder().encode(
						launch.replace('data-scorm-version=""', `data-scorm-version="${scorm}"`),
					),
				};
				const info = { ...pkg, version, files: Object.keys(files) };
				files['imsmanifest.xml'] = new TextEncoder().encode(
					scorm === '1.2' ? manifest12(info) : manifest2004(info),
				);
				for (const [path, data] of Object.entries(SCHEMA_FILES[scorm])) {
					if (path in files) throw new Error(`${path}: a site file has the name of a schema file`);
					files[path] = data;
				}
				const zip = zipSync(
					Object.fromEntries(
						Object.entries(files).map(([path, data]) => [path, [data, { mtime: MTIME }]]),
					),
					{ level: 9 },
				);
				const name = scormPackageName(pkg.id, scorm);
				writeFileSync(join(outDir, name), zip);
				written.push(
					`${name} (${(zip.length / 1024).toFixed(0)} KB, ${Object.keys(files).length} files)`,
				);
			}
		}
	}
	console.log(
		`SCORM packages in ${relative(root, outDir)}/ (content builds, one per path, ${(ms / 1000).toFixed(1)} s):\n  ${written.join('\n  ')}`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}
