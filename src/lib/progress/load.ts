import * as v from 'valibot';
import { migrate, type Migration, MIGRATIONS } from './migrations';
import { emptyState } from './state';
import { message, type Message } from '../../i18n/message';
import { LastLocationSchema } from '../../schemas/stored/last-location';
import {
	PROGRESS_VERSION,
	RECORD_COLLECTIONS,
	RECORD_SCHEMAS,
	type ProgressState,
} from '../../schemas/stored/progress-state';
import { RecordKeySchema } from '../../schemas/stored/record-key';
import { TimestampSchema } from '../../schemas/stored/timestamp';

/**
 * Turns whatever is stored (or imported) into a valid state without ever throwing. Records are
 * validated one by one: a broken record is left out and reported, its valid neighbours are kept.
 */
export interface LoadResult {
	state: ProgressState;
	/** What could not be read, in German, for the learner. Empty when everything was valid. */
	problems: Message[];
	/** Set when the data came from a newer version of the site and must not be touched. */
	newerVersion?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function loadProgress(
	raw: string | null,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): LoadResult {
	if (raw === null) return { state: emptyState(), problems: [] };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { state: emptyState(), problems: [message('storage.problem.notJson')] };
	}
	return loadProgressData(data, migrations);
}

export function loadProgressData(
	data: unknown,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): LoadResult {
	if (!isObject(data))
		return {
			state: emptyState(),
			problems: [message('storage.problem.notShape')],
		};
	const migrated = migrate(data, migrations, PROGRESS_VERSION);
	if (!migrated.ok) {
		return migrated.reason === 'newer'
			? {
					state: emptyState(),
					problems: [message('storage.problem.newer')],
					newerVersion: true,
				}
			: {
					state: emptyState(),
					problems: [message('storage.problem.unknownVersion')],
				};
	}
	const source = migrated.data;
	const state = emptyState(typeof source.updatedAt === 'string' ? source.updatedAt : undefined);
	const problems: Message[] = [];
	let dropped = 0;

	for (const collection of RECORD_COLLECTIONS) {
		const entries = source[collection];
		if (entries === undefined) continue;
		if (!isObject(entries)) {
			problems.push(message('storage.problem.section', { section: collection }));
			continue;
		}
		const { list, schema } = RECORD_SCHEMAS[collection];
		const target = state[collection] as Record<string, unknown>;
		for (const [key, value] of Object.entries(entries)) {
			if (!v.is(RecordKeySchema, key)) {
				dropped++;
				continue;
			}
			if (list) {
				if (!Array.isArray(value)) {
					dropped++;
					continue;
				}
				const valid = value.flatMap((item) => {
					const parsed = v.safeParse(schema, item);
					if (!parsed.success) dropped++;
					return parsed.success ? [parsed.output] : [];
				});
				if (valid.length > 0) target[key] = valid;
			} else {
				const parsed = v.safeParse(schema, value);
				if (parsed.success) target[key] = parsed.output;
				else dropped++;
			}
		}
	}
	if (source.lastLocation !== undefined) {
		const parsed = v.safeParse(LastLocationSchema, source.lastLocation);
		if (parsed.success) state.lastLocation = parsed.output;
		else dropped++;
	}
	if (dropped > 0)
		problems.push(
			dropped === 1
				? message('storage.problem.droppedOne')
				: message('storage.problem.droppedMany', { count: dropped }),
		);
	if (!v.is(TimestampSchema, state.updatedAt)) state.updatedAt = new Date().toISOString();
	return { state, problems };
}
