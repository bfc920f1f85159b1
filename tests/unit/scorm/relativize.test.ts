import { describe, expect, it } from 'vitest';
import { internalLinks, prefixFor, relativizeText } from '../../../scripts/scorm/relativize.mjs';

describe('relative addresses for SCORM packages', () => {
	it('climb one folder per level', () => {
		expect(prefixFor('index.html')).toBe('./');
		expect(prefixFor('pfade/grundlagen/index.html')).toBe('../../');
		expect(prefixFor('_astro/x.js')).toBe('../');
	});

	it('rewrite attributes, folder addresses to index.html, fragments kept, JSON inside attributes too', () => {
		const html =
			'<a href="/__bzw_base__/">Start</a><link href="/__bzw_base__/_astro/a.css"><a href="/__bzw_base__/glossar/#vertrauen">x</a>' +
			'<div data-meta="{&quot;href&quot;:&quot;/__bzw_base__/pfade/p/m/&quot;}"></div>';
		expect(relativizeText('pfade/p/m/index.html', html)).toBe(
			'<a href="../../../index.html">Start</a><link href="../../../_astro/a.css"><a href="../../../glossar/index.html#vertrauen">x</a>' +
				'<div data-meta="{&quot;href&quot;:&quot;../../../pfade/p/m/index.html&quot;}"></div>',
		);
	});

	it('point absolute URLs (the canonical link) at the public site', () => {
		expect(
			relativizeText(
				'ueber/index.html',
				'<link rel="canonical" href="https://beziehungsweise.example/__bzw_base__/ueber/">',
			),
		).toBe('<link rel="canonical" href="https://beziehungsweise.example/ueber/">');
	});

	it('rewrite JSON relative to its own folder', () => {
		expect(relativizeText('lernstand/kurs.json', '{"href":"/__bzw_base__/pfade/p/"}')).toBe(
			'{"href":"../pfade/p/index.html"}',
		);
	});

	it('make the base in a script relative to the script, and refuse any other address a script builds', () => {
		expect(
			relativizeText('_astro/preload-helper.js', 'function(e){return`/__bzw_base__/`+e}'),
		).toBe('function(e){return`../`+e}');
		expect(relativizeText('_astro/links.js', 'var a=`/__bzw_base__`.replace(/\\/$/,``)')).toBe(
			'var a=`..`.replace(/\\/$/,``)',
		);
		expect(relativizeText('app.js', 'const base="/__bzw_base__";')).toBe('const base=".";');
		expect(() =>
			relativizeText('_astro/links.js', 'fetch("/__bzw_base__/suche/index.json")'),
		).toThrow(/_astro\/links\.js: an address under the base is left/);
	});

	it('leave files without the placeholder alone, and list a page’s internal links', () => {
		expect(relativizeText('theme-init.js', 'localStorage.getItem("bzw:theme")')).toBe(
			'localStorage.getItem("bzw:theme")',
		);
		expect(
			internalLinks(
				'<a href="#x"></a><a href="../a/index.html#y"></a><img src="data:x"><a href="mailto:a@b"></a><div data-island-src="../k.json"></div>',
			),
		).toEqual(['../a/index.html', '../k.json']);
	});
});
