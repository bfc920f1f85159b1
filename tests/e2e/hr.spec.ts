import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeAssignment } from '../../src/lib/assignments/link';
import type { Assignment } from '../../src/schemas/stored/assignment';
import { expectNoAxeViolations } from './helpers/axe';
import { passQuizByKeyboard } from './helpers/quiz';

const inDays = (days: number) => {
	const date = new Date(Date.now() + days * 86_400_000);
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const MODULE_TITLE = 'Warum Geschäftsbeziehungen zählen';

test('assignment → learner → completion record → HR overview', async ({ browser }) => {
	test.slow(); // three people's steps with four accessibility checks in one story
	// HR composes an assignment for two people.
	const hrContext = await browser.newContext({
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const hr = await hrContext.newPage();
	await hr.goto('/hr/');
	await hr.getByRole('link', { name: 'Lernpfade zuweisen' }).click();
	await hr.getByRole('button', { name: 'Links erstellen' }).click();
	const summary = hr.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		/mindestens einen Lernpfad/,
		/bis wann/,
		/wer die Zuweisung schickt/,
		/mindestens eine Person/,
	]);
	await expectNoAxeViolations(hr);

	await hr
		.getByRole('group', { name: 'Einzelne Module' })
		.getByLabel(new RegExp(MODULE_TITLE))
		.check();
	await hr.getByLabel('Abschließen bis').fill(inDays(14));
	await hr
		.getByLabel('Absender (Ihr Name oder Ihre Abteilung)')
		.fill('Personalentwicklung, Anna Weber');
	await hr
		.getByLabel('Nachricht an die Teilnehmenden (optional)')
		.fill('Bitte vor dem Seminar bearbeiten.\nDanke!');
	await hr
		.getByLabel('Personen', { exact: true })
		.fill('Ben Koch; ben.koch@firma.example\nCarla Roth <carla.roth@firma.example>');
	await hr.getByRole('button', { name: 'Links erstellen' }).click();
	await expect(hr.getByRole('heading', { name: 'Links für 2 Person(en)' })).toBeFocused();

	const ben = hr.locator('[data-assignee="Ben Koch"]');
	const link = await ben.getByLabel('Link für Ben Koch').inputValue();
	expect(link).toMatch(/\/zuweisung\/#z1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
	await ben.getByRole('button', { name: 'Link kopieren' }).click();
	await expect(ben.getByText('Link kopiert.')).toBeVisible();
	expect(await hr.evaluate(() => navigator.clipboard.readText())).toBe(link);
	const mailto = await ben
		.getByRole('link', { name: 'E-Mail an Ben Koch schreiben' })
		.getAttribute('href');
	expect(mailto).toMatch(/^mailto:ben\.koch@firma\.example\?subject=Zuweisung/);
	expect(decodeURIComponent(mailto!.split('body=')[1]!)).toContain(link);
	await ben.getByRole('button', { name: 'QR-Code zeigen' }).click();
	await expect(ben.getByRole('img', { name: 'QR-Code mit dem Link für Ben Koch' })).toBeVisible();
	const csvDownload = hr.waitForEvent('download');
	await hr.getByRole('button', { name: 'CSV für den Serienbrief herunterladen' }).click();
	const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
	expect(csv.split('\r\n').slice(0, 3)).toEqual([
		'\uFEFFName;E-Mail;Link',
		`Ben Koch;ben.koch@firma.example;${link}`,
		expect.stringMatching(/^Carla Roth;carla\.roth@firma\.example;http/),
	]);
	await expectNoAxeViolations(hr);

	// The learner opens the link, accepts, completes the module and exports the record.
	const learnerContext = await browser.newContext();
	const learner = await learnerContext.newPage();
	await learner.goto(link);
	await expect(learner.getByRole('heading', { name: 'Zuweisung für Ben Koch' })).toBeVisible();
	await expect(learner.getByText('Personalentwicklung, Anna Weber, am')).toBeVisible();
	await expect(learner.getByText('Bitte vor dem Seminar bearbeiten.')).toBeVisible();
	await expectNoAxeViolations(learner);
	await learner.getByRole('button', { name: 'Zuweisung annehmen' }).click();
	await expect(learner.getByText('Sie haben die Zuweisung angenommen.')).toBeFocused();

	await learner.getByRole('link', { name: MODULE_TITLE }).click();
	await learner.getByRole('button', { name: 'Alle Abschnitte als gelesen markieren' }).click();
	await passQuizByKeyboard(learner, 'bedeutung');
	await learner.goto('/lernstand/');
	const row = learner
		.getByRole('region', { name: 'Ihre Zuweisungen' })
		.getByRole('row', { name: new RegExp(MODULE_TITLE) });
	await expect(row).toContainText(/✓ Abgeschlossen am/);
	await expectNoAxeViolations(learner);
	const recordDownload = learner.waitForEvent('download');
	await row.getByRole('button', { name: 'Nachweis als Datei speichern' }).click();
	const record = await recordDownload;
	expect(record.suggestedFilename()).toMatch(/^abschlussnachweis-ben-koch-[a-z0-9]{12}\.json$/);
	const recordPath = (await record.path())!;

	await row.getByRole('link', { name: 'Nachweis ansehen und drucken' }).click();
	await expect(learner.getByRole('heading', { name: 'Ben Koch' })).toBeVisible();
	await expect(learner.getByRole('row', { name: new RegExp(MODULE_TITLE) })).toContainText(
		'100 %, bestanden',
	);
	await expectNoAxeViolations(learner);

	// HR reads the record and a broken file into the team overview.
	await hr.goto('/hr/uebersicht/');
	await expect(hr.getByText('Selbst erfasste Angaben')).toBeVisible();
	await hr.getByLabel('Nachweise auswählen (eine oder mehrere JSON-Dateien)').setInputFiles([
		{ name: 'ben.json', mimeType: 'application/json', buffer: readFileSync(recordPath) },
		{
			name: 'kaputt.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"beziehungsweise-abschlussnachweis","version":1}'),
		},
		{ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('hallo') },
	]);
	await expect(hr.getByText('1 Nachweis(e) übernommen, 2 Datei(en) übersprungen.')).toBeVisible();
	const rejected = hr.getByRole('region', { name: /Nicht übernommene Dateien/ });
	await expect(rejected).toContainText('kaputt.json: Der Nachweis ist ungültig');
	await expect(rejected).toContainText('notiz.txt: keine JSON-Datei');
	const table = hr.getByRole('table', { name: 'Abschlussnachweise des Teams' });
	await expect(table.getByRole('row', { name: /Ben Koch/ })).toContainText('✓ Abgeschlossen');
	await expect(table.getByRole('row', { name: /Ben Koch/ })).toContainText('100 %');
	await hr.getByLabel('Status').selectOption('open');
	await expect(hr.getByText('0 von 1 Nachweis(en) angezeigt.')).toBeVisible();
	await hr.getByLabel('Status').selectOption('all');
	await table.getByRole('button', { name: 'Ergebnis' }).click();
	await expect(table.getByRole('columnheader', { name: 'Ergebnis' })).toHaveAttribute(
		'aria-sort',
		'ascending',
	);
	const overviewCsv = hr.waitForEvent('download');
	await hr.getByRole('button', { name: 'Angezeigte Zeilen als CSV herunterladen' }).click();
	expect(readFileSync((await (await overviewCsv).path())!, 'utf8')).toMatch(
		/\r\nBen Koch;ben\.koch@firma\.example;Warum Geschäftsbeziehungen zählen;[a-z0-9]{12};\d{4}-\d\d-\d\d;abgeschlossen;nein;/,
	);
	await expectNoAxeViolations(hr);
	await hrContext.close();
	await learnerContext.close();
});

test.describe('assignment links as untrusted input', () => {
	const assignment: Assignment = {
		id: 'ueberfaellig01',
		issuedBy: 'Personalentwicklung',
		issuedAt: '2026-01-05',
		due: '2026-01-31',
		message: 'Text <3 & "Zitat"',
		items: [{ kind: 'path', id: 'grundlagen' }],
		assignee: { name: 'Dana Fischer' },
	};

	test('a cut-off or altered link says what is wrong and stores nothing', async ({ page }) => {
		const fragment = encodeAssignment(assignment);
		await page.goto(`/zuweisung/#${fragment.slice(0, -20)}`);
		await expect(page.getByRole('alert')).toContainText('Der Link ist unvollständig');
		await page.goto(
			`/zuweisung/#${fragment.replace(/.(?=.{30}$)/, (c) => (c === 'A' ? 'B' : 'A'))}`,
		);
		await page.reload();
		await expect(page.getByRole('alert')).toContainText('Prüfsumme stimmt nicht');
		await expect(page.getByRole('button', { name: 'Zuweisung annehmen' })).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('bzw:progress'))).toBeNull();
	});

	test('text from a link is shown as text, and an overdue assignment is marked on the dashboard', async ({
		page,
	}) => {
		await page.goto(`/zuweisung/#${encodeAssignment(assignment)}`);
		await expect(page.getByText('Text <3 & "Zitat"')).toBeVisible();
		await page.getByRole('button', { name: 'Zuweisung annehmen' }).click();
		await page.goto('/lernstand/');
		const row = page
			.getByRole('region', { name: 'Ihre Zuweisungen' })
			.getByRole('row', { name: /Grundlagen des Beziehungsmanagements/ });
		await expect(row).toContainText('31.01.2026⚠ Überfällig');
		await expect(row).toContainText('Noch nicht begonnen');
	});
});

test('the HR page offers both SCORM packages of every learning path for download', async ({
	page,
}) => {
	await page.goto('/hr/');
	const links = page.getByRole('region', { name: 'SCORM-Pakete je Lernpfad' }).getByRole('link');
	await expect(links).toHaveCount(8);
	for (const href of await links.evaluateAll((anchors) =>
		anchors.map((a) => a.getAttribute('href')!),
	)) {
		const response = await page.request.get(href);
		expect(response.status(), href).toBe(200);
		expect((await response.body()).subarray(0, 2).toString()).toBe('PK'); // a zip file
	}
});
