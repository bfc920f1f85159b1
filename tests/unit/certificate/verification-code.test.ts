import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCode, verificationCode } from '../../../src/lib/certificate/verification-code';

const facts = { pathId: 'grundlagen', completedAt: '2026-11-20T09:15:00.000Z', final: 85 };

describe('verification code', () => {
	it('is ten Crockford characters in two groups', () => {
		expect(verificationCode(facts)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
	});

	it('is the same for the same facts, whichever way the time is written', () => {
		expect(verificationCode(facts)).toBe(verificationCode({ ...facts }));
		expect(verificationCode({ ...facts, completedAt: '2026-11-20T10:15:00+01:00' })).toBe(
			verificationCode(facts),
		);
	});

	it('changes when the path, the moment or the result changes', () => {
		const code = verificationCode(facts);
		expect(verificationCode({ ...facts, pathId: 'fuehrungskraefte' })).not.toBe(code);
		expect(verificationCode({ ...facts, completedAt: '2026-11-20T09:15:01.000Z' })).not.toBe(code);
		expect(verificationCode({ ...facts, final: 86 })).not.toBe(code);
		expect(verificationCode({ pathId: facts.pathId, completedAt: facts.completedAt })).not.toBe(
			code,
		);
	});

	it('rarely collides across many different completions', () => {
		const codes = new Set<string>();
		for (let minute = 0; minute < 5000; minute++)
			codes.add(
				verificationCode({
					pathId: 'grundlagen',
					completedAt: new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString(),
					final: 80,
				}),
			);
		expect(codes.size).toBe(5000);
	});

	it('refuses a moment that is no time', () => {
		expect(() => verificationCode({ ...facts, completedAt: 'gestern' })).toThrow(/gestern/);
	});

	it('reads a typed code back, forgiving case, spaces and look-alike letters', () => {
		const code = verificationCode(facts);
		expect(normalizeCode(code.toLowerCase().replace('-', ' '))).toBe(code);
		fc.assert(
			fc.property(fc.string(), (input) => {
				expect(typeof normalizeCode(input)).toBe('string');
			}),
		);
	});
});
