/**
 * The seminar planner's layout: from the modules and role-plays a trainer picks, a start time and
 * the length of the event, an agenda per day with the modules' running orders, the role-plays in the
 * room, coffee breaks and lunch. Pure: the page gives it the course's data and shows what it returns.
 */

export type SeminarLength = 'half' | 'one' | 'two';

export interface PlannerStep {
	activity: string;
	minutes: number;
}

export interface PlannerModule {
	id: string;
	title: string;
	/** The module's running order (trainerNotes.timing); its minutes add up to the duration. */
	steps: PlannerStep[];
	/** Role-plays that practise this module, with their minutes in the room (trainerNotes.roleplays). */
	roleplays: { id: string; minutes: number }[];
	materials: string[];
}

export interface PlannerRoleplay {
	id: string;
	title: string;
}

export interface PlannerCatalog {
	/** In the course's order. */
	modules: PlannerModule[];
	roleplays: PlannerRoleplay[];
}

export interface PlanChoice {
	modules: string[];
	roleplays: string[];
	/** "09:00" */
	start: string;
	length: SeminarLength;
}

export type SlotKind = 'step' | 'roleplay' | 'break' | 'lunch';

export interface Slot {
	kind: SlotKind;
	/** Minutes after midnight. */
	start: number;
	minutes: number;
	/** Step activity or role-play title; empty for breaks. */
	title: string;
	/** The module a step or role-play belongs to. */
	moduleId?: string;
	roleplayId?: string;
}

export interface AgendaDay {
	day: number;
	slots: Slot[];
	/** Minutes after midnight when the day ends (the last slot's end, or the start when empty). */
	end: number;
}

export interface Agenda {
	days: AgendaDay[];
	/** What did not fit into the chosen length, in order. */
	leftOver: { title: string; minutes: number; moduleId?: string; roleplayId?: string }[];
	/** Minutes of teaching planned, without breaks. */
	teachingMinutes: number;
	/** Material ids of the chosen modules, each once, in the modules' order. */
	materials: string[];
}

/**
 * A day as teaching sessions with breaks between them: a half day is two sessions with a coffee
 * break (4 hours); a full day four sessions with two coffee breaks and lunch (7¾ hours).
 */
const HALF_DAY: (number | { pause: 'break' | 'lunch'; minutes: number })[] = [
	105,
	{ pause: 'break', minutes: 15 },
	120,
];
const FULL_DAY: (number | { pause: 'break' | 'lunch'; minutes: number })[] = [
	90,
	{ pause: 'break', minutes: 15 },
	105,
	{ pause: 'lunch', minutes: 60 },
	90,
	{ pause: 'break', minutes: 15 },
	90,
];
export const DAY_TEMPLATES: Record<SeminarLength, (typeof FULL_DAY)[]> = {
	half: [HALF_DAY],
	one: [FULL_DAY],
	two: [FULL_DAY, FULL_DAY],
};

/** Teaching minutes the length offers, without breaks. */
export const capacity = (length: SeminarLength): number =>
	DAY_TEMPLATES[length]
		.flat()
		.reduce<number>((sum, part) => sum + (typeof part === 'number' ? part : 0), 0);

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseTime(text: string): number | undefined {
	const match = TIME.exec(text);
	return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export const formatTime = (minutes: number): string =>
	`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

interface Unit {
	kind: 'step' | 'roleplay';
	title: string;
	minutes: number;
	moduleId: string;
	roleplayId?: string;
}

/** The chosen modules' steps in course order; each chosen role-play after the first chosen module it practises. */
function units(catalog: PlannerCatalog, choice: PlanChoice): Unit[] {
	const chosenModules = catalog.modules.filter((m) => choice.modules.includes(m.id));
	const placed = new Set<string>();
	const list: Unit[] = [];
	for (const module of chosenModules) {
		for (const step of module.steps)
			list.push({ kind: 'step', title: step.activity, minutes: step.minutes, moduleId: module.id });
		for (const room of module.roleplays) {
			if (!choice.roleplays.includes(room.id) || placed.has(room.id)) continue;
			const roleplay = catalog.roleplays.find((r) => r.id === room.id);
			if (!roleplay) continue;
			placed.add(room.id);
			list.push({
				kind: 'roleplay',
				title: roleplay.title,
				minutes: room.minutes,
				moduleId: module.id,
				roleplayId: room.id,
			});
		}
	}
	// A role-play whose modules are not chosen is run with the first module that lists it.
	for (const id of choice.roleplays) {
		if (placed.has(id)) continue;
		const roleplay = catalog.roleplays.find((r) => r.id === id);
		const host = catalog.modules.find((m) => m.roleplays.some((room) => room.id === id));
		const room = host?.roleplays.find((entry) => entry.id === id);
		if (!roleplay || !host || !room) continue;
		placed.add(id);
		list.push({
			kind: 'roleplay',
			title: roleplay.title,
			minutes: room.minutes,
			moduleId: host.id,
			roleplayId: id,
		});
	}
	return list;
}

export function layOutAgenda(catalog: PlannerCatalog, choice: PlanChoice): Agenda {
	const start = parseTime(choice.start) ?? 9 * 60;
	const queue = units(catalog, choice);
	const days: AgendaDay[] = [];
	DAY_TEMPLATES[choice.length].forEach((template, index) => {
		const slots: Slot[] = [];
		let clock = start;
		for (const part of template) {
			if (typeof part !== 'number') {
				if (queue.length === 0) break; // no break before an empty rest of the day
				slots.push({ kind: part.pause, start: clock, minutes: part.minutes, title: '' });
				clock += part.minutes;
				continue;
			}
			const sessionEnd = clock + part;
			// Steps go in whole: one that does not fit waits for the next session.
			while (queue.length > 0 && clock + queue[0]!.minutes <= sessionEnd) {
				const unit = queue.shift()!;
				slots.push({
					kind: unit.kind,
					start: clock,
					minutes: unit.minutes,
					title: unit.title,
					moduleId: unit.moduleId,
					...(unit.roleplayId ? { roleplayId: unit.roleplayId } : {}),
				});
				clock += unit.minutes;
			}
			if (queue.length === 0) break;
			clock = sessionEnd;
		}
		// A trailing break (the teaching ran out right before it) is left off.
		while (slots.length > 0 && (slots.at(-1)!.kind === 'break' || slots.at(-1)!.kind === 'lunch'))
			slots.pop();
		const last = slots.at(-1);
		days.push({ day: index + 1, slots, end: last ? last.start + last.minutes : start });
	});
	const chosen = catalog.modules.filter((m) => choice.modules.includes(m.id));
	return {
		days,
		leftOver: queue.map(({ title, minutes, moduleId, roleplayId }) => ({
			title,
			minutes,
			moduleId,
			...(roleplayId ? { roleplayId } : {}),
		})),
		teachingMinutes: days
			.flatMap((day) => day.slots)
			.filter((slot) => slot.kind === 'step' || slot.kind === 'roleplay')
			.reduce((sum, slot) => sum + slot.minutes, 0),
		materials: [...new Set(chosen.flatMap((m) => m.materials))],
	};
}
