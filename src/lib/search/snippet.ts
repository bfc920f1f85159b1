import { analyseWord } from './german.ts';

/**
 * Cuts result snippets and marks the words that matched, as plain text parts the result list turns
 * into text nodes (never HTML). A word is marked when its stem is one of the terms the document
 * matched, so "Beziehungen" lights up for the query "Beziehung" and "Qualität" for "Qualitaet".
 */

export interface TextPart {
	text: string;
	/** Whether this part is a matched word. */
	match: boolean;
}

/** Letters and digits as one word, like lunr's tokenizer after its trimmer. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Stems of words already seen; a result list analyses the same words again and again. */
const stems = new Map<string, string[]>();

function isMatch(word: string, terms: ReadonlySet<string>): boolean {
	const key = word.toLowerCase();
	let analysed = stems.get(key);
	if (!analysed) {
		analysed = analyseWord(key);
		if (stems.size > 5000) stems.clear();
		stems.set(key, analysed);
	}
	return analysed.some((stem) => terms.has(stem));
}

interface WordSpan {
	start: number;
	end: number;
	match: boolean;
}

function words(text: string, terms: ReadonlySet<string>): WordSpan[] {
	return [...text.matchAll(WORD)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		match: isMatch(m[0], terms),
	}));
}

function parts(text: string, spans: WordSpan[], from: number, to: number): TextPart[] {
	const result: TextPart[] = [];
	let position = from;
	for (const span of spans) {
		if (!span.match || span.start < from || span.end > to) continue;
		if (span.start > position)
			result.push({ text: text.slice(position, span.start), match: false });
		result.push({ text: text.slice(span.start, span.end), match: true });
		position = span.end;
	}
	if (position < to) result.push({ text: text.slice(position, to), match: false });
	return result;
}

/** The whole text with its matched words marked (titles, headings). */
export function highlight(text: string, terms: ReadonlySet<string>): TextPart[] {
	return parts(text, words(text, terms), 0, text.length);
}

/**
 * About `length` characters of the text around its matches, cut at word boundaries, with "…" where
 * text was left out. The window that shows the most different matched words wins; without any match
 * the snippet is the beginning of the text.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 180): TextPart[] {
	const spans = words(text, terms);
	if (text.length <= length) return parts(text, spans, 0, text.length);
	const matches = spans.filter((span) => span.match);
	const distinctFrom = (start: number) =>
		new Set(
			matches
				.filter((m) => m.start >= start && m.end <= start + length)
				.map((m) => text.slice(m.start, m.end).toLowerCase()),
		).size;
	// The beginning of the text wins a tie: a definition or summary reads best from its start.
	let best = { start: 0, distinct: distinctFrom(0) };
	for (const first of matches) {
		const distinct = distinctFrom(first.start);
		if (distinct > best.distinct) best = { start: first.start, distinct };
	}
	// Some words before the first match give it context.
	const lead = Math.min(best.start, Math.floor(length / 4));
	const from =
		best.start === 0 ? 0 : (spans.find((span) => span.end >= best.start - lead)?.start ?? 0);
	const lastWord = spans.filter((span) => span.end <= from + length).at(-1);
	const to = lastWord && lastWord.end > from ? lastWord.end : Math.min(text.length, from + length);
	const result = parts(text, spans, from, to);
	if (from > 0) result.unshift({ text: '… ', match: false });
	if (to < text.length) result.push({ text: ' …', match: false });
	return result;
}
