import type { GlossaryTerm, ModuleData, PathData, Roleplay } from '../../schemas';
import { findMdxReferences, type ReferenceComponent } from './mdx-references';

/**
 * Cross-reference checks the schemas cannot make on a single file: every id one entry names
 * must exist in the collection it points to. Pure: takes plain entries, returns problems.
 */

export interface EntryLike<Data> {
	id: string;
	/** Path of the source file, relative to the project, for messages. */
	filePath?: string;
	data: Data;
	body?: string;
}

export interface CourseEntries {
	modules: EntryLike<
		Pick<ModuleData, 'related' | 'order'> & { trainerNotes: { roleplays: { id: string }[] } }
	>[];
	paths: EntryLike<Pick<PathData, 'modules'>>[];
	quizzes: EntryLike<unknown>[];
	assessments: EntryLike<unknown>[];
	glossary: EntryLike<Pick<GlossaryTerm, 'related'>>[];
	roleplays?: EntryLike<Pick<Roleplay, 'modules'>>[];
}

export interface IntegrityProblem {
	file: string;
	field: string;
	message: string;
}

const TARGET_OF: Record<ReferenceComponent, keyof CourseEntries> = {
	Quiz: 'quizzes',
	SelfAssessment: 'assessments',
	Term: 'glossary',
};

export function checkCourseIntegrity(course: CourseEntries): IntegrityProblem[] {
	const ids = Object.fromEntries(
		Object.entries(course).map(([name, entries]) => [
			name,
			new Set(entries.map((e: EntryLike<unknown>) => e.id)),
		]),
	) as Record<keyof CourseEntries, Set<string>>;
	const problems: IntegrityProblem[] = [];
	const fileOf = (entry: EntryLike<unknown>, collection: string) =>
		entry.filePath ?? `${collection}/${entry.id}`;
	const missing = (collection: keyof CourseEntries, id: string) => !ids[collection].has(id);

	for (const path of course.paths) {
		path.data.modules.forEach((moduleId, index) => {
			if (missing('modules', moduleId))
				problems.push({
					file: fileOf(path, 'paths'),
					field: `modules[${index}]`,
					message: `Modul "${moduleId}" gibt es nicht.`,
				});
		});
	}

	const orders = new Map<number, string>();
	for (const module of course.modules) {
		const file = fileOf(module, 'modules');
		module.data.related.forEach((relatedId, index) => {
			if (missing('modules', relatedId))
				problems.push({
					file,
					field: `related[${index}]`,
					message: `Verwandtes Modul "${relatedId}" gibt es nicht.`,
				});
		});
		const sameOrder = orders.get(module.data.order);
		if (sameOrder)
			problems.push({
				file,
				field: 'order',
				message: `"order: ${module.data.order}" hat schon das Modul "${sameOrder}".`,
			});
		orders.set(module.data.order, module.id);

		// The trainer runs in the room exactly the role-plays that practise this module.
		const roomIds = module.data.trainerNotes.roleplays.map((entry) => entry.id);
		roomIds.forEach((roleplayId, index) => {
			const roleplay = course.roleplays?.find((r) => r.id === roleplayId);
			if (!roleplay || !roleplay.data.modules.includes(module.id))
				problems.push({
					file,
					field: `trainerNotes.roleplays[${index}]`,
					message: roleplay
						? `Das Rollenspiel "${roleplayId}" übt dieses Modul nicht (modules im Rollenspiel).`
						: `Rollenspiel "${roleplayId}" gibt es nicht.`,
				});
		});
		for (const roleplay of course.roleplays ?? []) {
			if (roleplay.data.modules.includes(module.id) && !roomIds.includes(roleplay.id))
				problems.push({
					file,
					field: 'trainerNotes.roleplays',
					message: `Das Rollenspiel "${roleplay.id}" übt dieses Modul; die Trainernotizen sagen nicht, wie es im Raum gespielt wird.`,
				});
		}

		for (const reference of findMdxReferences(module.body ?? '')) {
			const field = `<${reference.component} id="${reference.id}"> (Zeile ${reference.line})`;
			if (!reference.id)
				problems.push({
					file,
					field,
					message: `<${reference.component}> braucht ein Attribut id="…".`,
				});
			else if (missing(TARGET_OF[reference.component], reference.id))
				problems.push({
					file,
					field,
					message: `"${reference.id}" gibt es nicht in content/${TARGET_OF[reference.component]}/.`,
				});
		}
	}

	for (const roleplay of course.roleplays ?? []) {
		roleplay.data.modules.forEach((moduleId, index) => {
			if (missing('modules', moduleId))
				problems.push({
					file: fileOf(roleplay, 'roleplays'),
					field: `modules[${index}]`,
					message: `Modul "${moduleId}" gibt es nicht.`,
				});
		});
	}

	for (const term of course.glossary) {
		term.data.related.forEach((relatedId, index) => {
			if (missing('glossary', relatedId))
				problems.push({
					file: fileOf(term, 'glossary'),
					field: `related[${index}]`,
					message: `Glossarbegriff "${relatedId}" gibt es nicht.`,
				});
		});
	}
	return problems;
}

export function formatProblems(
	problems: IntegrityProblem[],
	title = `Der Kurs enthält ${problems.length} fehlerhafte Verweise:`,
): string {
	return [title, ...problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`)].join('\n');
}
