import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

test.describe('a learner finding their way', () => {
	test('goes from the home page through a path into a module and on to the next', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const firstPath = page.getByRole('region', { name: 'Lernpfade' }).getByRole('link').first();
		const pathTitle = await firstPath.innerText();
		await firstPath.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(pathTitle);

		await page.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		await expect(page.getByText(/Modul 1 von \d+/)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Lernziele' })).toBeVisible();
		const toc = page.getByRole('navigation', { name: 'Inhalt dieses Moduls' });
		await expect(toc.getByRole('link').first()).toBeVisible();

		const pager = page.getByRole('navigation', { name: 'Navigation im Lernpfad' });
		const nextTitle = (
			await pager
				.getByRole('link', { name: /Nächstes Modul/ })
				.locator('span')
				.last()
				.innerText()
		).trim();
		await pager.getByRole('link', { name: /Nächstes Modul/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
		await expect(page.getByText(/Modul 2 von \d+/)).toBeVisible();
		await expect(
			page
				.getByRole('navigation', { name: 'Navigation im Lernpfad' })
				.getByRole('link', { name: /Vorheriges Modul/ }),
		).toBeVisible();
	});

	test('the table of contents jumps to a section heading', async ({ page }) => {
		await page.goto('/pfade/');
		await page.getByRole('main').getByRole('link').first().click();
		await page.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		const tocLink = page
			.getByRole('navigation', { name: 'Inhalt dieses Moduls' })
			.getByRole('link')
			.first();
		const target = (await tocLink.getAttribute('href'))!;
		await tocLink.click();
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		await expect(page.locator(target)).toBeInViewport();
	});

	test('a glossary term in a module leads to its glossary entry', async ({ page }) => {
		await page.goto('/pfade/');
		await page.getByRole('main').getByRole('link').first().click();
		await page.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		const term = page.locator('article a.term').first();
		const href = (await term.getAttribute('href'))!;
		await term.click();
		const id = href.split('#')[1]!;
		await expect(page).toHaveURL(/\/glossar\//);
		await expect(page.locator(`[id="${id}"] dt`)).toBeVisible();
	});

	test('an unknown address shows the 404 page with ways back', async ({ page }) => {
		const response = await page.goto('/gibt-es-nicht/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
		await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
	});
});

test.describe('keyboard and screen reader', () => {
	test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
		await page.goto('/glossar/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('the current section is marked in the navigation', async ({ page }) => {
		await page.goto('/glossar/');
		await expect(
			page
				.getByRole('navigation', { name: 'Hauptnavigation' })
				.getByRole('link', { name: 'Glossar' }),
		).toHaveAttribute('aria-current', 'page');
	});
});

test.describe('colour scheme', () => {
	test('follows the system, and a chosen scheme survives a reload', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		const toggle = page.getByRole('button', { name: 'Dunkel' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const darkBackground = await page.evaluate(
			() => getComputedStyle(document.body).backgroundColor,
		);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const lightBackground = await page.evaluate(
			() => getComputedStyle(document.body).backgroundColor,
		);
		expect(lightBackground).not.toBe(darkBackground);

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect(page.getByRole('button', { name: 'Dunkel' })).toHaveAttribute(
			'aria-pressed',
			'false',
		);
	});

	test('still works when storage is blocked', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/');
		await page.getByRole('button', { name: 'Dunkel' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(errors).toEqual([]);
	});
});

test.describe('layouts', () => {
	test('a module reads on a phone without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/pfade/');
		await page.getByRole('main').getByRole('link').first().click();
		await page.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		await expect(page.getByText(/Modul 1 von \d+/)).toBeVisible(); // the module page has loaded
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('on a projector the text grows and the line length stays readable', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto('/ueber/');
		const fontSize = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.documentElement).fontSize),
		);
		expect(fontSize).toBeGreaterThan(18);
		const paragraphWidth = await page
			.locator('main p')
			.first()
			.evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
		expect(paragraphWidth).toBeLessThanOrEqual(36.5); // 36em: about 70 characters a line
	});

	test('print hides navigation and shows the text in black on white', async ({ page }) => {
		await page.goto('/pfade/');
		await page.getByRole('main').getByRole('link').first().click();
		await page.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Navigation im Lernpfad' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const colours = await page.evaluate(() => [
			getComputedStyle(document.body).color,
			getComputedStyle(document.body).backgroundColor,
		]);
		expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
	});
});

test.describe('the header', () => {
	test('on a phone it is one row: the navigation opens behind a menu button, by keyboard too, and search stays one tap away', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/pfade/grundlagen/bedeutung/');
		const header = page.locator('body > header, header').first();
		expect((await header.boundingBox())!.height).toBeLessThan(80);
		const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
		await expect(nav).toBeHidden();
		await expect(page.getByRole('button', { name: 'Suche' })).toBeVisible();
		const menu = page.getByRole('button', { name: 'Menü' });
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toHaveAttribute('aria-controls', 'hauptnavigation');
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(nav.getByRole('link')).toHaveCount(6);
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Startseite' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toBeFocused();
		await expect(nav).toBeHidden();
		await menu.click();
		await nav.getByRole('link', { name: 'Glossar' }).click();
		await expect(page).toHaveURL(/\/glossar\/$/);
	});

	test('at 1,280 px every page kind fits its header on one row', async ({ page }) => {
		for (const path of [
			'/',
			'/pfade/grundlagen/bedeutung/',
			'/rollenspiele/erstbesuch-werk/',
			'/lernstand/',
		]) {
			await page.goto(path);
			const top = async (name: string) =>
				(await page.getByRole('button', { name }).boundingBox())!.y;
			const navTop = (await page
				.getByRole('navigation', { name: 'Hauptnavigation' })
				.boundingBox())!.y;
			expect(Math.abs((await top('Dunkel')) - (await top('Suche'))), path).toBeLessThan(8);
			expect(Math.abs((await top('Dunkel')) - navTop), path).toBeLessThan(16);
			await expect(page.getByRole('button', { name: 'Menü' })).toBeHidden();
		}
	});

	test('nothing in the header moves when its scripts arrive (no layout shift)', async ({
		page,
	}) => {
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/pfade/grundlagen/bedeutung/');
			await page.waitForLoadState('networkidle');
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
								total += entry.value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(total), 300);
					}),
			);
			expect(shift, `${width} px`).toBe(0);
		}
	});

	test('without JavaScript the navigation shows and no button that needs a script does', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto('/pfade/grundlagen/bedeutung/');
		await expect(
			page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link'),
		).toHaveCount(6);
		await expect(page.getByRole('button', { name: 'Menü' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Suche' })).toBeHidden();
		await context.close();
	});
});

test.describe('the provider’s settings (content/site.yaml)', () => {
	const site = parse(readFileSync('content/site.yaml', 'utf8')) as {
		platform: string;
		provider: { name: string; contact: string; logo: string };
		policies: { gifts: { where: string } };
	};

	test('the header shows logo and platform, the footer provider and contact, the gift rules the company’s policy', async ({
		page,
	}) => {
		await page.goto('/');
		const brand = page.locator('header .site-brand');
		await expect(brand).toContainText(site.platform);
		await expect(brand.locator('img')).toHaveAttribute('src', `/${site.provider.logo}`);
		expect(
			await brand.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
		).toBeGreaterThan(0);
		await expect(page).toHaveTitle(site.platform);
		const footer = page.getByRole('contentinfo');
		await expect(footer).toContainText(site.provider.name);
		await expect(footer).toContainText(site.provider.contact);
		await page.goto('/pfade/grundlagen/organisation/');
		await expect(page.locator('[data-company-policy="geschenke"]')).toHaveText(
			site.policies.gifts.where,
		);
	});
});
