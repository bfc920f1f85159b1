import { describe, expect, it } from 'vitest';
import de from '../../../src/i18n/de.json';
import { messagesFor } from '../../../src/i18n';
import { provideMessages } from '../../../src/i18n/client';
import { changeText, signed } from '../../../src/islands/roleplay/labels';
import { METER_IDS, MOODS, OUTCOMES } from '../../../src/schemas/roleplay-constants';

// The island receives its strings from the page; the test hands them over the same way.
provideMessages(messagesFor('roleplay.'));

describe('role-play labels', () => {
	it('name every meter, mood and outcome', () => {
		const keys = Object.keys(de);
		const expected = [
			...METER_IDS.map((id) => `roleplay.meter.${id}`),
			...MOODS.map((id) => `roleplay.mood.${id}`),
			...OUTCOMES.map((id) => `roleplay.outcome.${id}`),
		];
		expect(expected.filter((key) => !keys.includes(key))).toEqual([]);
	});

	it('write changes with a real minus sign', () => {
		expect(signed(5)).toBe('+5');
		expect(signed(-10)).toBe('−10');
		expect(changeText({ meter: 'intensitaet', delta: -5, value: 45 })).toBe(
			'Intensität (passend) −5, jetzt 45',
		);
	});
});
