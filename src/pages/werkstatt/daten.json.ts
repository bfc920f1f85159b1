import type { APIRoute } from 'astro';
import { getCourse, moduleHref } from '../../build/content/course';
import { getMaterials } from '../../build/content/materials';
import { messagesFor } from '../../i18n';
import type { ToolId, WorkbenchData } from '../../islands/workbench/types';
import { links } from '../../lib/links';

/** Which module teaches what a tool applies, and which printable material is its blank sheet. */
const TOOL_MODULES: Partial<Record<ToolId, string>> = {
	portfolio: 'diagnose',
	landkarte: 'diagnose',
	qualitaet: 'beziehungsqualitaet',
	strategie: 'ziele-strategien',
	massnahmen: 'transfer',
	selbstbild: 'persoenlich',
};
const TOOL_MATERIALS: Partial<Record<ToolId, string>> = {
	portfolio: 'kundenportfolio',
	landkarte: 'beziehungslandkarte',
	qualitaet: 'beziehungsradar',
	strategie: 'strategieprofil',
	massnahmen: 'aktionsplan',
};

/** The workbench's strings and the addresses it links to. */
export const GET: APIRoute = async () => {
	const [course, materials] = await Promise.all([getCourse(), getMaterials()]);
	const modules: WorkbenchData['links']['modules'] = {};
	for (const [tool, id] of Object.entries(TOOL_MODULES) as [ToolId, string][]) {
		const module = course.modules.find((m) => m.id === id);
		if (module) modules[tool] = { title: module.data.title, href: moduleHref(course, module.id) };
	}
	const blank: WorkbenchData['links']['blank'] = {};
	for (const [tool, id] of Object.entries(TOOL_MATERIALS) as [ToolId, string][])
		if (materials.some((m) => m.id === id)) blank[tool] = links.material(id);
	const data: WorkbenchData = {
		messages: messagesFor('workbench.', 'storage.'),
		links: {
			blank,
			// The self-assessment lives in its module's page.
			assessment: moduleHref(course, 'beziehungsqualitaet'),
			roleplays: links.roleplays(),
			modules,
		},
		roleplays: course.roleplays.map((r) => ({ id: r.id, title: r.data.title })),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
