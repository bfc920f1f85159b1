import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseWord, foldGerman, germanPipelineLabels } from '../../../src/lib/search/german';
import {
	analyseWordWithLunr,
	lunrPipelineLabels,
	registerGerman,
} from '../../../src/build/search/german-lunr';
import { queryWords } from '../../../src/lib/search/searcher';
import { loadCourseFromDisk } from '../content/load-content';
import { courseDocuments } from '../../../src/build/search/course-documents';
import { testLinks } from './course-index';

/** German analysis: both spellings of umlauts and ß, inflection, stop words, word boundaries. */
const sameTerm = (a: string, b: string) =>
	expect(analyseWord(a), `${a} / ${b}`).toEqual(analyseWord(b));

describe('German analysis', () => {
	it('folds transliterations to umlauts and ß to ss', () => {
		expect(foldGerman('qualitaet')).toBe('qualität');
		expect(foldGerman('massnahme')).toBe(foldGerman('maßnahme'));
		expect(foldGerman('exposé')).toBe('expose');
	});

	it('matches umlauts and ß with their transliterations, both ways', () => {
		sameTerm('Maßnahme', 'Massnahme');
		sameTerm('Qualität', 'Qualitaet');
		sameTerm('Überalterung', 'Ueberalterung');
		sameTerm('Frühwarnsystem', 'Fruehwarnsystem');
		sameTerm('Wertschöpfung', 'Wertschoepfung');
		sameTerm('GROSSKUNDE', 'Großkunde');
	});

	it('reduces inflected forms to one stem', () => {
		sameTerm('Beziehung', 'Beziehungen');
		sameTerm('Kunde', 'Kunden');
		sameTerm('Vertrag', 'Verträge');
		sameTerm('Geschenk', 'Geschenke');
		sameTerm('Gespräch', 'Gespräche');
	});

	it('drops stop words, also when transliterated', () => {
		for (const word of ['die', 'und', 'für', 'fuer', 'über', 'ueber', 'zwischen'])
			expect(analyseWord(word), word).toEqual([]);
	});

	it('splits at spaces, hyphens, slashes, dashes, brackets and quotes', () => {
		expect(queryWords('Key-Account/Vertrieb – Schlüsselperson(en) „Filz“')).toEqual([
			'key',
			'account',
			'vertrieb',
			'schlüsselperson',
			'en',
			'filz',
		]);
	});

	it('names its pipeline steps, which the index records', () => {
		expect(germanPipelineLabels()).toEqual([
			'trimmer-de',
			'stopWordFilter-de',
			'fold-de',
			'stopWordFilter-de',
			'stemmer-de',
		]);
	});
});

describe('German analysis in the browser, without lunr', () => {
	const courseWords = [
		...new Set(
			courseDocuments(loadCourseFromDisk(), testLinks).flatMap((d) =>
				`${d.fields.title} ${d.fields.heading} ${d.fields.body}`.toLowerCase().split(/\s+/),
			),
		),
	];
	/** A word in its other spellings: umlauts and ß written out and back, upper case. */
	const spellings = (word: string) => [
		word,
		word.toUpperCase(),
		word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
		word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/ss/g, 'ß'),
		word.replace(/ss/g, 'ẞ'),
		`„${word}“,`,
	];

	it("makes of every word of the course, in every spelling, the terms lunr's pipeline makes", () => {
		expect(courseWords.length).toBeGreaterThan(3000);
		for (const word of courseWords.flatMap(spellings))
			expect(analyseWord(word), word).toEqual(analyseWordWithLunr(word));
	});

	it('agrees with lunr on odd input too', () => {
		for (const word of [
			'',
			'+',
			'...',
			'123',
			'constructor',
			'__proto__',
			'toString',
			'FÜR',
			'Fuer',
			'daß',
			'dass',
			'Exposé',
			'ǅ',
		])
			expect(analyseWord(word), word).toEqual(analyseWordWithLunr(word));
		fc.assert(
			fc.property(fc.string({ maxLength: 20, unit: 'grapheme' }), (word) => {
				expect(analyseWord(word)).toEqual(analyseWordWithLunr(word));
			}),
			{ numRuns: 500 },
		);
	});

	it("cuts a query into the words lunr's tokenizer cuts", () => {
		const lunr = registerGerman();
		const lunrWords = (text: string) =>
			lunr
				.tokenizer(text)
				.map((token) => token.toString())
				.filter((word) => word.length > 0);
		for (const text of [
			'Key-Account/Vertrieb – Schlüsselperson(en) „Filz“',
			'  Vertrauen   aufbauen ',
			'a—b«c»[d]',
			'Tab\tund\nZeile',
		])
			expect(queryWords(text)).toEqual(lunrWords(text));
		fc.assert(
			fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (text) => {
				expect(queryWords(text)).toEqual(lunrWords(text.slice(0, 100)).slice(0, 8));
			}),
			{ numRuns: 300 },
		);
	});

	it('names its steps as lunr does', () => {
		expect(germanPipelineLabels()).toEqual(lunrPipelineLabels());
	});
});
