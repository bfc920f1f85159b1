import type { APIRoute } from 'astro';
import { getCourse } from '../../build/content/course';
import { getMaterials } from '../../build/content/materials';
import { messagesFor } from '../../i18n';
import type { SeminarData } from '../../islands/seminar/types';
import { links } from '../../lib/links';

/** The seminar planner's data: each module's running order, room role-plays and materials. */
export const GET: APIRoute = async () => {
	const [course, materials] = await Promise.all([getCourse(), getMaterials()]);
	const roomMinutes = (id: string) =>
		course.modules.flatMap((m) => m.data.trainerNotes.roleplays).find((r) => r.id === id)
			?.minutes ?? 0;
	// The course's order: as the paths list the modules (the first path holds them all).
	const order = [...new Set(course.paths.flatMap((path) => path.data.modules))];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const modules = [...course.modules].sort((a, b) => rank(a.id) - rank(b.id));
	const data: SeminarData = {
		catalog: {
			modules: modules.map((module) => ({
				id: module.id,
				title: module.data.title,
				steps: module.data.trainerNotes.timing.map((step) => ({
					activity: step.activity,
					minutes: step.minutes,
				})),
				roleplays: module.data.trainerNotes.roleplays.map(({ id, minutes }) => ({ id, minutes })),
				materials: module.data.trainerNotes.materials,
			})),
			roleplays: course.roleplays.map((roleplay) => ({
				id: roleplay.id,
				title: roleplay.data.title,
			})),
		},
		modules: modules.map((module) => ({
			id: module.id,
			title: module.data.title,
			duration: module.data.duration,
		})),
		roleplays: course.roleplays.map((roleplay) => ({
			id: roleplay.id,
			title: roleplay.data.title,
			modules: roleplay.data.modules,
			minutes: roomMinutes(roleplay.id),
		})),
		materials: materials.map((material) => ({
			id: material.id,
			title: material.data.title,
			href: links.material(material.id),
		})),
		messages: messagesFor('seminar.', 'storage.'),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
