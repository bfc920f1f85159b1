import { describe, expect, it } from 'vitest';
import { markdownText, mdxSections } from '../../../src/build/search/markdown-text';

describe('MDX as sections of plain text', () => {
	const body = [
		'Einleitung mit <Term id="vertrauen">Vertrauen</Term> und **fetten** Wörtern.',
		'',
		'## Erster Abschnitt',
		'',
		'- Punkt eins',
		'- Punkt zwei',
		'',
		'| Spalte | Wert |',
		'| --- | --- |',
		'| Zelle | Inhalt |',
		'',
		'### Ein Unterabschnitt',
		'',
		'Text im Unterabschnitt.',
		'',
		'<Example title="Ein Fall aus der Praxis">',
		'',
		'Der Fall selbst.',
		'',
		'</Example>',
		'',
		'## Zweiter Abschnitt',
		'',
		'<SelfAssessment id="beziehungsnetz" />',
		'',
		'<Quiz id="diagnose" />',
	].join('\n');

	it('keeps the text before the first heading apart', () => {
		expect(mdxSections(body).intro).toBe('Einleitung mit Vertrauen und fetten Wörtern.');
	});

	it('cuts at every heading, each with its own text only', () => {
		const { sections } = mdxSections(body);
		expect(sections.map((s) => [s.depth, s.heading])).toEqual([
			[2, 'Erster Abschnitt'],
			[3, 'Ein Unterabschnitt'],
			[2, 'Zweiter Abschnitt'],
		]);
		expect(sections[0]!.text).toBe('Punkt eins Punkt zwei Spalte Wert Zelle Inhalt');
		expect(sections[1]!.text).toBe(
			'Text im Unterabschnitt. Ein Fall aus der Praxis Der Fall selbst.',
		);
	});

	it('leaves out knowledge checks and self-assessments (they are indexed on their own)', () => {
		expect(mdxSections(body).sections[2]!.text).toBe('');
	});

	it('reads a Markdown glossary body as one text', () => {
		expect(markdownText('Ein *Begriff* mit [Link](/x/).\n\nZweiter Absatz.')).toBe(
			'Ein Begriff mit Link. Zweiter Absatz.',
		);
	});
});
