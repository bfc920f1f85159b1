import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RoleplaySchema, type Roleplay } from '../../../src/schemas/roleplay';

/** The small role-play of the valid fixture course, parsed like the build parses it. */
export function fixtureScenario(): Roleplay {
	const file = join(import.meta.dirname, '../../fixtures/content-valid/roleplays/kurzbesuch.yaml');
	return RoleplaySchema.parse(parse(readFileSync(file, 'utf8')));
}
