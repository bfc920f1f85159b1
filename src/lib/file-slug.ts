/**
 * A name as it can stand in a file name: lower-case ASCII letters and digits joined by hyphens,
 * umlauts and accents folded ("Müller & Söhne" → "muller-sohne", "ß" → "ss"), at most 40 characters.
 */
export function fileSlug(text: string, fallback: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/ß/g, 'ss')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || fallback
	);
}
