import { describe, expect, it } from 'vitest';
import { courseOfPath } from '../../../src/build/content/course-of-path';
import type { Course } from '../../../src/build/content/course-types';

const module = (id: string, related: string[] = [], body = `<Quiz id="${id}" />`) => ({
	id,
	body,
	data: { related },
});
const course = {
	modules: [
		module('a', ['b', 'c']),
		module('b', ['a']),
		module('c', [], '<SelfAssessment id="profil" />'),
	],
	paths: [
		{ id: 'kurz', data: { modules: ['a', 'b'] } },
		{ id: 'lang', data: { modules: ['a', 'b', 'c'] } },
	],
	quizzes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
	assessments: [{ id: 'profil' }],
	glossary: [{ id: 'vertrauen' }],
	roleplays: [
		{ id: 'beide', data: { modules: ['b', 'c'] } },
		{ id: 'fremd', data: { modules: ['c'] } },
	],
} as unknown as Course;

describe('the course of one path (a SCORM package)', () => {
	it('holds the path, its modules, what they embed and the role-plays that practise them', () => {
		const cut = courseOfPath(course, 'kurz');
		expect(cut.paths.map((p) => p.id)).toEqual(['kurz']);
		expect(cut.modules.map((m) => m.id)).toEqual(['a', 'b']);
		expect(cut.quizzes.map((q) => q.id)).toEqual(['a', 'b']);
		expect(cut.assessments).toEqual([]);
		expect(cut.glossary.map((g) => g.id)).toEqual(['vertrauen']);
		expect(cut.roleplays.map((r) => r.id)).toEqual(['beide']);
	});

	it('drops references to modules outside the path, and leaves the full course unchanged', () => {
		const cut = courseOfPath(course, 'kurz');
		expect(cut.modules[0]!.data.related).toEqual(['b']);
		expect(cut.roleplays[0]!.data.modules).toEqual(['b']);
		expect(course.modules[0]!.data.related).toEqual(['b', 'c']);
		expect(course.roleplays[0]!.data.modules).toEqual(['b', 'c']);
	});

	it('refuses a path the course does not have', () => {
		expect(() => courseOfPath(course, 'gibt-es-nicht')).toThrow('gibt-es-nicht');
	});
});
