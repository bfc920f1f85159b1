/**
 * Flesch reading ease for German after Amstad (1978):
 *   FRE = 180 − ASL − 58.5 × ASW
 * ASL = words per sentence, ASW = syllables per word. Higher is easier; 50–60 reads as
 * "mittelschwer", 30–50 as "schwer".
 *
 * Syllables are counted as vowel nuclei: in each run of vowels (a e i o u ä ö ü y) a diphthong or
 * long vowel (ei, ai, ey, ay, au, eu, äu, ie, aa, ee, oo) counts once and every other vowel once,
 * so "Vertrauen" has three and "Beziehung" three; the u of "qu" is a consonant. Every word has at
 * least one syllable.
 * Sentences end at . ! ? followed by a space; a line break (list item, table cell) ends one too.
 */
const VOWEL_RUN = /[aeiouyäöü]+/gu;
const ONE_NUCLEUS = new Set(['ei', 'ai', 'ey', 'ay', 'au', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo']);

export function syllables(word: string): number {
	const runs = word.toLowerCase().replace(/qu/g, 'qv').match(VOWEL_RUN) ?? [];
	let count = 0;
	for (const run of runs) {
		for (let i = 0; i < run.length; count++) i += ONE_NUCLEUS.has(run.slice(i, i + 2)) ? 2 : 1;
	}
	return Math.max(1, count);
}

export interface Readability {
	words: number;
	sentences: number;
	syllables: number;
	score: number;
}

export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

export function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/u)
		.map((s) => s.trim())
		.filter((s) => words(s).length > 0);
}

export function fleschAmstad(text: string): Readability {
	const all = sentences(text);
	const tokens = all.flatMap(words);
	const syllableCount = tokens.reduce((sum, word) => sum + syllables(word), 0);
	const asl = tokens.length / Math.max(1, all.length);
	const asw = syllableCount / Math.max(1, tokens.length);
	return {
		words: tokens.length,
		sentences: all.length,
		syllables: syllableCount,
		score: Math.round((180 - asl - 58.5 * asw) * 10) / 10,
	};
}

/** The text of an MDX module a learner reads: trainer notes, imports, tags, link targets and Markdown syntax left out. */
export function learnerText(body: string): string {
	return body
		.replace(/^import .*$/gm, '')
		.replace(/<TrainerNote\b[\s\S]*?<\/TrainerNote>/g, '\n')
		.replace(/<[^>]+>/g, '\n')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#*_>|`]/g, ' ');
}
