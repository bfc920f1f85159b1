import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { t } from '../../src/i18n';
import { BUILDING_BLOCKS } from '../../src/schemas';

describe('UI dictionary', () => {
	it('fills placeholders', () => {
		expect(t('module.position', { current: 2, total: 8 })).toBe('Modul 2 von 8');
	});

	it('keeps an unknown placeholder visible rather than dropping it', () => {
		expect(t('module.position', { current: 2 })).toBe('Modul 2 von {total}');
	});

	it('has flat dotted keys and non-empty strings only', () => {
		for (const [key, value] of Object.entries(de)) {
			expect(key).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z-]*)*$/);
			expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
		}
	});

	it('labels every building block', () => {
		for (const block of BUILDING_BLOCKS) expect(Object.keys(de)).toContain(`block.${block}`);
	});
});
