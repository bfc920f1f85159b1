import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';
import {
	FOLD_LABEL,
	foldStep,
	germanSteps,
	rememberedStemmer,
	WORD_SEPARATOR,
	type GermanFunctions,
} from '../../lib/search/german.ts';

/**
 * lunr set up for German, for the build (Node only): lunr-languages registered on real lunr, the
 * fold step, and lunr's tokenizer cutting words where german.ts cuts them. The index is built with
 * this; the browser analyses queries with german.ts, which runs the same lunr-languages functions
 * without lunr (a unit test holds the two to the same terms).
 */

let registered = false;
let steps: lunr.PipelineFunction[] | undefined;

/** Registers lunr-languages and the fold step once; lunr warns when a label is registered twice. */
export function registerGerman(): typeof lunr {
	if (registered) return lunr;
	stemmerSupport(lunr);
	german(lunr);
	lunr.Pipeline.registerFunction(foldStep as unknown as lunr.PipelineFunction, FOLD_LABEL);
	lunr.tokenizer.separator = WORD_SEPARATOR;
	registered = true;
	return lunr;
}

/** The German analysis steps, in order, for both the index and the search pipeline. */
function lunrSteps(): lunr.PipelineFunction[] {
	if (!steps) {
		const { de } = registerGerman() as unknown as { de: GermanFunctions }; // set by lunr-languages
		steps = germanSteps(de, rememberedStemmer(de)) as unknown as lunr.PipelineFunction[];
	}
	return steps;
}

/**
 * A lunr plugin (`builder.use(germanAnalysis)`) that replaces lunr's English pipelines. The build
 * counts terms itself (build-index.ts); the tests build a real lunr index with this plugin and hold
 * our index to it.
 */
export function germanAnalysis(this: lunr.Builder): void {
	const german = lunrSteps();
	this.pipeline.reset();
	this.pipeline.add(...german);
	this.searchPipeline.reset();
	this.searchPipeline.add(...german);
}

let wordPipeline: lunr.Pipeline | undefined;

/** The terms lunr's German pipeline makes of one word (empty for a stop word). */
export function analyseWordWithLunr(word: string): string[] {
	if (!wordPipeline) {
		wordPipeline = new lunr.Pipeline();
		wordPipeline.add(...lunrSteps());
	}
	return wordPipeline.runString(word.toLowerCase());
}

/** The steps' labels as lunr serializes the pipeline into an index (`Pipeline#toJSON`). */
export function lunrPipelineLabels(): string[] {
	const pipeline = new lunr.Pipeline();
	pipeline.add(...lunrSteps());
	return pipeline.toJSON() as unknown as string[];
}
