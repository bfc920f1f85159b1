import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectSources, parseSiteConfig } from '../../../src/build/site-config';

const root = join(import.meta.dirname, '../../..');
const shipped = readFileSync(join(root, 'content/site.yaml'), 'utf8');
const logoExists = (name: string) => name === 'logo.svg';

describe('the provider’s site configuration (content/site.yaml)', () => {
	it('as shipped names platform, course, provider, contact and a logo that exists', () => {
		const config = parseSiteConfig(shipped, logoExists);
		expect(config.platform).toBe('beziehungsweise');
		expect(config.course.length).toBeGreaterThan(5);
		expect(config.provider.name.length).toBeGreaterThan(2);
		expect(config.provider.contact.length).toBeGreaterThan(2);
		expect(config.policies.gifts.where).toMatch(/richtlinie/i);
	});

	it.each([
		['a missing provider name', shipped.replace(/^ {2}name: .*$/m, ''), 'provider.name'],
		['an empty course', shipped.replace(/^course: .*$/m, 'course: ""'), 'course'],
		['a logo outside public/', shipped.replace(/logo: .*/, 'logo: ../geheim.svg'), 'provider.logo'],
		['an unknown field', `${shipped}\nfarbe: rot\n`, 'farbe'],
		[
			'a policy address that is not https',
			shipped.replace(/^( {4}where: .*)$/m, '$1\n    url: "http://intranet.example/geschenke"'),
			'policies.gifts.url',
		],
	])('stops the build on %s, naming the file and the field', (_case, text, field) => {
		expect(() => parseSiteConfig(text, logoExists)).toThrow(
			new RegExp(`content/site\\.yaml: .*${field.replace('.', '\\.')}`),
		);
	});

	it('stops the build when the logo file is missing', () => {
		expect(() => parseSiteConfig(shipped, () => false)).toThrow(
			'content/site.yaml: provider.logo: Die Datei public/logo.svg gibt es nicht.',
		);
	});

	it('names broken YAML as such', () => {
		expect(() => parseSiteConfig('platform: [', logoExists)).toThrow(
			/content\/site\.yaml: kein gültiges YAML/,
		);
	});
});

describe('the learning record store (lrs) and the CSP', () => {
	it('allows nothing beyond the site itself when no LRS is configured', () => {
		expect(connectSources(parseSiteConfig(shipped, logoExists))).toBe("'self'");
	});

	it('allows exactly the LRS origin when one is configured', () => {
		const config = parseSiteConfig(
			`${shipped}\nlrs:\n  endpoint: "https://lrs.firma.example:8443/data/xAPI/"\n`,
			logoExists,
		);
		expect(connectSources(config)).toBe("'self' https://lrs.firma.example:8443");
	});

	it.each([
		'http://lrs.firma.example/xAPI/',
		'https://lrs.firma.example/xAPI',
		'https://lrs.firma.example/xAPI/ https://evil.example/',
		"https://lrs.firma.example/'unsafe-inline'/",
	])('refuses the endpoint %s, naming lrs.endpoint', (endpoint) => {
		expect(() =>
			parseSiteConfig(`${shipped}\nlrs:\n  endpoint: "${endpoint}"\n`, logoExists),
		).toThrow(/content\/site\.yaml: lrs\.endpoint:/);
	});

	it('accepts a local LRS over http for the tests', () => {
		const config = parseSiteConfig(
			`${shipped}\nlrs:\n  endpoint: "http://127.0.0.1:8089/xAPI/"\n`,
			logoExists,
		);
		expect(connectSources(config)).toBe("'self' http://127.0.0.1:8089");
	});
});
