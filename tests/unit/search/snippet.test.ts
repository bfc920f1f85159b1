import { describe, expect, it } from 'vitest';
import { highlight, snippet, type TextPart } from '../../../src/lib/search/snippet';

const marked = (parts: TextPart[]) => parts.filter((p) => p.match).map((p) => p.text);
const joined = (parts: TextPart[]) => parts.map((p) => p.text).join('');

describe('highlighting', () => {
	it('marks every word whose stem matched, in any inflection or spelling', () => {
		const parts = highlight(
			'Beziehungen pflegen: eine Beziehung, viele Qualitäten',
			new Set(['bezieh', 'qualitat']),
		);
		expect(marked(parts)).toEqual(['Beziehungen', 'Beziehung', 'Qualitäten']);
		expect(joined(parts)).toBe('Beziehungen pflegen: eine Beziehung, viele Qualitäten');
	});

	it('keeps markup-looking text as text', () => {
		const parts = highlight('<img src=x onerror=alert(1)> Vertrauen', new Set(['vertraun']));
		expect(joined(parts)).toBe('<img src=x onerror=alert(1)> Vertrauen');
		expect(marked(parts)).toEqual(['Vertrauen']);
	});
});

describe('snippets', () => {
	const long = `${'Am Anfang steht ein langer Text ohne Treffer. '.repeat(8)}Hier geht es um Vertrauen und Gegenseitigkeit im Alltag. ${'Danach folgt noch mehr Text. '.repeat(8)}`;

	it('show the part of a long text with the matches, cut at words, with ellipses', () => {
		const parts = snippet(long, new Set(['vertraun', 'gegenseit']), 120);
		const text = joined(parts);
		expect(text.startsWith('… ')).toBe(true);
		expect(text.endsWith(' …')).toBe(true);
		expect(text.length).toBeLessThanOrEqual(120 + 4);
		expect(marked(parts)).toEqual(['Vertrauen', 'Gegenseitigkeit']);
		// Cut at word boundaries: the shown text sits in the original between spaces.
		const inner = text.slice(2, -2);
		const at = long.indexOf(inner);
		expect(at).toBeGreaterThan(0);
		expect(long[at - 1]).toBe(' ');
		expect(long[at + inner.length]).toMatch(/[\s.]/);
	});

	it('start at the beginning when nothing matched, and keep short texts whole', () => {
		expect(joined(snippet(long, new Set(['fehlt']), 60)).startsWith('Am Anfang')).toBe(true);
		expect(joined(snippet('Kurz und gut.', new Set(['gut']), 60))).toBe('Kurz und gut.');
	});
});
