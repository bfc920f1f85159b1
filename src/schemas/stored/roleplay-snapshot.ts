import * as v from 'valibot';
import { TimestampSchema } from './timestamp';

/** A conversation in progress, so a reload resumes it. The snapshot itself is validated by the role-play engine (lib/roleplay/restore-snapshot.ts). */
export const RoleplaySnapshotSchema = v.object({ savedAt: TimestampSchema, snapshot: v.unknown() });
export type RoleplaySnapshot = v.InferOutput<typeof RoleplaySnapshotSchema>;
