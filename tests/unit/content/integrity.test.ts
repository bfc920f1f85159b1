import { describe, expect, it } from 'vitest';
import { checkCourseIntegrity, type CourseEntries } from '../../../src/build/content/integrity';
import { findMdxReferences } from '../../../src/build/content/mdx-references';

/** A small, consistent course; each test breaks one reference. */
function course(): CourseEntries {
	return {
		modules: [
			{
				id: 'eins',
				filePath: 'content/modules/eins.mdx',
				data: { related: ['zwei'], order: 1, trainerNotes: { roleplays: [{ id: 'rolle' }] } },
				body: '<Term id="vertrauen">V</Term>\n<Quiz id="eins" />',
			},
			{
				id: 'zwei',
				filePath: 'content/modules/zwei.mdx',
				data: { related: [], order: 2, trainerNotes: { roleplays: [] } },
				body: '<SelfAssessment id="netz" />',
			},
		],
		paths: [
			{ id: 'pfad', filePath: 'content/paths/pfad.yaml', data: { modules: ['eins', 'zwei'] } },
		],
		quizzes: [{ id: 'eins', data: {} }],
		assessments: [{ id: 'netz', data: {} }],
		glossary: [
			{
				id: 'vertrauen',
				filePath: 'content/glossary/vertrauen.md',
				data: { related: ['sympathie'] },
			},
			{ id: 'sympathie', data: { related: [] } },
		],
		roleplays: [
			{ id: 'rolle', filePath: 'content/roleplays/rolle.yaml', data: { modules: ['eins'] } },
		],
	};
}

describe('checkCourseIntegrity', () => {
	it('finds nothing wrong in a consistent course', () => {
		expect(checkCourseIntegrity(course())).toEqual([]);
	});

	it('reports a role-play that practises a module whose trainer notes do not run it', () => {
		const broken = course();
		broken.roleplays![0]!.data.modules = ['eins', 'zwei'];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/modules/zwei.mdx',
				field: 'trainerNotes.roleplays',
				message:
					'Das Rollenspiel "rolle" übt dieses Modul; die Trainernotizen sagen nicht, wie es im Raum gespielt wird.',
			},
		]);
	});

	it('reports trainer notes naming a role-play that does not practise the module', () => {
		const broken = course();
		broken.modules[1]!.data.trainerNotes.roleplays = [{ id: 'rolle' }, { id: 'fehlt' }];
		expect(checkCourseIntegrity(broken).map((p) => `${p.field}: ${p.message}`)).toEqual([
			'trainerNotes.roleplays[0]: Das Rollenspiel "rolle" übt dieses Modul nicht (modules im Rollenspiel).',
			'trainerNotes.roleplays[1]: Rollenspiel "fehlt" gibt es nicht.',
		]);
	});

	it('reports a path naming a missing module, with file and field', () => {
		const broken = course();
		broken.paths[0]!.data.modules = ['eins', 'drei'];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/paths/pfad.yaml',
				field: 'modules[1]',
				message: 'Modul "drei" gibt es nicht.',
			},
		]);
	});

	it('reports <Quiz id> naming a missing quiz, with its line', () => {
		const broken = course();
		broken.quizzes = [];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/modules/eins.mdx',
				field: '<Quiz id="eins"> (Zeile 2)',
				message: '"eins" gibt es nicht in content/quizzes/.',
			},
		]);
	});

	it('reports <SelfAssessment id> naming a missing assessment', () => {
		const broken = course();
		broken.assessments = [{ id: 'anderes', data: {} }];
		expect(checkCourseIntegrity(broken).map((p) => p.field)).toEqual([
			'<SelfAssessment id="netz"> (Zeile 1)',
		]);
	});

	it('reports <Term id> naming a missing glossary entry', () => {
		const broken = course();
		broken.modules[0]!.body = 'Text mit <Term id="kompetenz">Kompetenz</Term>.';
		broken.quizzes = [{ id: 'eins', data: {} }];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/modules/eins.mdx',
				field: '<Term id="kompetenz"> (Zeile 1)',
				message: '"kompetenz" gibt es nicht in content/glossary/.',
			},
		]);
	});

	it('reports a related glossary term that does not exist', () => {
		const broken = course();
		broken.glossary[0]!.data.related = ['sympathie', 'fehlt'];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/glossary/vertrauen.md',
				field: 'related[1]',
				message: 'Glossarbegriff "fehlt" gibt es nicht.',
			},
		]);
	});

	it('reports a related module that does not exist', () => {
		const broken = course();
		broken.modules[1]!.data.related = ['vier'];
		expect(checkCourseIntegrity(broken)[0]).toMatchObject({
			file: 'content/modules/zwei.mdx',
			field: 'related[0]',
		});
	});

	it('reports two modules with the same order', () => {
		const broken = course();
		broken.modules[1]!.data.order = 1;
		expect(checkCourseIntegrity(broken)[0]).toMatchObject({
			file: 'content/modules/zwei.mdx',
			field: 'order',
		});
	});

	it('reports a role-play naming a missing module', () => {
		const broken = course();
		broken.roleplays![0]!.data.modules = ['eins', 'fuenf'];
		expect(checkCourseIntegrity(broken)).toEqual([
			{
				file: 'content/roleplays/rolle.yaml',
				field: 'modules[1]',
				message: 'Modul "fuenf" gibt es nicht.',
			},
		]);
	});

	it('reports a reference component without id', () => {
		const broken = course();
		broken.modules[1]!.body = '<SelfAssessment />';
		expect(checkCourseIntegrity(broken)[0]?.message).toBe(
			'<SelfAssessment> braucht ein Attribut id="…".',
		);
	});
});

describe('findMdxReferences', () => {
	it('reads double, single and expression quotes and counts lines', () => {
		const body = 'a\n<Quiz id="q1" />\n<Term id=\'t1\'>x</Term> <SelfAssessment id={"s1"} />';
		expect(findMdxReferences(body)).toEqual([
			{ component: 'Quiz', id: 'q1', line: 2 },
			{ component: 'Term', id: 't1', line: 3 },
			{ component: 'SelfAssessment', id: 's1', line: 3 },
		]);
	});

	it('ignores other components and words that merely start alike', () => {
		expect(
			findMdxReferences('<Example title="x"></Example> <Quizzes id="n" /> <Terminal id="y" />'),
		).toEqual([]);
	});
});
