import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/roleplay/validate-scenario';
import type { Roleplay, RoleplayChoice } from '../../../src/schemas/roleplay';
import { fixtureScenario } from './fixture';

/** Each test breaks one thing in the valid fixture scenario and expects exactly the matching problem. */
function scenario(change: (s: Roleplay) => void = () => {}): Roleplay {
	const s = fixtureScenario();
	change(s);
	return s;
}
const node = (s: Roleplay, id: string) => s.nodes.find((n) => n.id === id)!;
const choice = (s: Roleplay, nodeId: string, choiceId: string): RoleplayChoice =>
	node(s, nodeId).choices.find((c) => c.id === choiceId)!;
const fields = (s: Roleplay) => validateScenario(s).map((p) => p.field);

describe('validateScenario: structure', () => {
	it('finds nothing wrong in the valid fixture', () => {
		expect(validateScenario(scenario())).toEqual([]);
	});

	it('reports a target that does not exist, naming node and choice', () => {
		const s = scenario((s) => (choice(s, 'bedarf', 'zuhoeren').target = 'gibt-es-nicht'));
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "bedarf", Auswahl "zuhoeren"',
				message: 'Das Ziel "gibt-es-nicht" gibt es nicht (weder Knoten noch Ende).',
			},
		]);
	});

	it('reports a node no path reaches', () => {
		const s = scenario((s) =>
			s.nodes.push({
				id: 'vergessen',
				mood: 'neutral',
				says: 'Hallo?',
				choices: [
					{
						id: 'tschuess',
						text: 'Tschüss.',
						effects: {},
						sets: [],
						why: 'Ende.',
						target: 'offen',
					},
				],
			}),
		);
		expect(validateScenario(s)).toEqual([
			{ field: 'Knoten "vergessen"', message: 'Kein Weg vom Start führt hierher.' },
		]);
	});

	it('reports an ending no path reaches', () => {
		const s = scenario((s) =>
			s.endings.push({
				id: 'nie',
				outcome: 'neutral',
				title: 'Nie',
				explanation: 'E',
				advice: 'A',
			}),
		);
		expect(validateScenario(s)).toEqual([
			{ field: 'Ende "nie"', message: 'Kein Weg vom Start führt hierher.' },
		]);
	});

	it('reports a node from which no ending can be reached', () => {
		const s = scenario((s) => {
			// "angebot" now only leads into a closed loop: the loop is one problem, "angebot" another.
			node(s, 'angebot').choices = [
				{ id: 'schleife', text: 'Hm.', effects: {}, sets: [], why: 'W', target: 'kreis' },
			];
			s.nodes.push({
				id: 'kreis',
				mood: 'neutral',
				says: 'Hm?',
				choices: [{ id: 'weiter', text: 'Hm.', effects: {}, sets: [], why: 'W', target: 'kreis' }],
			});
			s.endings = s.endings.filter((e) => e.id === 'abgebrochen');
		});
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "kreis"',
				message:
					'Zyklus ohne Ausweg: kreis → kreis. Keine Auswahl führt aus diesem Kreis zu einem Ende.',
			},
			{ field: 'Knoten "smalltalk"', message: 'Von diesem Knoten aus ist kein Ende erreichbar.' },
			{ field: 'Knoten "bedarf"', message: 'Von diesem Knoten aus ist kein Ende erreichbar.' },
			{ field: 'Knoten "angebot"', message: 'Von diesem Knoten aus ist kein Ende erreichbar.' },
		]);
	});

	it('reports a cycle with no way out, listing its nodes', () => {
		const s = scenario((s) => {
			node(s, 'bedarf').choices = [
				{ id: 'zurueck', text: 'Wie bitte?', effects: {}, sets: [], why: 'W', target: 'smalltalk' },
			];
			choice(s, 'smalltalk', 'zum-thema').target = 'bedarf';
			s.endings = s.endings.filter((e) => e.id === 'abgebrochen');
			s.nodes = s.nodes.filter((n) => n.id !== 'angebot');
		});
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "smalltalk"',
				message:
					'Zyklus ohne Ausweg: smalltalk → bedarf → smalltalk. Keine Auswahl führt aus diesem Kreis zu einem Ende.',
			},
		]);
	});

	it('accepts a cycle that has a way out', () => {
		// The fixture's "smalltalk" loops on itself and leaves through "zum-thema".
		expect(choice(fixtureScenario(), 'smalltalk', 'weiter-plaudern').target).toBe('smalltalk');
		expect(validateScenario(scenario())).toEqual([]);
	});

	it('reports an effect on an unknown meter', () => {
		const s = scenario(
			(s) => (choice(s, 'begruessung', 'fachlich').effects = { kompetenz: 10, charme: 5 }),
		);
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "begruessung", Auswahl "fachlich"',
				message:
					'Wirkung auf unbekanntes Kriterium "charme". Erlaubt: sympathie, anerkennung, vertrauen, gegenseitigkeit, intensitaet, kompetenz.',
			},
		]);
	});

	it('reports a condition on an unknown meter', () => {
		const s = scenario(
			(s) => (choice(s, 'angebot', 'termin').condition = { min: { vertraun: 60 } }),
		);
		expect(validateScenario(s)[0]).toMatchObject({
			field: 'Knoten "angebot", Auswahl "termin"',
			message: expect.stringMatching(/^Bedingung auf unbekanntes Kriterium "vertraun"/),
		});
	});

	it('reports a condition that names an unknown flag', () => {
		const s = scenario(
			(s) => (choice(s, 'angebot', 'nachfassen').condition = { flags: ['notirt'] }),
		);
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "angebot", Auswahl "nachfassen"',
				message: 'Die Bedingung nennt das Merkmal "notirt", das keine Auswahl setzt (Tippfehler?).',
			},
		]);
	});

	it('reports an unknown flag in notFlags too', () => {
		const s = scenario(
			(s) => (choice(s, 'angebot', 'abwarten').condition = { notFlags: ['gibts-nicht'] }),
		);
		expect(fields(s)).toEqual(['Knoten "angebot", Auswahl "abwarten"']);
	});

	it('reports a threshold outside 0–100', () => {
		const s = scenario(
			(s) => (choice(s, 'angebot', 'termin').condition = { min: { vertrauen: 160 } }),
		);
		expect(validateScenario(s)[0]?.message).toBe(
			'Die Schwelle 160 für "vertrauen" liegt nicht zwischen 0 und 100.',
		);
	});

	it('reports duplicate ids among nodes and endings, and duplicate choice ids', () => {
		const s = scenario((s) => {
			s.endings[0]!.id = 'bedarf';
			choice(s, 'bedarf', 'sofort-loesung').target = 'angebot';
			choice(s, 'bedarf', 'sofort-loesung').id = 'zuhoeren';
		});
		// The second occurrence is reported: here the ending that reuses the node id "bedarf".
		expect(fields(s)).toEqual([
			'Ende "bedarf"',
			'Knoten "bedarf", Auswahl "zuhoeren"',
			'Knoten "angebot", Auswahl "termin"',
		]);
	});

	it('reports a start node that does not exist, and unknown or out-of-range initial meters', () => {
		const s = scenario((s) => {
			s.start = 'anfang';
			s.initialMeters = { vertrauen: 120, laune: 50 };
		});
		expect(fields(s)).toEqual(['start', 'initialMeters.vertrauen', 'initialMeters.laune']);
	});
});

describe('validateScenario: played by its rules', () => {
	it('reports a node only an impossible condition leads to', () => {
		// Vertrauen starts at 45 and can rise to 65 at most before "angebot": 90 is out of reach.
		const s = scenario(
			(s) => (choice(s, 'angebot', 'termin').condition = { min: { vertrauen: 90 } }),
		);
		expect(validateScenario(s)).toEqual([
			{
				field: 'Ende "gestaerkt"',
				message: 'Wird nie erreicht: die Bedingungen auf dem Weg hierher sind nie erfüllt.',
			},
			{
				field: 'Knoten "angebot", Auswahl "termin"',
				message: 'Diese Auswahl wird nie angeboten: ihre Bedingung ist nie erfüllt.',
			},
		]);
	});

	it('reports a state in which no choice is on offer', () => {
		const s = scenario(
			(s) => (choice(s, 'angebot', 'abwarten').condition = { flags: ['notiert'] }),
		);
		expect(validateScenario(s)).toEqual([
			{
				field: 'Knoten "angebot"',
				message:
					'Hier kann das Gespräch steckenbleiben: keine Auswahl ist verfügbar (z. B. nach: fachlich → sofort-loesung).',
			},
		]);
	});

	it('reports a state from which conditions leave only a loop', () => {
		const s = scenario((s) => {
			// Leaving the small talk now needs Kompetenz 60, which small talk only lowers.
			choice(s, 'smalltalk', 'zum-thema').condition = { min: { kompetenz: 60 } };
		});
		const problems = validateScenario(s);
		expect(problems.map((p) => p.field)).toEqual([
			'Knoten "smalltalk", Auswahl "zum-thema"',
			'Knoten "smalltalk"',
		]);
		expect(problems[1]!.message).toMatch(
			/^Von hier aus ist kein Ende mehr erreichbar, die Bedingungen lassen nur einen Kreis offen \(z\. B\. nach: plaudern\)\.$/,
		);
	});

	it('says so when a scenario has too many states to check', () => {
		expect(validateScenario(scenario(), 10)).toEqual([
			{
				field: 'nodes',
				message:
					'Das Rollenspiel hat mehr als 10 mögliche Zustände und lässt sich nicht vollständig prüfen. Bitte vereinfachen.',
			},
		]);
	});
});
