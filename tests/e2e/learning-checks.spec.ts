import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { encodeAssignment } from '../../src/lib/assignments/link';
import type { Assignment } from '../../src/schemas/stored/assignment';
import { attemptRound } from '../../src/lib/quiz/attempt';
import type { Quiz } from '../../src/schemas/quiz';
import { expectNoAxeViolations } from './helpers/axe';
import {
	answerShownByKeyboard,
	passQuizByKeyboard,
	quizData,
	shownQuestionIds,
} from './helpers/quiz';

/**
 * Checks that measure learning (issue 14): a knowledge check in its drawn and shuffled order, by
 * keyboard; a learning path with its entry test, its modules and its final test, and the learning
 * gain on the dashboard and the certificate; a role-play's choice order across a reload.
 */
const PATH = 'technik-innendienst';

/** The option texts of each shown choice question, in the order on screen. */
const shownOptions = (page: Page, scope: string) =>
	page.locator(`${scope} [data-question]`).evaluateAll((sets) =>
		sets.map((set) => ({
			id: (set as HTMLElement).dataset.question!,
			options: [...set.querySelectorAll('label span')].map((span) => span.textContent ?? ''),
		})),
	);

test.describe('knowledge checks that measure learning', () => {
	test('a module check shows the seeded draw and order of its attempt, keeps it on reload, and draws anew on retry', async ({
		page,
	}) => {
		await page.goto('/pfade/grundlagen/diagnose/');
		const quiz = await quizData(page, 'diagnose');
		const section = page.locator('[data-quiz="diagnose"]');
		await section.scrollIntoViewIfNeeded();
		const first = await shownQuestionIds(section);
		// The island shows exactly what the pure draw computes for attempt 1 (so a reload and any other device agree).
		const expected = attemptRound('diagnose', quiz, 1);
		expect(first).toEqual(expected.questions.map((q) => q.id));
		expect(first.length).toBe(quiz.draw);
		const onScreen = await shownOptions(page, '[data-quiz="diagnose"]');
		for (const question of expected.questions.filter(
			(q) => q.type === 'single' || q.type === 'multiple',
		)) {
			const options = (question as Extract<Quiz['questions'][number], { type: 'single' }>).options;
			expect(onScreen.find((s) => s.id === question.id)!.options).toEqual(
				expected.orders[question.id]!.map((i) => options[i]!.text),
			);
		}
		await page.reload();
		await section.scrollIntoViewIfNeeded();
		expect(await shownQuestionIds(section)).toEqual(first);

		const count = await answerShownByKeyboard(section, quiz);
		await expect(section.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(
			`${count} von ${count} Fragen richtig (100 %).`,
		);
		await section.getByRole('button', { name: 'Erneut versuchen' }).press('Enter');
		await expect(section.locator('[data-question]').first()).toBeFocused();
		expect(await shownQuestionIds(section)).toEqual(
			attemptRound('diagnose', quiz, 2).questions.map((q) => q.id),
		);
		expect(new Set(await shownQuestionIds(section))).not.toEqual(new Set(first));
		const stored = await page.evaluate(
			() => JSON.parse(localStorage.getItem('bzw:progress')!).quizAttempts.diagnose,
		);
		expect(stored[0].drawn).toEqual(first);
	});

	test('an ordering question keeps focus on the moved item’s button at either end, and announces the move', async ({
		page,
	}) => {
		// A module whose first attempt draws an ordering question (computed as the island does).
		const modules = [
			'diagnose',
			'bedeutung',
			'chancen-risiken',
			'beziehungsqualitaet',
			'ziele-strategien',
			'organisation',
			'persoenlich',
			'transfer',
		];
		let id = '';
		for (const candidate of modules) {
			const round = attemptRound(candidate, await quizData(page, candidate), 1);
			if (round.questions.some((q) => q.type === 'ordering')) {
				id = candidate;
				break;
			}
		}
		expect(id).not.toBe('');
		await page.goto(`/pfade/grundlagen/${id}/`);
		const section = page.locator(`[data-quiz="${id}"]`);
		await section.scrollIntoViewIfNeeded();
		await shownQuestionIds(section);
		const ordering = section.locator('fieldset:has(button[aria-label$="nach oben"])').first();
		await expect(ordering).toBeVisible();
		const second = (await ordering.locator('li').nth(1).locator('span.flex-1').innerText()).trim();
		const up = ordering.getByRole('button', { name: `„${second}“ nach oben` });
		await up.focus();
		await page.keyboard.press('Enter');
		await expect(up).toBeFocused();
		await expect(up).toHaveAttribute('aria-disabled', 'true');
		await expect(ordering.locator('li').first()).toContainText(second);
		await expect(section.locator('[aria-live="polite"]')).toHaveText(
			`„${second}“ steht jetzt an Position 1 von ${await ordering.locator('li').count()}.`,
		);
		// Pressing it again at the top changes nothing and keeps the focus.
		await page.keyboard.press('Enter');
		await expect(up).toBeFocused();
		await expect(ordering.locator('li').first()).toContainText(second);
		const last = ordering.locator('li').last();
		const lastText = (await last.locator('span.flex-1').innerText()).trim();
		const secondLast = (
			await ordering.locator('li').nth(-2).locator('span.flex-1').innerText()
		).trim();
		const down = ordering.getByRole('button', { name: `„${secondLast}“ nach unten` });
		await down.focus();
		await page.keyboard.press('Enter');
		await expect(down).toBeFocused();
		await expect(down).toHaveAttribute('aria-disabled', 'true');
		await expect(ordering.locator('li').nth(-2)).toContainText(lastText);
	});

	test('a path: entry test, every module, the final test; entry and final score side by side on the dashboard and the certificate', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const testUrl = (kind: string) => `/pfade/${PATH}/test/${kind}/`;
		const pool = await quizData(page, PATH, `/wissenscheck/pfad/${PATH}.json`);
		const scope = page.locator('[data-mount="path-test"]');

		// The final test is closed before the modules are done.
		await page.goto(testUrl('abschlusstest'));
		await expect(scope).toContainText('sobald alle Module dieses Lernpfads abgeschlossen sind');
		await expect(scope.locator('[data-question]')).toHaveCount(0);

		// Entry test: taken once, with some answers wrong.
		await page.goto(testUrl('eingangstest'));
		await expectNoAxeViolations(page);
		await expect(scope.getByRole('button', { name: 'Antwort prüfen' })).toHaveCount(0); // a test is evaluated as a whole
		const entryCount = await answerShownByKeyboard(scope, pool, 6);
		expect(entryCount).toBeGreaterThanOrEqual(12);
		const entryScore = Number(
			await scope.locator('[data-quiz-result]').getAttribute('data-quiz-result'),
		);
		expect(entryScore).toBeLessThan(70);
		await expect(scope.getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(0);
		await page.reload();
		await expect(scope).toContainText(`Sie haben den Eingangstest abgelegt: ${entryScore} %`);

		// The modules of the path, as a learner completes them.
		await page.goto(`/pfade/${PATH}/`);
		const modules = await page
			.locator('[data-module]')
			.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.module!));
		for (const id of modules) {
			await page.goto(`/pfade/${PATH}/${id}/`);
			await page.getByRole('button', { name: 'Alle Abschnitte als gelesen markieren' }).click();
			await passQuizByKeyboard(page, id);
		}
		await page.goto('/lernstand/');
		const card = page.locator(`[data-path-card="${PATH}"]`);
		await expect(card).toContainText('Es fehlt noch der Abschlusstest');
		await expect(card.getByRole('link', { name: 'Zertifikat ausstellen' })).toHaveCount(0);
		await page.goto(`/zertifikat/${PATH}/`);
		await expect(page.getByRole('link', { name: 'Abschlusstest' })).toBeVisible();

		// The final test: another draw than the entry test, passed.
		await page.goto(testUrl('abschlusstest'));
		const finalQuestions = await shownQuestionIds(scope);
		const entryQuestions = (await page.evaluate(
			(key) => JSON.parse(localStorage.getItem('bzw:progress')!).quizAttempts[key][0].drawn,
			`eingangstest--${PATH}`,
		)) as string[];
		expect(new Set(finalQuestions)).not.toEqual(new Set(entryQuestions));
		const finalCount = await answerShownByKeyboard(scope, pool);
		await expect(scope.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(
			`${finalCount} von ${finalCount} Fragen richtig (100 %).`,
		);

		await page.goto('/lernstand/');
		await expect(card.locator('[data-entry-score]')).toHaveText(`${entryScore} %`);
		await expect(card.locator('[data-final-score]')).toHaveText('100 %');
		await expect(card.locator('[data-gain]')).toHaveText(`+${100 - entryScore} Prozentpunkte`);
		await page.goto(`/pfade/${PATH}/`);
		await expect(page.locator('[data-test-score="gain"]')).toHaveText(
			`+${100 - entryScore} Prozentpunkte`,
		);

		await page.goto(`/zertifikat/${PATH}/`);
		await page.getByLabel('Ihr Name, wie er auf dem Zertifikat stehen soll').fill('Mira Lindqvist');
		await page.getByRole('button', { name: 'Zertifikat anzeigen' }).press('Enter');
		const sheet = page.locator('[data-certificate-sheet]');
		await expect(sheet.locator('[data-final-score]')).toHaveText('100 %');
		await expect(sheet.locator('[data-entry-score]')).toHaveText(`${entryScore} %`);

		// The certificate names the provider, the course and the platform (content/site.yaml), each
		// module with its hours from its duration, the total, and says it is self-declared.
		const site = parse(readFileSync('content/site.yaml', 'utf8')) as {
			platform: string;
			course: string;
			provider: { name: string };
		};
		await expect(sheet).toContainText(site.provider.name);
		await expect(sheet).toContainText(`des Kurses „${site.course}“`);
		await expect(sheet).toContainText(`auf der Lernplattform „${site.platform}“`);
		const minutes = modules.map((id) =>
			Number(/^duration: (\d+)$/m.exec(readFileSync(`content/modules/${id}.mdx`, 'utf8'))![1]),
		);
		const hours = (m: number) =>
			`${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(m / 60)} Std.`;
		await expect(sheet.locator('tbody tr').first()).toContainText(hours(minutes[0]!));
		await expect(sheet.locator('tfoot')).toContainText(hours(minutes.reduce((a, b) => a + b, 0)));
		await expect(sheet.getByText('Selbst erklärt')).toBeVisible();
		const code = (await sheet.locator('[data-code]').textContent())!;
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
		await expectNoAxeViolations(page);

		// The learner accepts HR's assignment of this path and exports the record; HR's overview
		// computes the same code from the file and finds the learner by the certificate's code.
		const assignment: Assignment = {
			id: 'zertifikat001',
			issuedBy: 'Personalentwicklung',
			issuedAt: '2026-11-01',
			due: '2099-12-31',
			items: [{ kind: 'path', id: PATH }],
			assignee: { name: 'Mira Lindqvist' },
		};
		await page.goto(`/zuweisung/#${encodeAssignment(assignment)}`);
		await page.getByRole('button', { name: 'Zuweisung annehmen' }).click();
		await page.goto('/lernstand/');
		const row = page.getByRole('region', { name: 'Ihre Zuweisungen' }).getByRole('row').nth(1);
		const download = page.waitForEvent('download');
		await row.getByRole('button', { name: 'Nachweis als Datei speichern' }).click();
		const file = readFileSync((await (await download).path())!);
		expect(JSON.parse(file.toString('utf8')).issuer).toEqual({
			platform: site.platform,
			course: site.course,
			provider: site.provider.name,
		});
		await page.goto('/hr/uebersicht/');
		await page
			.getByLabel('Nachweise auswählen (eine oder mehrere JSON-Dateien)')
			.setInputFiles([{ name: 'mira.json', mimeType: 'application/json', buffer: file }]);
		const table = page.getByRole('table', { name: 'Abschlussnachweise des Teams' });
		await expect(table.getByRole('row', { name: /Mira Lindqvist/ })).toContainText(code);
		await page.getByLabel('Prüfcode vom Zertifikat').fill(code.toLowerCase().replace('-', ' '));
		await page.getByLabel('Prüfcode vom Zertifikat').press('Enter');
		await expect(page.locator('#pruefcode-ergebnis')).toHaveText(
			new RegExp(`Passt zum Nachweis von Mira Lindqvist`),
		);
		await page.getByLabel('Prüfcode vom Zertifikat').fill('AAAAA-AAAAA');
		await page.getByRole('button', { name: 'Prüfen' }).click();
		await expect(page.locator('#pruefcode-ergebnis')).toContainText('Kein übernommener Nachweis');
		await expectNoAxeViolations(page);
	});

	test('a role-play shows its choices in the run’s order, and a reload keeps it', async ({
		page,
	}) => {
		await page.goto('/rollenspiele/erstbesuch-werk/');
		await page.keyboard.press('End');
		await expect(page.getByRole('heading', { name: 'Was sagen Sie?' })).toBeVisible();
		const choices = page.getByRole('region', { name: 'Was sagen Sie?' }).getByRole('button');
		await choices.first().click();
		const before = await choices.allInnerTexts();
		expect(before.length).toBeGreaterThan(1);
		const seed = await page.evaluate(
			() =>
				JSON.parse(localStorage.getItem('bzw:progress')!).roleplaySnapshots['erstbesuch-werk']
					.snapshot.context.seed,
		);
		expect(typeof seed).toBe('string');
		await page.reload();
		await page.keyboard.press('End');
		await expect(page.locator('[data-notice="resumed"]')).toBeVisible();
		expect(await choices.allInnerTexts()).toEqual(before);
	});
});
