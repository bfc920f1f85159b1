// Writes a synthetic course of N modules (about 1,200 German words each, with headings, lists and a
// table) into a content folder shaped like content/: deterministic, so runs are comparable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
	'Beziehung Kunde Vertrauen Gespräch Angebot Projekt Entscheidung Einkauf Technik Innendienst Führung ' +
	'Anlage Wartung Termin Zusage Netzwerk Anerkennung Sympathie Kompetenz Intensität Gegenseitigkeit ' +
	'Besuch Werk Lieferant Vertrag Service Qualität Ziel Strategie Diagnose Potenzial Wertschöpfung ' +
	'pflegen aufbauen klären besprechen vereinbaren prüfen bewerten verstehen nutzen stärken planen ' +
	'langfristig persönlich verlässlich fachlich gemeinsam offen konkret wichtig früh regelmäßig ' +
	'der die das mit und für bei zum im auf nach über eine einen dem den'
).split(' ');

function random(seed) {
	let state = seed >>> 0;
	return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(next, length) {
	const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
	return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraph(next, sentences) {
	return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 8))).join(
		' ',
	);
}

function moduleBody(next) {
	const parts = [];
	for (let section = 1; section <= 6; section++) {
		parts.push(`## Abschnitt ${section}: ${sentence(next, 3).slice(0, -1)}`);
		parts.push(paragraph(next, 6), paragraph(next, 5));
		if (section === 2)
			parts.push(Array.from({ length: 5 }, () => `- ${sentence(next, 7)}`).join('\n'));
		if (section === 4)
			parts.push(
				[
					'| Kriterium | Beobachtung | Maßnahme |',
					'| --- | --- | --- |',
					...Array.from(
						{ length: 4 },
						() => `| ${sentence(next, 2)} | ${sentence(next, 5)} | ${sentence(next, 5)} |`,
					),
				].join('\n'),
			);
		parts.push(paragraph(next, 4));
	}
	return parts.join('\n\n');
}

const frontmatter = (index) => `---
title: "Synthetisches Modul ${index}"
summary: "Ein generiertes Modul für den Build-Benchmark."
block: diagnose
order: ${index}
duration: 30
objectives:
  - Sie können den Benchmark lesen.
trainerNotes:
  timing:
    - minutes: 5
      kind: opening
      activity: Einstieg
    - minutes: 20
      kind: input
      activity: Lesen
    - minutes: 5
      kind: closing
      activity: Abschluss
  discussion:
    - Was fällt auf?
  exercise:
    title: Übung
    minutes: 10
    instructions: Die Gruppe liest gemeinsam.
---
`;

export function writeSyntheticCourse(dir, count, { pathSize = 25 } = {}) {
	for (const folder of ['modules', 'paths', 'quizzes', 'assessments', 'glossary', 'roleplays'])
		mkdirSync(join(dir, folder), { recursive: true });
	const next = random(20261127);
	const ids = [];
	for (let index = 1; index <= count; index++) {
		const id = `modul-${String(index).padStart(4, '0')}`;
		ids.push(id);
		writeFileSync(
			join(dir, 'modules', `${id}.mdx`),
			`${frontmatter(index)}\n${moduleBody(next)}\n`,
		);
	}
	for (let start = 0, n = 1; start < ids.length; start += pathSize, n++) {
		const modules = ids.slice(start, start + pathSize);
		writeFileSync(
			join(dir, 'paths', `pfad-${n}.yaml`),
			`title: "Pfad ${n}"\naudience: Alle\ndescription: Ein generierter Lernpfad.\norder: ${n}\nmodules:\n${modules.map((m) => `  - ${m}`).join('\n')}\n`,
		);
	}
	return ids;
}
