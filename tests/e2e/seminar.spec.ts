import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers/axe';

/** A module's frontmatter as the planner reads it: title, the running order and the room role-plays. */
function moduleData(id: string) {
	const text = readFileSync(`content/modules/${id}.mdx`, 'utf8');
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as {
		title: string;
		duration: number;
		trainerNotes: {
			timing: { minutes: number; activity: string }[];
			roleplays: { id: string; minutes: number }[];
			materials: string[];
		};
	};
}
const roleplayTitle = (id: string) =>
	(parse(readFileSync(`content/roleplays/${id}.yaml`, 'utf8')) as { title: string }).title;
const materialTitle = (id: string) =>
	/^title: "?(.*?)"?$/m.exec(readFileSync(`content/materials/${id}.md`, 'utf8'))![1]!;

test('a trainer plans a half day by keyboard: agenda with times that add up, breaks, the role-play, materials; kept across a reload; prints a page per day', async ({
	page,
}) => {
	const bedeutung = moduleData('bedeutung');
	const diagnose = moduleData('diagnose');
	const room = bedeutung.trainerNotes.roleplays.find((r) => r.id === 'erstbesuch-werk')!;

	await page.goto('/');
	await page.getByRole('link', { name: 'Für Trainerinnen und Trainer: Seminar planen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminar planen');
	const status = page.locator('[data-seminar-summary]');
	await expect(status).toHaveText('Wählen Sie mindestens ein Modul oder ein Rollenspiel.');

	// Keyboard only: Space ticks a box, the arrow keys move between radio buttons.
	await page.getByRole('checkbox', { name: new RegExp(`^${bedeutung.title}`) }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('checkbox', { name: new RegExp(`^${diagnose.title}`) }).focus();
	await page.keyboard.press('Space');
	await page
		.getByRole('checkbox', { name: new RegExp(`^${roleplayTitle('erstbesuch-werk')}`) })
		.focus();
	await page.keyboard.press('Space');
	await page.getByLabel('Beginn').fill('08:30');
	await page.getByRole('radio', { name: 'Ein Tag (mit Mittagspause)' }).focus();
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('radio', { name: 'Halber Tag (4 Stunden)' })).toBeChecked();

	const teaching =
		[...bedeutung.trainerNotes.timing, ...diagnose.trainerNotes.timing].reduce(
			(s, step) => s + step.minutes,
			0,
		) + room.minutes;
	const hm = (m: number) =>
		m % 60 === 0
			? `${m / 60} Std.`
			: m < 60
				? `${m} Min.`
				: `${Math.floor(m / 60)} Std. ${m % 60} Min.`;
	await expect(status).toHaveText(
		`Alles passt: ${hm(teaching)} Programm von 3 Std. 45 Min. möglicher Zeit.`,
	);

	const day = page.getByRole('region', { name: /^Tag 1: 08:30 bis/ });
	const rows = day.getByRole('table').locator('tbody tr');
	await expect(rows.first().getByRole('rowheader')).toHaveText(
		`08:30–${`0${8 + Math.floor((30 + bedeutung.trainerNotes.timing[0]!.minutes) / 60)}`.slice(-2)}:${String((30 + bedeutung.trainerNotes.timing[0]!.minutes) % 60).padStart(2, '0')}`,
	);
	await expect(rows.first()).toContainText(bedeutung.trainerNotes.timing[0]!.activity);
	await expect(day.locator('tr[data-slot="roleplay"]')).toContainText(
		`Rollenspiel: ${roleplayTitle('erstbesuch-werk')}`,
	);
	await expect(day.locator('tr[data-slot="break"]')).toHaveCount(1);
	await expect(day.locator('tr[data-slot="lunch"]')).toHaveCount(0);
	// Every slot starts where the previous one ended or later, and the day ends with its last slot.
	const times = await day
		.locator('tbody th')
		.evaluateAll((cells) => cells.map((cell) => cell.textContent!.split('–')));
	const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
	times
		.slice(1)
		.forEach(([from], i) => expect(minutes(from!)).toBeGreaterThanOrEqual(minutes(times[i]![1]!)));
	await expect(day.getByRole('heading', { level: 3 })).toContainText(`bis ${times.at(-1)![1]} Uhr`);
	for (const id of [...bedeutung.trainerNotes.materials, ...diagnose.trainerNotes.materials])
		await expect(day.getByRole('link', { name: materialTitle(id) })).toHaveAttribute(
			'href',
			`/material/${id}/`,
		);
	await expectNoAxeViolations(page);

	// The plan is kept in the browser.
	await page.reload();
	await expect(
		page.getByRole('checkbox', { name: new RegExp(`^${diagnose.title}`) }),
	).toBeChecked();
	await expect(page.getByLabel('Beginn')).toHaveValue('08:30');
	await expect(page.getByRole('radio', { name: 'Halber Tag (4 Stunden)' })).toBeChecked();
	const stored = await page.evaluate(
		() => JSON.parse(localStorage.getItem('bzw:progress')!).seminarPlans.standard,
	);
	expect(stored).toMatchObject({
		modules: ['bedeutung', 'diagnose'],
		roleplays: ['erstbesuch-werk'],
		start: '08:30',
		length: 'half',
	});

	// Too much for a half day: every module. Two days hold it, one printed page per day.
	for (const box of await page.getByRole('group', { name: 'Module' }).getByRole('checkbox').all())
		if (!(await box.isChecked())) await box.check();
	await expect(status).toContainText('Nicht alles passt');
	await expect(
		page.getByRole('region', { name: 'Passt nicht mehr in diesen Rahmen' }),
	).toBeVisible();
	await page.getByRole('radio', { name: 'Zwei Tage' }).check();
	await expect(status).toContainText('Alles passt');
	await expect(page.locator('[data-day]')).toHaveCount(2);
	await expect(page.locator('[data-day="1"] tr[data-slot="lunch"]')).toHaveCount(1);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('group', { name: 'Module' })).toBeHidden();
	await expect(page.locator('header').first()).toBeHidden();
	await expect(page.locator('[data-day="2"]')).toBeVisible();
	expect(
		await page.locator('[data-day="2"]').evaluate((el) => getComputedStyle(el).breakBefore),
	).toBe('page');
	await page.emulateMedia({ media: 'screen' });
	await expectNoAxeViolations(page);
});
