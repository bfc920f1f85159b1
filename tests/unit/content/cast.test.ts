import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CastSchema, INDUSTRIES } from '../../../src/schemas';
import { addressedSurnames, COMMON_FIRST_NAMES, companyNames, fullNames } from './cast-names';
import { contentRoot, loadCourseFromDisk } from './load-content';

/**
 * One cast for the whole course (content/cast.yaml, content/STYLE.md): every company and person a
 * case, check or role-play names is in it, each person with one role at one company, each company's
 * story told in one file; the cases span at least five industries and each path meets its audience.
 */
const course = loadCourseFromDisk();
const cast = CastSchema.parse(parse(readFileSync(join(contentRoot, 'cast.yaml'), 'utf8')));

/** Every content file whose text names people or companies, keyed "modules/bedeutung". */
const files = new Map<string, string>(
	(['modules', 'quizzes', 'roleplays', 'assessments', 'materials', 'glossary'] as const).flatMap(
		(folder) =>
			course[folder].map((entry) => [
				`${folder}/${entry.id}`,
				readFileSync(join(contentRoot, '..', entry.filePath), 'utf8'),
			]),
	),
);

const companyById = new Map(cast.companies.map((company) => [company.id, company]));
const surname = (name: string) => name.split(' ').at(-1) ?? name;
const firstNames = new Set([
	...COMMON_FIRST_NAMES,
	...cast.people.map((p) => p.name.split(' ')[0] ?? ''),
]);
const castNames = new Set(cast.people.map((person) => person.name));
const castSurnames = new Set(cast.people.map((person) => surname(person.name)));
const castCompanyNames = new Set(cast.companies.map((company) => company.name));

function duplicates(values: string[]): string[] {
	return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('the cast file', () => {
	it('names each company, short name and person once', () => {
		expect(duplicates(cast.companies.map((c) => c.id))).toEqual([]);
		expect(duplicates(cast.companies.map((c) => c.name))).toEqual([]);
		expect(duplicates(cast.companies.map((c) => c.short))).toEqual([]);
		expect(duplicates(cast.people.map((p) => p.name))).toEqual([]);
	});

	it('gives every surname to one person, so "Frau Roth" means one person only', () => {
		expect(duplicates(cast.people.map((p) => surname(p.name)))).toEqual([]);
	});

	it('places every person at a company of the cast, and a namesake at the family firm', () => {
		expect(cast.people.filter((p) => !companyById.has(p.company)).map((p) => p.name)).toEqual([]);
		const shortToId = new Map(cast.companies.map((c) => [c.short, c.id]));
		const namesakesElsewhere = cast.people.filter((p) => {
			const family = shortToId.get(surname(p.name));
			return family !== undefined && family !== p.company;
		});
		expect(namesakesElsewhere.map((p) => p.name)).toEqual([]);
	});

	it('tells each company’s story in a file that exists', () => {
		expect(
			cast.companies.filter((c) => !files.has(c.story)).map((c) => `${c.name}: ${c.story}`),
		).toEqual([]);
	});
});

describe('names in the course', () => {
	it.each([...files.keys()])('%s names companies of the cast only', (file) => {
		const unknown = companyNames(files.get(file) ?? '').filter(
			(name) => !castCompanyNames.has(name),
		);
		expect([...new Set(unknown)].join(', ')).toBe('');
	});

	it.each([...files.keys()])('%s names people of the cast only', (file) => {
		const text = files.get(file) ?? '';
		const unknownFull = fullNames(text, firstNames).filter(
			(name) =>
				!castNames.has(name) &&
				!castCompanyNames.has(name) &&
				!castNames.has(name.replace(/s$/, '')),
		);
		const unknownAddressed = addressedSurnames(text).filter(
			(name) => !castSurnames.has(name) && !castSurnames.has(name.replace(/s$/, '')),
		);
		expect([...new Set([...unknownFull, ...unknownAddressed])].join(', ')).toBe('');
	});

	it.each(cast.companies.map((c) => [c.name, c] as const))(
		'%s appears in its own story only',
		(_name, company) => {
			const short = new RegExp(
				String.raw`(?<!(?:Herrn?|Frau|${[...firstNames].join('|')}) )(?<![\p{L}-])${company.short}(?![\p{L}])`,
				'u',
			);
			const elsewhere = [...files]
				.filter(([file]) => file !== company.story)
				.filter(([, text]) => text.includes(company.name) || short.test(text))
				.map(([file]) => file);
			expect(elsewhere.join(', ')).toBe('');
		},
	);

	it.each(course.roleplays.map((r) => [r.id, r.data.counterpart] as const))(
		'%s: the counterpart is the cast’s person, with the cast’s role and company',
		(_id, counterpart) => {
			// A title such as "Dr." belongs to how the role-play addresses them, not to the cast's name.
			const name = counterpart.name.replace(/^(?:Dr\.|Prof\.)\s+/u, '');
			const person = cast.people.find((p) => p.name === name);
			expect(person, `${name} fehlt in content/cast.yaml`).toBeDefined();
			expect(counterpart.position).toBe(person?.role);
			expect(counterpart.company).toBe(companyById.get(person?.company ?? '')?.name);
		},
	);
});

describe('cases across the course', () => {
	const storied = cast.companies.filter(
		(c) => c.story.startsWith('modules/') || c.story.startsWith('roleplays/'),
	);

	it('come from at least five industries', () => {
		const industries = new Set(storied.map((c) => c.industry));
		expect(industries.size, [...industries].join(', ')).toBeGreaterThanOrEqual(5);
		expect(INDUSTRIES.length).toBeGreaterThan(5);
	});

	it.each(course.paths.map((p) => [p.id, p] as const))(
		'%s meets its own audience in its cases and role-plays',
		(_id, path) => {
			const pathFiles = [
				...path.data.modules.map((id) => `modules/${id}`),
				...course.roleplays
					.filter((r) => r.data.modules.some((id) => path.data.modules.includes(id)))
					.map((r) => `roleplays/${r.id}`),
			];
			const met = new Set(
				cast.people
					.filter((person) =>
						pathFiles.some((file) => {
							const text = files.get(file) ?? '';
							return (
								text.includes(person.name) ||
								new RegExp(String.raw`(?:Herrn?|Frau) ${surname(person.name)}\b`, 'u').test(text)
							);
						}),
					)
					.map((person) => person.function),
			);
			expect(path.data.meets.filter((fn) => !met.has(fn)).join(', ')).toBe('');
		},
	);
});
