/**
 * The speaker notes of a module body: one `<TrainerNote minutes={n} question="…">` with two or three
 * points per `##` section (issue 16). Pure text work, so the content tests can name section and line.
 */
export interface SectionNotes {
	heading: string;
	line: number;
	notes: { minutes?: number; question?: string; points: number }[];
}

const NOTE = /<TrainerNote\b([^>]*)>([\s\S]*?)<\/TrainerNote>/g;

export function sectionNotes(body: string): SectionNotes[] {
	const lines = body.split('\n');
	const sections: { heading: string; line: number; text: string[] }[] = [];
	let fence = false;
	lines.forEach((text, index) => {
		if (text.startsWith('```')) fence = !fence;
		if (!fence && text.startsWith('## '))
			sections.push({ heading: text.slice(3).trim(), line: index + 1, text: [] });
		else sections.at(-1)?.text.push(text);
	});
	return sections.map(({ heading, line, text }) => ({
		heading,
		line,
		notes: [...text.join('\n').matchAll(NOTE)].map((match) => {
			const props = match[1] ?? '';
			const minutes = /\bminutes=\{(\d+)\}/.exec(props)?.[1];
			const question = /\bquestion="([^"]*)"/.exec(props)?.[1]?.trim();
			return {
				minutes: minutes ? Number(minutes) : undefined,
				question: question || undefined,
				points: (match[2] ?? '').split('\n').filter((l) => /^\s*[-*] \S/.test(l)).length,
			};
		}),
	}));
}
