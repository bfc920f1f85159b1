import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';

/**
 * German text analysis for the browser (and everything else that reads the index): lunr-languages'
 * German trimmer, stop words and Snowball stemmer, without lunr itself, which would add about 8 KB
 * gzip to the search code for a tokenizer and a pipeline runner. The build analyses with real lunr
 * (german-lunr.ts, the same lunr-languages functions in a lunr.Pipeline); a unit test holds this
 * analysis to that one word for word, since query terms must be spelled as the index terms are.
 *
 * Pipeline: trimmer → stop words → fold transliterations → stop words again → Snowball stemmer.
 * Folding rewrites "ae/oe/ue" as "ä/ö/ü" and "ß" as "ss" before the stemmer, whose last step turns
 * ä/ö/ü into a/o/u. So "Qualität", "Qualitaet" and "Qualitat" end as one term, and umlaut plurals keep
 * meeting their singular ("Verträge" → "vertrag"), which folding the other way (ä → ae) would lose.
 * Words with a plain "ue" ("Steuer", "aktuell") are folded alike at index and query time, so they
 * still find each other. The second stop-word pass catches transliterated stop words ("fuer").
 */

/**
 * Where words break. lunr splits at spaces and hyphens; German prose also joins words with slashes,
 * dashes, brackets and quotes ("Kunden/Lieferanten", "Schlüsselperson(en)", „Filz“).
 */
export const WORD_SEPARATOR = /[\s\-–—/()[\]„“”"«»]+/;

/** Label of the fold step, as the index records its search pipeline. */
export const FOLD_LABEL = 'fold-de';

/** Folds a lower-case German word to the spelling the stemmer expects. */
export function foldGerman(word: string): string {
	return word
		.replace(/ae/g, 'ä')
		.replace(/oe/g, 'ö')
		.replace(/ue/g, 'ü')
		.replace(/[ßẞ]/g, 'ss')
		.normalize('NFD')
		.replace(/([aou])\u0308/g, (_, vowel: string) => ({ a: 'ä', o: 'ö', u: 'ü' })[vowel] ?? vowel)
		.replace(/[\u0300-\u036f]/g, '') // other accents ("Exposé") go: nobody types them reliably
		.normalize('NFC');
}

/**
 * Remembers results per word: a course repeats its words thousands of times, and folding and
 * stemming every occurrence again was most of the index build's time. Bounded for long browser
 * sessions.
 */
export function remembered(compute: (word: string) => string): (word: string) => string {
	const cache = new Map<string, string>();
	return (word) => {
		let result = cache.get(word);
		if (result === undefined) {
			if (cache.size >= 50_000) cache.clear();
			result = compute(word);
			cache.set(word, result);
		}
		return result;
	};
}

/** The part of a lunr token that lunr-languages' functions use. */
export interface AnalysisToken {
	toString(): string;
	update(change: (text: string) => string): AnalysisToken;
}

/** A pipeline step as lunr runs it: the token, changed, or nothing to drop it. */
export type AnalysisStep = ((token: AnalysisToken) => AnalysisToken | undefined) & {
	label?: string;
};

/** The German functions lunr-languages registers on the namespace it is given. */
export interface GermanFunctions {
	trimmer: AnalysisStep;
	stopWordFilter: AnalysisStep;
	stemmer: AnalysisStep;
}

class Token implements AnalysisToken {
	#text: string;
	constructor(text: string) {
		this.#text = text;
	}
	toString(): string {
		return this.#text;
	}
	update(change: (text: string) => string): this {
		this.#text = change(this.#text);
		return this;
	}
}

/**
 * lunr-languages registers its German functions on a lunr namespace and, when it does, calls only
 * these two members of it (its query-parser hooks look for lunr.Index and stand down without it).
 * Both do what lunr 2.3's own do: label a function; drop a token that is one of the stop words.
 */
function germanWithoutLunr(): GermanFunctions {
	const namespace: Record<string, unknown> = {
		Pipeline: {
			registerFunction: (step: AnalysisStep, label: string) => {
				step.label = label;
			},
		},
		generateStopWordFilter: (words: string[]) => {
			const stopWords = new Set(words);
			return (token: AnalysisToken) => (stopWords.has(token.toString()) ? undefined : token);
		},
	};
	stemmerSupport(namespace);
	german(namespace);
	return namespace.de as GermanFunctions;
}

const fold = remembered(foldGerman);

/** The fold step as a lunr pipeline function (lunr's tokens and ours both have `update`). */
export const foldStep: AnalysisStep = Object.assign((token: AnalysisToken) => token.update(fold), {
	label: FOLD_LABEL,
});

let steps: AnalysisStep[] | undefined;

/** Builds the analysis steps in order from the given German functions (see german-lunr.ts). */
export function germanSteps(de: GermanFunctions, stem: AnalysisStep): AnalysisStep[] {
	return [de.trimmer, de.stopWordFilter, foldStep, de.stopWordFilter, stem];
}

/** lunr-languages' stemmer behind a cache; it stems identically, so it keeps the stemmer's label. */
export function rememberedStemmer(de: GermanFunctions): AnalysisStep {
	const stem = remembered((word) => de.stemmer(new Token(word))?.toString() ?? word);
	return Object.assign((token: AnalysisToken) => token.update(stem), { label: de.stemmer.label });
}

function analysisSteps(): AnalysisStep[] {
	if (!steps) {
		const de = germanWithoutLunr();
		steps = germanSteps(de, rememberedStemmer(de));
	}
	return steps;
}

/** Labels of the pipeline steps, as lunr serializes a pipeline; the index records them. */
export function germanPipelineLabels(): string[] {
	return analysisSteps().map((step) => step.label ?? '?');
}

/**
 * The terms one word becomes in the index (empty for a stop word), as lunr's pipeline makes them:
 * each step gets the token and returns it changed, or nothing to drop it. A word of punctuation
 * alone becomes "", as in lunr.
 */
export function analyseWord(word: string): string[] {
	let token: AnalysisToken | undefined = new Token(word.toLowerCase());
	for (const step of analysisSteps()) {
		token = step(token);
		if (token === undefined || token === null) return [];
	}
	return [token.toString()];
}

/** Words as lunr's tokenizer cuts them: lower case, split at the separators, none empty. */
export function splitWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(WORD_SEPARATOR)
		.filter((word) => word.length > 0);
}
