import { describe, expect, it } from 'vitest';
import { GlossaryTermSchema, ModuleSchema, PathSchema } from '../../../src/schemas';

const validModule = {
	title: 'Titel',
	summary: 'Kurz.',
	block: 'diagnose',
	objectives: ['Sie können …'],
	duration: 30,
	order: 1,
	trainerNotes: {
		timing: [
			{ minutes: 5, kind: 'opening', activity: 'Einstieg' },
			{ minutes: 10, kind: 'input', activity: 'Input' },
			{ minutes: 5, kind: 'closing', activity: 'Abschluss' },
		],
		discussion: ['Frage?'],
		exercise: { title: 'Übung', minutes: 10, instructions: 'Tun.' },
	},
};
const firstIssue = (
	schema: {
		safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
	},
	input: unknown,
) => schema.safeParse(input).error?.issues[0]?.path.join('.');

describe('ModuleSchema', () => {
	it('accepts a complete module and defaults related to []', () => {
		expect(ModuleSchema.parse(validModule).related).toEqual([]);
	});
	it.each([
		['title', { ...validModule, title: '' }],
		['block', { ...validModule, block: 'marketing' }],
		['duration', { ...validModule, duration: 12.5 }],
		['objectives', { ...validModule, objectives: [] }],
		[
			'trainerNotes.exercise',
			{ ...validModule, trainerNotes: { ...validModule.trainerNotes, exercise: undefined } },
		],
		['related.0', { ...validModule, related: ['Not An Id'] }],
		[
			'trainerNotes.timing.1.kind',
			{
				...validModule,
				trainerNotes: {
					...validModule.trainerNotes,
					timing: [
						{ minutes: 5, kind: 'opening', activity: 'Einstieg' },
						{ minutes: 10, kind: 'lecture', activity: 'Input' },
						{ minutes: 5, kind: 'closing', activity: 'Abschluss' },
					],
				},
			},
		],
		[
			'trainerNotes.roleplays.0.debrief',
			{
				...validModule,
				trainerNotes: {
					...validModule.trainerNotes,
					roleplays: [{ id: 'besuch', minutes: 20, voting: 'Handzeichen', debrief: ['Nur eine?'] }],
				},
			},
		],
	])('names the field %s when it is wrong', (field, input) => {
		expect(firstIssue(ModuleSchema, input)).toBe(field);
	});
});

describe('PathSchema', () => {
	const path = {
		title: 'P',
		audience: 'Alle',
		description: 'D',
		order: 1,
		modules: ['a', 'b'],
		meets: ['technik'],
	};
	it('accepts an ordered module list', () =>
		expect(PathSchema.parse(path).modules).toEqual(['a', 'b']));
	it('rejects a module listed twice', () =>
		expect(firstIssue(PathSchema, { ...path, modules: ['a', 'a'] })).toBe('modules'));
	it('rejects an empty path', () =>
		expect(firstIssue(PathSchema, { ...path, modules: [] })).toBe('modules'));
	it('names the audience it meets with the cast’s functions', () => {
		expect(firstIssue(PathSchema, { ...path, meets: [] })).toBe('meets');
		expect(firstIssue(PathSchema, { ...path, meets: ['hausmeister'] })).toBe('meets.0');
	});
});

describe('GlossaryTermSchema', () => {
	it('requires a definition', () =>
		expect(firstIssue(GlossaryTermSchema, { term: 'Vertrauen' })).toBe('definition'));
});
