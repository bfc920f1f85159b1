import { describe, expect, it } from 'vitest';
import { courseDocuments } from '../../../src/build/search/course-documents';
import { SearchDocumentSchema } from '../../../src/schemas/search-index';
import { loadCourseFromDisk } from '../content/load-content';
import { courseSearch, testLinks } from './course-index';

const course = loadCourseFromDisk();

describe('search documents of the real course', () => {
	const { documents } = courseSearch();

	it('are valid against the schema', () => {
		for (const document of documents) SearchDocumentSchema.parse(document);
	});

	it('has a module overview and one document per ## and ### heading', () => {
		const diagnose = documents.filter((d) => d.href === '/module/diagnose/');
		expect(diagnose.filter((d) => !d.section).map((d) => d.title)).toEqual([
			'Diagnose: Beziehungsreserven aufdecken',
		]);
		expect(diagnose.map((d) => d.section)).toContain('Erster Schritt: Kunden bewerten');
		expect(diagnose.map((d) => d.section)).toContain('Gremien und Abläufe beim Kunden');
	});

	it('covers every glossary entry, path and placed self-assessment', () => {
		expect(documents.filter((d) => d.kind === 'glossary')).toHaveLength(course.glossary.length);
		expect(documents.filter((d) => d.kind === 'path')).toHaveLength(course.paths.length);
		expect(
			documents
				.filter((d) => d.kind === 'assessment')
				.map((d) => d.href)
				.sort(),
		).toEqual([
			'/module/beziehungsqualitaet/#assessment-beziehungsqualitaet',
			'/module/diagnose/#assessment-beziehungsnetz',
		]);
	});

	it('never indexes trainer notes', () => {
		const indexed = documents
			.map((d) => `${d.fields.title} ${d.fields.heading} ${d.fields.body} ${d.text}`)
			.join('\n');
		for (const module of course.modules) {
			const { exercise, discussion } = module.data.trainerNotes;
			expect(indexed, module.id).not.toContain(exercise.instructions.slice(0, 60));
			for (const question of discussion) expect(indexed, module.id).not.toContain(question);
		}
	});
});

describe('search documents', () => {
	const base = {
		modules: [
			{
				id: 'm',
				data: { title: 'Modul', summary: 'Kurz.', objectives: ['Sie können suchen.'] },
				body: '## Eins\n\nText.\n\n### Zwei\n\nMehr.\n',
				headings: [
					{ depth: 2, slug: 'eins', text: 'Eins' },
					{ depth: 3, slug: 'zwei', text: 'Zwei' },
				],
			},
		],
		paths: [],
		glossary: [],
		assessments: [],
		roleplays: [],
	};

	it('link sections to the slugs the page gives their headings', () => {
		expect(courseDocuments(base, testLinks).map((d) => d.href)).toEqual([
			'/module/m/',
			'/module/m/#eins',
			'/module/m/#zwei',
		]);
	});

	it('fail loudly when the page and the text disagree on the headings', () => {
		const broken = {
			...base,
			modules: [{ ...base.modules[0]!, headings: base.modules[0]!.headings.slice(0, 1) }],
		};
		expect(() => courseDocuments(broken, testLinks)).toThrow(
			'Modul "m" hat 2 Überschriften im Text, die Seite aber 1.',
		);
	});

	it('index role-plays by title and, when present, their situation or summary', () => {
		const roleplays = [
			{
				id: 'erstbesuch',
				data: {
					title: 'Der erste Besuch im Werk',
					situation: 'Sie besuchen einen Kunden.',
					nodes: [],
				},
			},
			{ id: 'nur-titel', data: { title: 'Nur ein Titel' } },
		];
		const found = courseDocuments({ ...base, roleplays }, testLinks).filter(
			(d) => d.kind === 'roleplay',
		);
		expect(found.map((d) => [d.title, d.href, d.fields.body])).toEqual([
			['Der erste Besuch im Werk', '/rollenspiele/erstbesuch/', 'Sie besuchen einen Kunden.'],
			['Nur ein Titel', '/rollenspiele/nur-titel/', ''],
		]);
	});
});
