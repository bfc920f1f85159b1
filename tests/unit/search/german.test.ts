import { describe, expect, it } from 'vitest';
import { analyseWord, foldGerman, germanPipelineLabels } from '../../../src/lib/search/german';
import { queryWords } from '../../../src/lib/search/searcher';

/** German analysis: both spellings of umlauts and ß, inflection, stop words, word boundaries. */
const sameTerm = (a: string, b: string) => expect(analyseWord(a), `${a} / ${b}`).toEqual(analyseWord(b));

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
		for (const word of ['die', 'und', 'für', 'fuer', 'über', 'ueber', 'zwischen']) expect(analyseWord(word), word).toEqual([]);
	});

	it('splits at spaces, hyphens, slashes, dashes, brackets and quotes', () => {
		expect(queryWords('Key-Account/Vertrieb – Schlüsselperson(en) „Filz“')).toEqual(['key', 'account', 'vertrieb', 'schlüsselperson', 'en', 'filz']);
	});

	it('names its pipeline steps, which the index records', () => {
		expect(germanPipelineLabels()).toEqual(['trimmer-de', 'stopWordFilter-de', 'fold-de', 'stopWordFilter-de', 'stemmer-de']);
	});
});
