import { getCollection, type CollectionEntry } from 'astro:content';
import { getCourse } from './course';
import { formatProblems, type IntegrityProblem } from './integrity';

export type MaterialEntry = CollectionEntry<'materials'>;

let loaded: Promise<MaterialEntry[]> | undefined;

/**
 * The printable materials of the modules in this build, checked against the trainer notes both
 * ways: a module names only materials that exist and list it, a material lists only modules that name it.
 */
export function getMaterials(): Promise<MaterialEntry[]> {
	loaded ??= load();
	return loaded;
}

async function load(): Promise<MaterialEntry[]> {
	const [course, materials] = await Promise.all([getCourse(), getCollection('materials')]);
	const problems: IntegrityProblem[] = [];
	for (const module of course.modules) {
		module.data.trainerNotes.materials.forEach((id, index) => {
			const material = materials.find((entry) => entry.id === id);
			if (!material || !material.data.modules.includes(module.id))
				problems.push({
					file: module.filePath ?? `modules/${module.id}`,
					field: `trainerNotes.materials[${index}]`,
					message: material
						? `Das Material "${id}" nennt dieses Modul nicht unter modules.`
						: `Das Material "${id}" gibt es nicht (content/materials/${id}.md).`,
				});
		});
	}
	const allModules = await getCollection('modules');
	for (const material of materials) {
		material.data.modules.forEach((id, index) => {
			const module = allModules.find((entry) => entry.id === id);
			if (!module?.data.trainerNotes.materials.includes(material.id))
				problems.push({
					file: material.filePath ?? `materials/${material.id}`,
					field: `modules[${index}]`,
					message: module
						? `Das Modul "${id}" nennt dieses Material nicht unter trainerNotes.materials.`
						: `Das Modul "${id}" gibt es nicht.`,
				});
		});
	}
	if (problems.length > 0) throw new Error(formatProblems(problems));
	const inBuild = new Set(course.modules.map((module) => module.id));
	return materials
		.filter((material) => material.data.modules.some((id) => inBuild.has(id)))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'de'));
}

/** The materials a module's trainer notes ask for, in their order. */
export async function materialsOfModule(moduleId: string, ids: string[]): Promise<MaterialEntry[]> {
	const materials = await getMaterials();
	return ids.flatMap(
		(id) => materials.find((m) => m.id === id && m.data.modules.includes(moduleId)) ?? [],
	);
}
