import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

/** One heading per role-play the course holds, counted from the content itself. */
const ROLEPLAY_COUNT = readdirSync('content/roleplays').filter((file) =>
	file.endsWith('.yaml'),
).length;

/**
 * Role-plays in the browser: played by keyboard only, one step back, a reload mid-way, the debrief.
 * The conversation in progress and finished runs live in the progress store (`bzw:progress`).
 */
const SCENARIO = '/rollenspiele/erstbesuch-werk/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Puts a conversation snapshot into stored progress before the first page loads. */
function seedSnapshot(page: Page, snapshot: unknown) {
	return page.addInitScript((stored) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		const at = new Date().toISOString();
		localStorage.setItem(
			'bzw:progress',
			JSON.stringify({
				version: 1,
				updatedAt: at,
				roleplaySnapshots: { 'erstbesuch-werk': { savedAt: at, snapshot: stored } },
			}),
		);
	}, snapshot);
}

const storedRuns = (page: Page) =>
	page.evaluate(
		() =>
			(JSON.parse(localStorage.getItem('bzw:progress') ?? '{}').roleplayRuns?.['erstbesuch-werk'] ??
				[]) as Record<string, unknown>[],
	);

/** Scrolls by keyboard until the island is in view, so it hydrates. */
async function openConversation(page: Page) {
	await page.goto(SCENARIO);
	await page.keyboard.press('End');
	await expect(page.getByRole('heading', { name: 'Was sagen Sie?' })).toBeVisible();
}

/** Presses Tab until the target has focus, then Enter: what a keyboard user does. */
async function pressByKeyboard(page: Page, target: Locator) {
	for (let presses = 0; presses < 80; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) {
			await page.keyboard.press('Enter');
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} by Tab`);
}

const choice = (page: Page, text: RegExp) => page.getByRole('button', { name: text });
const meter = (page: Page, name: string) =>
	page.locator(`[data-meter="${name}"] [data-meter-value]`);
const transcript = (page: Page) =>
	page.getByRole('list', { name: 'Das Gespräch' }).getByRole('listitem');

test.describe('a role-play', () => {
	test('is played by keyboard to an ending, with one step back, and ends in a debrief', async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await openConversation(page);
		await expect(meter(page, 'vertrauen')).toHaveText('40 von 100');

		await pressByKeyboard(page, choice(page, /Ich will Ihnen nichts verkaufen/));
		await expect(page.getByRole('status')).toHaveText(
			'Anerkennung +5, jetzt 55; Vertrauen +10, jetzt 50; Intensität (passend) +5, jetzt 25',
		);
		await expect(meter(page, 'vertrauen')).toHaveText('50 von 100');
		// Focus moved to the counterpart's new line; the first choice shown (in the run's order) is the next Tab stop.
		await page.keyboard.press('Tab');
		await expect(
			page.getByRole('region', { name: 'Was sagen Sie?' }).getByRole('button').first(),
		).toBeFocused();

		await pressByKeyboard(page, choice(page, /Unsere Servicekollegen sind sehr gut/));
		await expect(meter(page, 'vertrauen')).toHaveText('40 von 100');
		await expect(transcript(page)).toHaveCount(5);

		await pressByKeyboard(page, page.getByRole('button', { name: 'Einen Schritt zurück' }));
		await expect(page.getByRole('status')).toHaveText('Ihre letzte Antwort ist zurückgenommen.');
		await expect(meter(page, 'vertrauen')).toHaveText('50 von 100');
		await expect(transcript(page)).toHaveCount(3);

		for (const text of [
			/Wann genau passiert das/,
			/Dann könnte die Zuluft/,
			/Im Gegenteil/,
			/Wir bieten bei uns im Werk/,
			/Ich messe heute Nachmittag/,
		])
			await pressByKeyboard(page, choice(page, text));

		const debrief = page.getByRole('region', { name: 'Auswertung' });
		await expect(page.getByRole('heading', { name: 'Auswertung' })).toBeFocused();
		await expect(debrief.getByText('Beziehung gestärkt', { exact: true })).toBeVisible();
		await expect(
			debrief.getByRole('heading', { name: 'Ein Ansprechpartner in der Technik' }),
		).toBeVisible();
		await expect(debrief.getByRole('img')).toHaveCount(2);
		await expect(debrief.getByRole('img', { name: 'Ihr Gespräch' })).toBeVisible();
		await expect(debrief.getByRole('img', { name: /Der beste Verlauf/ })).toBeVisible();
		await expect(debrief.getByText('Sie haben den besten Verlauf gefunden.')).toBeVisible();
		await expect(debrief.getByText(/Gezielte Fachfragen zeigen Kompetenz/).first()).toBeVisible();
		await expect(debrief.getByRole('heading', { name: 'Entscheidende Momente' })).toBeVisible();

		await pressByKeyboard(page, page.getByRole('button', { name: 'Neu beginnen' }));
		await expect(transcript(page)).toHaveCount(1);
		await expect(meter(page, 'vertrauen')).toHaveText('40 von 100');
		expect(errors).toEqual([]);
	});

	test('the debrief names the decisive moments of a weaker run and shows the better way', async ({
		page,
	}) => {
		await openConversation(page);
		for (const text of [
			/Ich will Ihnen nichts verkaufen/,
			/Das nehme ich auf/,
			/Gehen Sie nur/,
			/Keine Sorge/,
			/Das merkt man/,
			/Hier ist meine Karte/,
		])
			await choice(page, text).click();
		const debrief = page.getByRole('region', { name: 'Auswertung' });
		await expect(debrief.getByText('Beziehung unverändert', { exact: true })).toBeVisible();
		await expect(debrief.locator('.decisive-lost')).toContainText(
			'Danach war „Beziehung gestärkt“ nicht mehr erreichbar.',
		);
		await expect(
			debrief.getByRole('heading', { name: 'So verläuft das Gespräch am besten' }),
		).toBeVisible();
		await debrief.getByText('Werte als Tabelle').first().click();
		await expect(debrief.getByRole('table', { name: 'Ihr Gespräch' }).getByRole('row')).toHaveCount(
			8,
		);
	});

	test('survives a reload mid-conversation and records the finished run', async ({ page }) => {
		await openConversation(page);
		await choice(page, /Ich will Ihnen nichts verkaufen/).click();
		await choice(page, /Wann genau passiert das/).click();
		await expect(meter(page, 'kompetenz')).toHaveText('60 von 100');

		await page.reload();
		await page.keyboard.press('End');
		await expect(page.locator('[data-notice="resumed"]')).toHaveText(
			'Sie setzen Ihr begonnenes Gespräch fort.',
		);
		await expect(page.getByRole('status')).toHaveText('Sie setzen Ihr begonnenes Gespräch fort.');
		await expect(transcript(page)).toHaveCount(5);
		await expect(meter(page, 'kompetenz')).toHaveText('60 von 100');

		await page.getByRole('button', { name: 'Einen Schritt zurück' }).click();
		await expect(transcript(page)).toHaveCount(3);
		for (const text of [
			/Wann genau passiert das/,
			/Gut beobachtet/,
			/Keine Sorge/,
			/Das merkt man/,
			/Das Weitere klärt unser Vertrieb/,
		])
			await choice(page, text).click();
		await expect(page.getByRole('heading', { name: 'Auswertung' })).toBeFocused();

		const runs = await storedRuns(page);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({
			path: [
				'empfang-offen',
				'rundgang-fragen',
				'ursache-lob',
				'kaffee-witz',
				'persoenlich-interesse',
				'abschied-vertrieb',
			],
			endingId: 'ende-hoeflich',
			outcome: 'neutral',
		});
		expect(Date.parse(String(runs[0]!.finishedAt))).toBeGreaterThanOrEqual(
			Date.parse(String(runs[0]!.startedAt)),
		);

		// Reloading at the debrief shows it again (and says so, rather than "continued") and does not record the run twice.
		await page.reload();
		await page.keyboard.press('End');
		await expect(page.getByRole('region', { name: 'Auswertung' })).toBeVisible();
		await expect(page.locator('[data-notice="reopenedEnding"]')).toHaveText(
			'Ihr beendetes Gespräch wird mit seiner Auswertung angezeigt. Mit „Neu beginnen“ spielen Sie es noch einmal.',
		);
		expect(await storedRuns(page)).toHaveLength(1);

		// The dashboard lists the run.
		await page.goto('/lernstand/');
		await expect(page.getByRole('region', { name: 'Rollenspiele' })).toContainText('1 Durchgang');
	});

	test('a stored conversation that does not fit starts afresh and says so', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await seedSnapshot(page, {
			status: 'active',
			value: 'abschied',
			context: { startedAt: 'gestern', history: 'kaputt' },
		});
		await openConversation(page);
		await expect(page.locator('[data-notice="invalidSnapshot"]')).toHaveText(
			'Ihr gespeicherter Gesprächsstand passt nicht mehr zu diesem Rollenspiel. Das Gespräch beginnt von vorn.',
		);
		await expect(transcript(page)).toHaveCount(1);
		expect(errors).toEqual([]);
	});

	test('loads the debrief’s code only once the conversation has begun, and says so if it cannot', async ({
		page,
	}) => {
		const debriefCode: string[] = [];
		page.on('request', (request) => {
			if (/\/Debrief\.[^/]*\.js$/.test(request.url())) debriefCode.push(request.url());
		});
		await page.route(/\/Debrief\.[^/]*\.js$/, (route) => route.abort());
		await openConversation(page);
		expect(debriefCode).toEqual([]);
		for (const text of [
			/Ich will Ihnen nichts verkaufen/,
			/Wann genau passiert das/,
			/Dann könnte die Zuluft/,
			/Im Gegenteil/,
			/Wir bieten bei uns im Werk/,
			/Ich messe heute Nachmittag/,
		])
			await choice(page, text).click();
		expect(debriefCode.length).toBeGreaterThan(0);
		await expect(page.getByRole('alert')).toContainText('Die Auswertung ließ sich nicht laden');
		// The run was recorded all the same.
		expect(await storedRuns(page)).toHaveLength(1);
	});

	test('keeps the conversation in the progress store and nowhere else', async ({ page }) => {
		await openConversation(page);
		await choice(page, /Ich will Ihnen nichts verkaufen/).click();
		await choice(page, /Wann genau passiert das/).click();
		// The progress store's one key (see client/progress/store.ts).
		expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['bzw:progress']);
		const stored = await page.evaluate(
			() => JSON.parse(localStorage.getItem('bzw:progress')!).roleplaySnapshots['erstbesuch-werk'],
		);
		expect(stored.snapshot).toBeDefined();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`passes axe in the conversation and in the debrief (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await openConversation(page);
			await choice(page, /Ich will Ihnen nichts verkaufen/).click();
			const summary = async () =>
				(await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
			expect(await summary()).toEqual([]);
			for (const text of [
				/Das nehme ich auf/,
				/Gehen Sie nur/,
				/Keine Sorge/,
				/Das merkt man/,
				/Hier ist meine Karte/,
			])
				await choice(page, text).click();
			await page.getByText('Werte als Tabelle').first().click();
			expect(await summary()).toEqual([]);
		});
	}
});

test.describe('finding role-plays', () => {
	test('the header leads to the list, the list to a scenario, a module page to its role-plays', async ({
		page,
	}) => {
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Rollenspiele' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rollenspiele');
		await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(
			ROLEPLAY_COUNT,
		);
		await page.getByRole('link', { name: 'Die Übergabe an die Nachfolgerin' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Die Übergabe an die Nachfolgerin',
		);
		await page.getByRole('link', { name: 'Persönliches Beziehungsmanagement' }).click();
		await expect(
			page
				.getByRole('region', { name: 'Rollenspiele zu diesem Modul' })
				.getByRole('link', { name: 'Die Übergabe an die Nachfolgerin' }),
		).toBeVisible();
	});
});
