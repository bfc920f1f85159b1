/**
 * Finds the names of fictional companies and people in course text, so the content tests can hold
 * them to content/cast.yaml. Companies are found by their legal form, people by "Herr/Frau <Name>"
 * and by a first name followed by a capitalised word.
 */

/** Legal forms that end a German company name. */
const LEGAL_FORM = String.raw`(?:GmbH & Co\. KG|gGmbH|GmbH|AG|SE|KGaA|KG|eG|e\. ?V\.|AöR)`;
/** Up to four capitalised words (or "&"-joined ones) before the legal form. */
const COMPANY = new RegExp(
	String.raw`(?:\p{Lu}[\p{L}\d.-]*(?: (?:&|und) )?\s?){1,4}?` +
		LEGAL_FORM +
		String.raw`(?![\p{L}])`,
	'gu',
);

/** Words that start a sentence or a phrase, not a company name. */
const LEADING_NON_NAMES = new Set([
	'Die',
	'Der',
	'Das',
	'Bei',
	'Für',
	'Von',
	'Mit',
	'Eine',
	'Ein',
	'Fallbeispiel',
]);

export function companyNames(text: string): string[] {
	return [...text.matchAll(COMPANY)].map((match) => {
		const words = match[0].trim().split(/\s+/);
		while (words.length > 1 && LEADING_NON_NAMES.has(words[0] ?? '')) words.shift();
		return words.join(' ');
	});
}

/** Surnames after a form of address: "Frau Petrović", "Herrn Berger". */
export function addressedSurnames(text: string): string[] {
	return [...text.matchAll(/\b(?:Herrn?|Frau) (\p{Lu}[\p{L}-]+)/gu)].map((match) => match[1] ?? '');
}

/** Common German first names; the cast's own first names are added by the caller. */
export const COMMON_FIRST_NAMES = [
	'Alexander',
	'Andrea',
	'Andreas',
	'Anja',
	'Anna',
	'Anke',
	'Annette',
	'Barbara',
	'Bernd',
	'Birgit',
	'Christian',
	'Christina',
	'Christine',
	'Claudia',
	'Daniel',
	'Daniela',
	'David',
	'Dennis',
	'Dirk',
	'Elke',
	'Emre',
	'Eva',
	'Felix',
	'Florian',
	'Frank',
	'Gabriele',
	'Hans',
	'Heike',
	'Helga',
	'Holger',
	'Ingrid',
	'Jan',
	'Jana',
	'Jens',
	'Jörg',
	'Johannes',
	'Jonas',
	'Julia',
	'Jürgen',
	'Karin',
	'Karl',
	'Katharina',
	'Katrin',
	'Klaus',
	'Lars',
	'Laura',
	'Lea',
	'Lena',
	'Lukas',
	'Manfred',
	'Marco',
	'Marcus',
	'Maria',
	'Marie',
	'Marion',
	'Markus',
	'Martin',
	'Martina',
	'Matthias',
	'Max',
	'Melanie',
	'Michael',
	'Michaela',
	'Monika',
	'Nadine',
	'Nicole',
	'Nina',
	'Oliver',
	'Patrick',
	'Paul',
	'Peter',
	'Petra',
	'Philipp',
	'Ralf',
	'Ricarda',
	'Sabine',
	'Sandra',
	'Sara',
	'Sarah',
	'Sebastian',
	'Silke',
	'Simon',
	'Sophie',
	'Stefan',
	'Stefanie',
	'Susanne',
	'Sven',
	'Thomas',
	'Thorsten',
	'Tim',
	'Tobias',
	'Torsten',
	'Ulrike',
	'Ursula',
	'Uwe',
	'Werner',
	'Wolfgang',
	'Yusuf',
];

/** "Sabine Roth" for every known first name followed by a capitalised word. */
export function fullNames(text: string, firstNames: Iterable<string>): string[] {
	const alternatives = [...new Set(firstNames)].map((name) =>
		name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
	);
	if (alternatives.length === 0) return [];
	const pattern = new RegExp(
		String.raw`(?<![\p{L}])(?:${alternatives.join('|')}) \p{Lu}[\p{L}-]+`,
		'gu',
	);
	return [...text.matchAll(pattern)].map((match) => match[0]);
}
