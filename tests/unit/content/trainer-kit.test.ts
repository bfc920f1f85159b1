import { describe, expect, it } from 'vitest';
import { sectionNotes } from './trainer-notes';
import { loadCourseFromDisk } from './load-content';

/**
 * The trainer's kit (issue 16): a module's running order adds up to its duration, opens and closes,
 * spends on input exactly what its speaker notes plan, and every material it mentions is printable.
 */
const course = loadCourseFromDisk();
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the running order of each module', () => {
	it.each(course.modules.map((m) => [m.id, m] as const))(
		'%s adds up to its duration',
		(_, module) => {
			const { timing } = module.data.trainerNotes;
			const total = sum(timing.map((step) => step.minutes));
			expect(
				Math.abs(total - module.data.duration),
				`${module.filePath}: ${total} min of timing, duration ${module.data.duration}`,
			).toBeLessThanOrEqual(5);
		},
	);

	it.each(course.modules.map((m) => [m.id, m] as const))(
		'%s opens, closes and times its exercise',
		(_, module) => {
			const { timing, exercise } = module.data.trainerNotes;
			expect(timing[0]?.kind, `${module.filePath}: trainerNotes.timing[0]`).toBe('opening');
			expect(timing.at(-1)?.kind, `${module.filePath}: last step of trainerNotes.timing`).toBe(
				'closing',
			);
			const exerciseSteps = timing.filter((step) => step.kind === 'exercise');
			expect(
				exerciseSteps.map((s) => s.minutes),
				`${module.filePath}: one exercise step of trainerNotes.exercise.minutes`,
			).toEqual([exercise.minutes]);
		},
	);
});

describe('speaker notes', () => {
	it.each(course.modules.map((m) => [m.id, m] as const))(
		'%s has one complete note per section',
		(_, module) => {
			const problems = sectionNotes(module.body).flatMap(({ heading, line, notes }) => {
				const where = `${module.filePath}:${line} „${heading}“`;
				if (notes.length !== 1) return [`${where}: ${notes.length} <TrainerNote>s, expected one`];
				const [note] = notes;
				return [
					...(note!.minutes ? [] : [`${where}: minutes={…} missing`]),
					...(note!.question ? [] : [`${where}: question="…" missing`]),
					...(note!.points >= 2 && note!.points <= 3
						? []
						: [`${where}: ${note!.points} points, expected 2 or 3`]),
				];
			});
			expect(problems).toEqual([]);
		},
	);

	it.each(course.modules.map((m) => [m.id, m] as const))(
		'%s plans as much input as its notes take',
		(_, module) => {
			const noteMinutes = sum(
				sectionNotes(module.body).flatMap((s) => s.notes.map((n) => n.minutes ?? 0)),
			);
			const input = sum(
				module.data.trainerNotes.timing.filter((s) => s.kind === 'input').map((s) => s.minutes),
			);
			expect(
				noteMinutes,
				`${module.filePath}: notes ${noteMinutes} min, input steps ${input} min`,
			).toBe(input);
		},
	);
});

describe('materials', () => {
	const KIND_WORDS = {
		karten: /\b\w*[Kk]arten\b/u,
		vorlage: /\b\w*[Vv]orlage\b/u,
		checkliste: /\b\w*[Cc]heckliste\b/u,
		arbeitsblatt: /\b\w*[Aa]rbeitsbl(a|ä)tt/u,
	} as const;

	it('exist for every id a module names, and name that module back', () => {
		const problems = course.modules.flatMap((module) =>
			module.data.trainerNotes.materials.flatMap((id) => {
				const material = course.materials.find((m) => m.id === id);
				if (!material)
					return [
						`${module.filePath}: trainerNotes.materials "${id}" has no content/materials/${id}.md`,
					];
				return material.data.modules.includes(module.id)
					? []
					: [`${material.filePath}: modules lacks ${module.id}`];
			}),
		);
		const orphans = course.materials.flatMap((material) =>
			material.data.modules
				.filter(
					(id) =>
						!course.modules
							.find((m) => m.id === id)
							?.data.trainerNotes.materials.includes(material.id),
				)
				.map(
					(id) => `${material.filePath}: module ${id} does not name it in trainerNotes.materials`,
				),
		);
		expect([...problems, ...orphans]).toEqual([]);
	});

	it('are there for every card set, template, checklist or worksheet the trainer notes mention', () => {
		const missing = course.modules.flatMap((module) => {
			const notes = module.data.trainerNotes;
			const text = [
				...notes.timing.map((s) => s.activity),
				notes.exercise.instructions,
				notes.remarks ?? '',
				...(module.body.match(/<TrainerNote\b[\s\S]*?<\/TrainerNote>/g) ?? []),
			].join('\n');
			const kinds = new Set(
				notes.materials.flatMap((id) => course.materials.find((m) => m.id === id)?.data.kind ?? []),
			);
			return Object.entries(KIND_WORDS)
				.filter(([kind, word]) => word.test(text) && !kinds.has(kind as keyof typeof KIND_WORDS))
				.map(
					([kind]) =>
						`${module.filePath}: the trainer notes mention a ${kind} but list no such material`,
				);
		});
		expect(missing).toEqual([]);
	});
});
