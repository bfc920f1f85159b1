import { describe, expect, it } from 'vitest';
import { RoleplaySchema } from '../../../src/schemas';
import { fixtureScenario } from '../roleplay/fixture';

const messages = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('RoleplaySchema', () => {
	it('accepts the fixture and fills defaults', () => {
		const scenario = fixtureScenario();
		expect(scenario.nodes[1]!.choices[0]!.effects).toEqual({});
		expect(scenario.nodes[0]!.choices[0]!.sets).toEqual([]);
	});

	it('rejects a misspelt field rather than dropping it', () => {
		const raw = structuredClone(fixtureScenario()) as unknown as {
			nodes: { choices: Record<string, unknown>[] }[];
		};
		raw.nodes[3]!.choices[0]!.conditon = raw.nodes[3]!.choices[0]!.condition;
		expect(messages(RoleplaySchema.safeParse(raw))).toEqual([
			expect.stringMatching(/^nodes\.3\.choices\.0: Unrecognized key.*conditon/),
		]);
	});

	it('rejects an empty condition, an unknown mood and an unknown outcome', () => {
		const raw = structuredClone(fixtureScenario()) as unknown as Record<string, any>;
		raw.nodes[3].choices[0].condition = {};
		raw.nodes[0].mood = 'grumpy';
		raw.endings[0].outcome = 'great';
		const result = messages(RoleplaySchema.safeParse(raw));
		expect(result).toHaveLength(3);
		expect(result[0]).toMatch(/^nodes\.0\.mood: /);
		expect(result).toContain(
			'nodes.3.choices.0.condition: Eine Bedingung braucht mindestens "min", "max", "flags" oder "notFlags".',
		);
		expect(result.some((m) => m.startsWith('endings.0.outcome: '))).toBe(true);
	});

	it('rejects a node without choices and a fractional effect', () => {
		const raw = structuredClone(fixtureScenario()) as unknown as Record<string, any>;
		raw.nodes[1].choices = [];
		raw.nodes[0].choices[0].effects = { kompetenz: 2.5 };
		expect(messages(RoleplaySchema.safeParse(raw)).map((m) => m.split(':')[0])).toEqual([
			'nodes.0.choices.0.effects.kompetenz',
			'nodes.1.choices',
		]);
	});
});
