import { describe, expect, it } from 'vitest';
import { courseSearch } from './course-index';

/**
 * What learners and trainers type, and the page that must be among the first three results.
 * A module counts with any of its sections. Queries are written as people type them: lower case,
 * transliterated umlauts, plurals, half words, a typo.
 */
const CASES: [query: string, page: string][] = [
	['Vertrauen', '/glossar/#vertrauen'],
	['vertrauen aufbauen', '/module/beziehungsqualitaet/'],
	['Nachfolge', '/module/organisation/'],
	['Nachfolgeregelung', '/glossar/#nachfolgeregelung'],
	['Geschenke', '/glossar/#geschenkrichtlinie'],
	['Geschenkrichtlinie', '/module/organisation/'],
	['Kundenbewertung', '/glossar/#kundenbewertung'],
	['Kunden bewerten', '/module/diagnose/'],
	['Beziehungsqualität', '/module/beziehungsqualitaet/'],
	['beziehungsqualitaet', '/module/beziehungsqualitaet/'],
	['Compliance', '/glossar/#compliance'],
	['Korruption', '/glossar/#korruption'],
	['Sympathie', '/glossar/#sympathie'],
	['Anerkennung', '/glossar/#anerkennung'],
	['Gegenseitigkeit', '/glossar/#gegenseitigkeit'],
	['Intensitaet', '/glossar/#intensitaet'],
	['Kompetenz', '/glossar/#kompetenz'],
	['Aktionsplan', '/module/transfer/'],
	['Fruehwarnsystem', '/glossar/#fruehwarnsystem'],
	['Überalterung', '/glossar/#ueberalterung'],
	['Entscheidungsnetze', '/glossar/#entscheidungsnetz'],
	['Gremien beim Kunden', '/module/diagnose/'],
	['Key Account', '/glossar/#key-account-management'],
	['Selbsteinschätzung Beziehungsnetz', '/module/diagnose/#assessment-beziehungsnetz'],
	['Lernpfad Führungskräfte', '/pfade/fuehrungskraefte/'],
	['Technik und Innendienst', '/pfade/technik-innendienst/'],
	['Strategie', '/module/ziele-strategien/'],
	['Wertschöpfung steigern', '/module/ziele-strategien/'],
	['Kundenbindung', '/glossar/#kundenbindung'],
	['Kundeninformationssystem', '/glossar/#kundeninformationssystem'],
	['Seilschaft', '/glossar/#seilschaft'],
	['Beziehungsfilz', '/glossar/#beziehungsfilz'],
	['Vetrauen', '/glossar/#vertrauen'],
	['Kompetnz', '/glossar/#kompetenz'],
	['Projektsystem', '/glossar/#projektsystem'],
	['Beziehungen zwischen Kunden', '/module/organisation/'],
	['persönliche Ziele', '/module/persoenlich/'],
	['Verpackungsmaschinen', '/module/diagnose/'],
	['Investitionsgueter', '/glossar/#investitionsgueter'],
	['Anspruchsgruppen', '/glossar/#anspruchsgruppe'],
	['Beziehungsreserven', '/glossar/#beziehungsreserve'],
	['Kundenbegl', '/glossar/#kundenbegleitung'],
];

const isPage = (href: string, page: string) => href === page || href.split('#')[0] === page;

describe('relevance on the real course', () => {
	it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

	it.each(CASES)('"%s" lists %s among the first three', (query, page) => {
		const { searcher } = courseSearch();
		const top = searcher.search(query, 3).hits.map((hit) => hit.document.href);
		expect(
			top.some((href) => isPage(href, page)),
			`top 3: ${top.join(', ')}`,
		).toBe(true);
	});
});
