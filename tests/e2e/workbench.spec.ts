import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * The relationship workbench as a participant uses it, by keyboard alone: three customers into the
 * portfolio, a map for one of them, a rated contact, two actions, the calendar file, a reload, print.
 */

/** Focuses a field and types into it, as a keyboard user does. */
async function type(field: Locator, text: string) {
	await field.focus();
	await field.press('ControlOrMeta+a');
	await field.pressSequentially(text);
}

/** Picks an option of a native select by keyboard: focus it, go to the first option, then step down. */
async function choose(field: Locator, label: string) {
	await field.focus();
	const labels = await field.locator('option').allTextContents();
	const index = labels.findIndex((text) => text.trim() === label);
	expect(index, `option "${label}"`).toBeGreaterThanOrEqual(0);
	await field.press('Home');
	for (let i = 0; i < index; i++) await field.press('ArrowDown');
	await expect(field.locator('option:checked')).toHaveText(label);
}

/** Types a date into a date field digit by digit, as the keyboard does (the test browser's locale is en-US). */
async function typeDate(field: Locator, isoDay: string) {
	const [year, month, day] = isoDay.split('-');
	await field.focus();
	await field.pressSequentially(`${month}${day}${year}`);
	await expect(field).toHaveValue(isoDay);
}

async function press(page: Page, button: Locator) {
	await button.focus();
	await page.keyboard.press('Enter');
}

test('a participant takes customers from portfolio to a dated action plan, by keyboard; reload keeps it; the calendar file parses; print shows one worksheet', async ({
	page,
}) => {
	test.slow();
	// What the learner types never leaves the browser: no request carries it, no log shows it.
	const requests: string[] = [];
	const logs: string[] = [];
	page.on('request', (request) =>
		requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`),
	);
	page.on('console', (message) => logs.push(message.text()));
	await page.goto('/werkstatt/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beziehungswerkstatt');
	await expect(
		page.getByText('Namen von Kunden und Personen werden nur in diesem Browser gespeichert'),
	).toBeVisible();
	await expectNoAxeViolations(page);

	// 1. Three customers, rated on profitability and future chances.
	const portfolio = page.locator('[data-tool="portfolio"]');
	const customers = [
		{ name: 'Kunde A', profitability: '5 – sehr hoch', future: '4 – hoch', quadrant: 'Ausbauen' },
		{
			name: 'Kunde B',
			profitability: '2 – gering',
			future: '5 – sehr hoch',
			quadrant: 'Entwickeln',
		},
		{
			name: 'Kunde C',
			profitability: '2 – gering',
			future: '1 – sehr gering',
			quadrant: 'Überprüfen',
		},
	];
	for (const customer of customers) {
		await type(portfolio.getByLabel('Name oder Kürzel', { exact: true }), customer.name);
		await choose(
			portfolio.getByLabel('Rentabilität heute', { exact: true }),
			customer.profitability,
		);
		await choose(portfolio.getByLabel('Zukunftschancen', { exact: true }), customer.future);
		await press(page, portfolio.getByRole('button', { name: 'Kunden hinzufügen' }));
		await expect(portfolio.getByRole('status')).toHaveText(`${customer.name} steht im Portfolio.`);
	}
	const rows = portfolio.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText('1 – Ausbauen');
	await expect(rows.nth(1)).toContainText('2 – Entwickeln');
	await expect(rows.nth(2)).toContainText('4 – Überprüfen');

	// A customer moves on the chart by the arrow keys: Kunde C gains two points of future chances.
	const pointC = portfolio.getByRole('img', { name: /^Kunde C:/ });
	await pointC.focus();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(portfolio.getByRole('status')).toHaveText(
		'Kunde C: Rentabilität 4, Zukunftschancen 3, Feld Sichern.',
	);
	await expect(rows.nth(2)).toContainText('3 – Sichern');
	await expect(rows.nth(2)).toContainText('Grenzfall');
	// Refused input says what is wrong and stores nothing.
	await type(portfolio.getByLabel('Name oder Kürzel', { exact: true }), '<b>Kunde</b>');
	await press(page, portfolio.getByRole('button', { name: 'Kunden hinzufügen' }));
	await expect(portfolio.getByRole('alert')).toContainText('enthält HTML-Zeichen');
	await expect(rows).toHaveCount(3);

	// 2. The map of Kunde A: a committee, four people, two of our contacts, their links.
	await choose(
		page.getByLabel('Kunde für Landkarte, Beziehungsqualität und Maßnahmen', { exact: true }),
		'Kunde A',
	);
	const map = page.locator('[data-tool="landkarte"]');
	await type(
		map.getByLabel('Name des Gremiums oder Ablaufs', { exact: true }),
		'Investitionsausschuss',
	);
	await press(page, map.getByRole('button', { name: 'Gremium oder Ablauf hinzufügen' }));
	const people = [
		{
			name: 'Leitung Technik',
			role: 'schreibt die Spezifikation',
			influence: '4 – hoch',
			committee: 'Investitionsausschuss',
		},
		{
			name: 'Kaufmännische Leitung',
			role: 'gibt das Budget frei',
			influence: '5 – sehr hoch',
			committee: 'Investitionsausschuss',
		},
		{ name: 'Einkauf', role: 'andere Rolle', influence: '3 – mittel', committee: 'keinem Gremium' },
		{
			name: 'Instandhaltung',
			role: 'arbeitet später damit',
			influence: '2 – gering',
			committee: 'keinem Gremium',
		},
	];
	for (const person of people) {
		await type(map.getByLabel('Name oder Funktion', { exact: true }), person.name);
		await choose(map.getByLabel('Rolle in der Kaufentscheidung', { exact: true }), person.role);
		await choose(
			map.getByLabel('Einfluss auf die Entscheidung', { exact: true }),
			person.influence,
		);
		await choose(map.getByLabel('Sitzt in', { exact: true }), person.committee);
		await press(page, map.getByRole('button', { name: 'Person beim Kunden hinzufügen' }));
		await expect(map.getByRole('status')).toHaveText(`${person.name} ist auf der Landkarte.`);
	}
	for (const colleague of ['Frau Vertrieb', 'Herr Service']) {
		await type(map.getByLabel('Name', { exact: true }), colleague);
		await press(page, map.getByRole('button', { name: 'Kontakt aus dem eigenen Haus hinzufügen' }));
	}
	const links = [
		['Frau Vertrieb', 'Einkauf', '5 – vertrauensvolle Beziehung'],
		['Frau Vertrieb', 'Leitung Technik', '3 – regelmäßige Zusammenarbeit'],
		['Herr Service', 'Instandhaltung', '4 – enge Arbeitsbeziehung'],
	] as const;
	for (const [contact, person, strength] of links) {
		await choose(map.getByLabel('Wer aus unserem Haus', { exact: true }), contact);
		await choose(map.getByLabel('kennt wen beim Kunden', { exact: true }), person);
		await choose(map.getByLabel('Wie stark', { exact: true }), strength);
		await press(page, map.getByRole('button', { name: 'Verbindung eintragen' }));
	}
	await expect(
		map.getByRole('img', {
			name: /4 Personen beim Kunden, 2 eigenen Kontakten und 3 Verbindungen/,
		}),
	).toBeVisible();
	const list = map.locator('[data-map-list]');
	await expect(list.locator('[data-person]')).toHaveCount(4);
	await expect(list.getByText('Kontakte: Frau Vertrieb (Stärke 5)')).toBeVisible();
	// The gaps the module names: the budget holder has no contact; only one colleague reaches the technical lead.
	const gaps = map.locator('[data-gaps]');
	await expect(gaps.locator('[data-gap="ohne-kontakt"]')).toContainText(
		'Kaufmännische Leitung ist wichtig',
	);
	await expect(gaps.locator('[data-gap="klumpenrisiko"]').first()).toContainText('Frau Vertrieb');
	await expectNoAxeViolations(page);

	// 3. A contact rated on the six criteria.
	const quality = page.locator('[data-tool="qualitaet"]');
	await choose(quality.getByLabel('Person', { exact: true }), 'Leitung Technik');
	for (const criterion of [
		'Sympathie',
		'Anerkennung',
		'Vertrauen',
		'Gegenseitigkeit',
		'Intensität',
		'Kompetenz',
	]) {
		const group = quality.getByRole('group', { name: criterion });
		await group.getByRole('radio', { name: /^3 – / }).focus();
		await page.keyboard.press('Space');
	}
	await press(page, quality.getByRole('button', { name: 'Einschätzung speichern' }));
	await expect(quality.getByRole('status').first()).toContainText(
		'Die Einschätzung für Leitung Technik',
	);
	await expect(
		quality.getByRole('img', { name: 'Beziehungsqualität: Leitung Technik' }),
	).toBeVisible();

	// 4. Two actions, one of them for the budget holder; the calendar file parses back.
	const actions = page.locator('[data-tool="massnahmen"]');
	const planned = [
		{
			what: 'Termin mit der kaufmännischen Leitung, vorgestellt von der Technik',
			who: 'Frau Vertrieb',
			person: 'Kaufmännische Leitung',
			followUp: '2030-03-02',
		},
		{
			what: 'Zweiten Kontakt zur Leitung Technik aufbauen; Werksbesuch',
			who: 'Herr Service',
			person: 'Leitung Technik',
			followUp: '2024-03-16',
		},
	];
	for (const action of planned) {
		await type(actions.getByLabel('Was', { exact: true }), action.what);
		await type(actions.getByLabel('Wer', { exact: true }), action.who);
		await choose(actions.getByLabel('Für wen', { exact: true }), action.person);
		await typeDate(actions.getByLabel('Bis wann', { exact: true }), '2030-02-27');
		await typeDate(actions.getByLabel('Nachfassen am', { exact: true }), action.followUp);
		await choose(actions.getByLabel('Stärkt das Kriterium', { exact: true }), 'Vertrauen');
		await press(page, actions.getByRole('button', { name: 'Maßnahme hinzufügen' }));
		await expect(actions.getByRole('status')).toHaveText(`Geplant: ${action.what}.`);
	}
	await expect(actions.getByRole('table').locator('tbody tr')).toHaveCount(2);
	// A follow-up date that has passed is marked, in text.
	const late = actions.getByRole('row', { name: /Zweiten Kontakt/ });
	await expect(late).toHaveAttribute('data-overdue', 'true');
	await expect(late).toContainText('überfällig');
	const download = page.waitForEvent('download');
	await press(
		page,
		actions.getByRole('button', { name: 'Nachfasstermine als Kalenderdatei (.ics)' }),
	);
	const file = await download;
	expect(file.suggestedFilename()).toBe('nachfassen-kunde-a.ics');
	const text = readFileSync((await file.path())!, 'utf8');
	expect(text).toMatch(/\r\n/);
	for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	const events = new ICAL.Component(ICAL.parse(text))
		.getAllSubcomponents('vevent')
		.map((vevent) => new ICAL.Event(vevent));
	expect(events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
		[`Nachfassen: Kunde A – ${planned[0]!.what}`, '2030-03-02'],
		[`Nachfassen: Kunde A – ${planned[1]!.what}`, '2024-03-16'],
	]);
	await expectNoAxeViolations(page);

	// 5. A reload keeps it all; the dashboard lists the open follow-ups.
	await page.reload();
	await expect(page.locator('[data-tool="portfolio"] tbody tr')).toHaveCount(3);
	await choose(
		page.getByLabel('Kunde für Landkarte, Beziehungsqualität und Maßnahmen', { exact: true }),
		'Kunde A',
	);
	await expect(page.locator('[data-tool="landkarte"] [data-person]')).toHaveCount(4);
	await expect(page.locator('[data-tool="massnahmen"] tbody tr')).toHaveCount(2);
	await page.goto('/lernstand/');
	await expect(page.locator('[data-workbench-follow-ups] li')).toHaveCount(2);
	await page.goto('/werkstatt/');

	const origin = new URL(page.url()).origin;
	for (const request of requests) {
		expect(request).toMatch(new RegExp(`^GET ${origin}/`));
		expect(request).not.toMatch(/Kunde|Vertrieb|Leitung/);
	}
	expect(logs.filter((line) => /Kunde A|Frau Vertrieb/.test(line))).toEqual([]);

	// 6. One worksheet prints alone.
	const printMap = page
		.locator('[data-tool="landkarte"]')
		.getByRole('button', { name: 'Dieses Arbeitsblatt drucken' });
	await page.evaluate(() => (window.print = () => {}));
	await press(page, printMap);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-tool="landkarte"]')).toBeVisible();
	await expect(page.locator('[data-tool="portfolio"]')).toBeHidden();
	await expect(page.locator('[data-tool="landkarte"] form').first()).toBeHidden();
	await expect(page.locator('header').first()).toBeHidden();
});

test('the modules whose teaching a tool applies link to it at the right section', async ({
	page,
}) => {
	for (const [path, tool, heading] of [
		['/pfade/grundlagen/diagnose/', 'portfolio', 'Erster Schritt: Kunden bewerten'],
		['/pfade/grundlagen/ziele-strategien/', 'strategie', 'Die Alternativen im Überblick'],
		['/pfade/grundlagen/transfer/', 'massnahmen', 'Ihr persönlicher Aktionsplan'],
	] as const) {
		await page.goto(path);
		const link = page.locator(`a[href="/werkstatt/#werkzeug-${tool}"]`);
		await expect(link).toHaveCount(1);
		// The call sits at the end of the section it applies.
		const section = await link.evaluate((a) => {
			let node: Element | null = a.closest('p');
			while (node && !/^H2$/.test(node.tagName)) node = node.previousElementSibling;
			return node?.textContent?.trim();
		});
		expect(section).toBe(heading);
		await link.click();
		await expect(page.locator(`#werkzeug-${tool}`)).toBeVisible();
	}
});

test('the worked example loads, can be explored and cleared; a reset empties the workbench alone', async ({
	page,
}) => {
	await page.goto('/werkstatt/');
	await page.getByRole('button', { name: 'Beispielkunden laden' }).click();
	await expect(page.getByText('Der Beispielkunde Klinikum Bergfeld ist geladen.')).toBeVisible();
	await expect(page.locator('[data-tool="portfolio"] tbody tr')).toHaveCount(1);
	await expect(page.locator('[data-tool="landkarte"] [data-gap]').first()).toBeVisible();
	await expectNoAxeViolations(page);
	// On a phone the page reads without sideways scrolling (wide tables scroll in their own region).
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true,
	);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.getByRole('button', { name: 'Beispielkunden entfernen' }).click();
	await expect(page.locator('[data-tool="portfolio"] tbody tr')).toHaveCount(0);

	await page.getByRole('button', { name: 'Beispielkunden laden' }).click();
	await page.evaluate(() => {
		const stored = JSON.parse(localStorage.getItem('bzw:progress')!);
		stored.notes = { merken: { updatedAt: stored.updatedAt, text: 'bleibt' } };
		localStorage.setItem('bzw:progress', JSON.stringify(stored));
	});
	await page.reload();
	await page.getByRole('button', { name: 'Werkstatt zurücksetzen' }).click();
	await page.getByRole('button', { name: 'Ja, Werkstatt löschen' }).click();
	await expect(page.getByText('Die Werkstatt ist leer.')).toBeVisible();
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('bzw:progress')!));
	expect(stored.workbenchCustomers).toEqual({});
	expect(stored.notes.merken.text).toBe('bleibt');
});

test('the strategy profile moves by keyboard and compares today with the target; self-image meets behaviour', async ({
	page,
}) => {
	const at = '2026-11-20T10:00:00.000Z';
	const meters = (value: number) => ({
		sympathie: value,
		anerkennung: value,
		vertrauen: value,
		gegenseitigkeit: value,
		intensitaet: value,
		kompetenz: 40,
	});
	await page.goto('/werkstatt/');
	const self = page.locator('[data-tool="selbstbild"]');
	await expect(self.getByRole('link', { name: 'Zur Selbsteinschätzung' })).toBeVisible();

	// A self-assessment (all 5 but competence 2) and two finished role-plays (meters 50, competence 40).
	await page.evaluate(
		({ at, runs }) => {
			const stored = JSON.parse(localStorage.getItem('bzw:progress') ?? 'null') ?? {
				version: 4,
				updatedAt: at,
			};
			stored.assessments = {
				beziehungsqualitaet: [
					{
						id: 'selbst-1',
						completedAt: at,
						answers: {},
						scores: {
							sympathie: 5,
							anerkennung: 5,
							vertrauen: 5,
							gegenseitigkeit: 5,
							intensitaet: 5,
							kompetenz: 2,
						},
					},
				],
			};
			stored.roleplayRuns = { 'erstbesuch-werk': runs };
			localStorage.setItem('bzw:progress', JSON.stringify(stored));
		},
		{
			at,
			runs: ['r1', 'r2'].map((id) => ({
				id,
				startedAt: at,
				finishedAt: at,
				path: [],
				meters: meters(50),
				endingId: 'ende',
				outcome: 'neutral',
			})),
		},
	);
	await page.reload();
	const table = self.getByRole('table');
	await expect(table.getByRole('row', { name: /Sympathie/ })).toContainText('100');
	await expect(table.getByRole('row', { name: /Sympathie/ })).toContainText('50');
	await expect(self).toContainText('Selbstbild höher');
	await expect(table.getByRole('row', { name: /Kompetenz/ })).toContainText('25');
	await expectNoAxeViolations(page);

	const strategy = page.locator('[data-tool="strategie"]');
	const today = strategy.getByRole('slider').first();
	const target = strategy.getByRole('slider').nth(1);
	await today.focus();
	await page.keyboard.press('Home');
	await target.focus();
	await page.keyboard.press('End');
	await expect(today).toHaveValue('0');
	await expect(target).toHaveValue('100');
	await expect(strategy.getByRole('listitem').first()).toContainText('Abstand 100 Punkte');
	await page.reload();
	await expect(page.locator('[data-tool="strategie"]').getByRole('slider').nth(1)).toHaveValue(
		'100',
	);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});
