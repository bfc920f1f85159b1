import fc from 'fast-check';
import { PROGRESS_VERSION, type ProgressState } from '../../../src/schemas/stored/progress-state';
import { assignment } from '../assignments/arbitraries';
import { isReservedKey } from '../../../src/schemas/reserved-keys';
import { METER_IDS, OUTCOMES, type MeterId } from '../../../src/schemas/roleplay-constants';

/** fast-check generators for valid progress, to check that nothing valid is ever lost. */
export const key = fc
	.stringMatching(/^[a-zäöü][a-z0-9äöü-]{0,12}$/)
	.filter((k) => !isReservedKey(k));
/** A content id: what choice and ending ids of role-plays are. */
export const contentId = fc
	.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)
	.filter((k) => !isReservedKey(k));
export const timestamp = fc
	.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
	.map((ms) => new Date(ms).toISOString());

export const quizAttempt = fc.record({
	id: key,
	startedAt: timestamp,
	finishedAt: timestamp,
	answers: fc.dictionary(
		key,
		fc.oneof(
			fc.boolean(),
			fc.integer({ min: 0, max: 9 }),
			fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
		),
	),
	drawn: fc.array(key, { maxLength: 6 }),
	correct: fc.integer({ min: 0, max: 10 }),
	total: fc.integer({ min: 1, max: 10 }),
	score: fc.integer({ min: 0, max: 100 }),
	passed: fc.boolean(),
});

const uniqueById = <T extends { id: string }>(arb: fc.Arbitrary<T>) =>
	fc.uniqueArray(arb, { selector: (item) => item.id, maxLength: 4, minLength: 1 });

export const progressState: fc.Arbitrary<ProgressState> = fc.record({
	version: fc.constant(PROGRESS_VERSION as 4),
	updatedAt: timestamp,
	modules: fc.dictionary(
		key,
		fc.record({
			firstVisitedAt: timestamp,
			lastVisitedAt: timestamp,
			sectionsRead: fc.dictionary(key, timestamp, { maxKeys: 4 }),
		}),
		{ maxKeys: 4 },
	),
	quizAttempts: fc.dictionary(key, uniqueById(quizAttempt), { maxKeys: 4 }),
	assessments: fc.dictionary(
		key,
		uniqueById(
			fc.record({
				id: key,
				completedAt: timestamp,
				answers: fc.dictionary(key, fc.integer({ min: 1, max: 5 })),
				scores: fc.dictionary(key, fc.double({ min: 1, max: 5, noNaN: true })),
			}),
		),
		{ maxKeys: 3 },
	),
	roleplayRuns: fc.dictionary(
		key,
		uniqueById(
			fc.record({
				id: key,
				startedAt: timestamp,
				finishedAt: timestamp,
				path: fc.array(contentId, { maxLength: 5 }),
				meters: fc.record(
					Object.fromEntries(
						METER_IDS.map((id) => [id, fc.integer({ min: 0, max: 100 })]),
					) as Record<MeterId, fc.Arbitrary<number>>,
				),
				endingId: contentId,
				outcome: fc.constantFrom(...OUTCOMES),
			}),
		),
		{ maxKeys: 3 },
	),
	roleplaySnapshots: fc.constant({}),
	assignments: fc.dictionary(
		key,
		fc.record({ assignment, acceptedAt: timestamp, updatedAt: timestamp }),
		{ maxKeys: 2 },
	),
	notes: fc.dictionary(
		key,
		fc.record({
			updatedAt: timestamp,
			text: fc.string({ maxLength: 40 }).filter((t) => !/</.test(t)),
		}),
		{ maxKeys: 3 },
	),
	seminarPlans: fc.dictionary(
		key,
		fc.record({
			updatedAt: timestamp,
			modules: fc.subarray(['bedeutung', 'diagnose', 'transfer']),
			roleplays: fc.subarray(['erstbesuch-werk', 'nachfolge-uebergabe']),
			start: fc
				.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
				.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
			length: fc.constantFrom('half' as const, 'one' as const, 'two' as const),
		}),
		{ maxKeys: 2 },
	),
	workbenchCustomers: fc.constant({}),
	workbenchProfiles: fc.constant({}),
});

/** Every record id in a state, as "collection/key/id" strings. */
export function recordIds(state: ProgressState): string[] {
	const ids: string[] = [];
	for (const [collection, records] of Object.entries(state)) {
		if (typeof records !== 'object' || records === null) continue;
		for (const [k, value] of Object.entries(records)) {
			if (Array.isArray(value))
				for (const item of value) ids.push(`${collection}/${k}/${(item as { id: string }).id}`);
			else if (collection !== 'lastLocation') ids.push(`${collection}/${k}`);
		}
	}
	return ids.sort();
}
