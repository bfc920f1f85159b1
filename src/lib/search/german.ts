import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';

/**
 * lunr set up for German, shared by the build (which writes the index) and the browser (which loads
 * it): both must run the very same pipeline, or query terms stop matching index terms.
 *
 * Pipeline: trimmer → stop words → fold transliterations → stop words again → Snowball stemmer.
 * Folding rewrites "ae/oe/ue" as "ä/ö/ü" and "ß" as "ss" before the stemmer, whose last step turns
 * ä/ö/ü into a/o/u. So "Qualität", "Qualitaet" and "Qualitat" end as one term, and umlaut plurals keep
 * meeting their singular ("Verträge" → "vertrag"), which folding the other way (ä → ae) would lose.
 * Words with a plain "ue" ("Steuer", "aktuell") are folded alike at index and query time, so they
 * still find each other. The second stop-word pass catches transliterated stop words ("fuer").
 */

const FOLD_LABEL = 'fold-de';

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
function remembered(compute: (word: string) => string): (word: string) => string {
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

const fold = remembered(foldGerman);
const foldToken: lunr.PipelineFunction = (token) => token.update((word) => fold(word));

let registered = false;
let cachedStemmer: lunr.PipelineFunction | undefined;

/** Registers lunr-languages and the fold step once; lunr warns when a label is registered twice. */
export function registerGerman(): typeof lunr {
	if (registered) return lunr;
	stemmerSupport(lunr);
	german(lunr);
	lunr.Pipeline.registerFunction(foldToken, FOLD_LABEL);
	// lunr splits at spaces and hyphens; German prose also joins words with slashes, dashes, brackets
	// and quotes ("Kunden/Lieferanten", "Schlüsselperson(en)", „Filz“).
	lunr.tokenizer.separator = /[\s\-–—/()[\]„“”"«»]+/;
	registered = true;
	return lunr;
}

type Step = lunr.PipelineFunction & { label?: string };

/** The German analysis steps, in order, for both the index and the search pipeline. */
function germanSteps(): Step[] {
	const de = registerGerman().de as { trimmer: Step; stopWordFilter: Step; stemmer: Step };
	if (!cachedStemmer) {
		// lunr-languages' stemmer behind a cache; it stems identically, so it keeps the stemmer's
		// registered label (lunr serializes a pipeline by label).
		const stem = remembered((word) => de.stemmer(new lunr.Token(word, {}), 0, [])?.toString() ?? word);
		cachedStemmer = Object.assign(((token) => token.update((word) => stem(word))) as Step, { label: de.stemmer.label });
	}
	return [de.trimmer, de.stopWordFilter, foldToken, de.stopWordFilter, cachedStemmer];
}

/** A lunr plugin (`builder.use(germanAnalysis)`) that replaces lunr's English pipelines. */
export function germanAnalysis(this: lunr.Builder): void {
	const steps = germanSteps();
	this.pipeline.reset();
	this.pipeline.add(...steps);
	this.searchPipeline.reset();
	this.searchPipeline.add(...steps);
}

/** Labels of the pipeline steps, as lunr serializes a pipeline; the index records them. */
export function germanPipelineLabels(): string[] {
	return germanSteps().map((step) => step.label ?? '?');
}

/**
 * The terms one typed word becomes in the index (empty for a stop word), the same way a document's
 * words were analysed at build time.
 */
export function analyseWord(word: string): string[] {
	if (!wordPipeline) {
		wordPipeline = new lunr.Pipeline();
		wordPipeline.add(...germanSteps());
	}
	return wordPipeline.runString(word.toLowerCase());
}

let wordPipeline: lunr.Pipeline | undefined;
