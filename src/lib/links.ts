/**
 * Every internal address the site links to, in one place, so the URL scheme (and a base path,
 * as an LMS package will need) changes here only.
 */
import { scormPackageName, type ScormVersion } from './scorm/package-name';

const configuredBase = import.meta.env.BASE_URL.replace(/\/$/, '');
/**
 * The base path. In the SCORM packages every address is made relative to the file it is in
 * (scripts/scorm/relativize.mjs), this one too: in a script under `_astro/` it becomes "..", which
 * must be resolved against that script's own address, not against the page that runs it.
 */
const base = configuredBase.startsWith('.')
	? new URL(`${configuredBase}/`, import.meta.url).pathname.replace(/\/$/, '')
	: configuredBase;

export const href = (path: string): string => `${base}${path}`;

export const links = {
	home: () => href('/'),
	paths: () => href('/pfade/'),
	path: (pathId: string) => href(`/pfade/${pathId}/`),
	moduleInPath: (pathId: string, moduleId: string) => href(`/pfade/${pathId}/${moduleId}/`),
	module: (moduleId: string) => href(`/module/${moduleId}/`),
	roleplays: () => href('/rollenspiele/'),
	roleplay: (roleplayId: string) => href(`/rollenspiele/${roleplayId}/`),
	roleplayRoom: (roleplayId: string) => href(`/rollenspiele/${roleplayId}/raum/`),
	roleplayRoomPresenter: (roleplayId: string) => href(`/rollenspiele/${roleplayId}/raum/referent/`),
	glossary: (termId?: string) => href(`/glossar/${termId ? `#${termId}` : ''}`),
	about: () => href('/ueber/'),
	quizData: (quizId: string) => href(`/wissenscheck/${quizId}.json`),
	/** A learning path's entry test (Eingangstest) or final test (Abschlusstest). */
	pathTest: (pathId: string, kind: 'entry' | 'final') =>
		href(`/pfade/${pathId}/test/${kind === 'entry' ? 'eingangstest' : 'abschlusstest'}/`),
	pathTestData: (pathId: string) => href(`/wissenscheck/pfad/${pathId}.json`),
	assessmentData: (assessmentId: string) => href(`/selbsteinschaetzung/${assessmentId}.json`),
	dashboard: () => href('/lernstand/'),
	presentation: (moduleId: string) => href(`/praesentation/${moduleId}/`),
	presenter: (moduleId: string) => href(`/praesentation/${moduleId}/referent/`),
	/** A printable card set, template or checklist for the seminar room. */
	material: (materialId: string) => href(`/material/${materialId}/`),
	certificate: (pathId: string) => href(`/zertifikat/${pathId}/`),
	/** The search page; `query` prefilled from `?q=`. */
	search: (query?: string) => href(`/suche/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
	/** The search index, fetched when search first opens. */
	searchIndex: () => href('/suche/index.json'),
	/** The index terms that begin with `key`; `version` keeps a cached file of an older build out. */
	searchTerms: (key: string, version: string) =>
		href(`/suche/begriffe/${key}.json?v=${encodeURIComponent(version)}`),
	/** A chunk of snippet texts; `version` keeps a cached chunk of an older build out. */
	searchTexts: (chunk: number, version: string) =>
		href(`/suche/texte/${chunk}.json?v=${encodeURIComponent(version)}`),
	/** The course's structure for learner islands (dashboard, assignment, record). */
	courseData: () => href('/lernstand/kurs.json'),
	/** Where a learner opens an assignment link; the assignment follows in the fragment. */
	assignment: () => href('/zuweisung/'),
	/** The printable completion record of one accepted assignment. */
	record: (assignmentId?: string) => href(`/nachweis/${assignmentId ? `#${assignmentId}` : ''}`),
	/** The trainer's seminar planner and its data. */
	/** The learner's relationship workbench and its data. */
	workbench: () => href('/werkstatt/'),
	workbenchData: () => href('/werkstatt/daten.json'),
	seminar: () => href('/seminar/'),
	seminarData: () => href('/seminar/daten.json'),
	hr: () => href('/hr/'),
	hrAssign: () => href('/hr/zuweisen/'),
	hrOverview: () => href('/hr/uebersicht/'),
	hrData: () => href('/hr/kurs.json'),
	scormPackage: (pathId: string, version: ScormVersion) =>
		href(`/scorm/${scormPackageName(pathId, version)}`),
};
