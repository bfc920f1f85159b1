import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { Quiz } from '../../../src/schemas/quiz';

/** Loads a quiz's data as the island does, so a test knows the right answers. */
export async function quizData(page: Page | Frame, quizId: string): Promise<Quiz> {
	const request = 'request' in page ? page.request : page.page().request;
	const response = await request.get(`/wissenscheck/${quizId}.json`);
	return ((await response.json()) as { quiz: Quiz }).quiz;
}

/** Presses a key on an element after moving focus there: every answer is given by keyboard. */
async function press(target: Locator, key: string) {
	await target.focus();
	await target.press(key);
}

/** Answers every question of the quiz on the page (or in a frame) correctly, by keyboard only, and evaluates it. */
export async function passQuizByKeyboard(page: Page | Frame, quizId: string) {
	const quiz = await quizData(page, quizId);
	const section = page.locator(`[data-quiz="${quizId}"]`);
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('[data-question]').first()).toBeVisible();
	for (const question of quiz.questions) {
		const fieldset = section.locator(`[data-question="${question.id}"]`);
		switch (question.type) {
			case 'single':
			case 'multiple':
				for (const option of question.options.filter((o) => o.correct)) await press(fieldset.getByLabel(option.text, { exact: true }), 'Space');
				break;
			case 'truefalse':
				await press(fieldset.getByRole('radio', { name: question.answer ? 'Richtig' : 'Falsch', exact: true }), 'Space');
				break;
			case 'ordering':
				for (let position = 0; position < question.items.length; position++) {
					const item = question.items[position]!;
					const items = await fieldset.locator('li').allInnerTexts();
					let current = items.findIndex((text) => text.includes(item.text));
					while (current > position) {
						await press(fieldset.getByRole('button', { name: `„${item.text}“ nach oben` }), 'Enter');
						current--;
					}
				}
				break;
			case 'matching':
				for (const pair of question.pairs) {
					const select = fieldset.getByLabel(pair.left, { exact: true });
					const options = await select.locator('option').allInnerTexts();
					await select.focus();
					await select.press('Home');
					for (let i = 0; i < options.indexOf(pair.right); i++) await select.press('ArrowDown');
					await expect(select.locator('option:checked')).toHaveText(pair.right);
				}
				break;
		}
	}
	await press(section.getByRole('button', { name: 'Wissenscheck auswerten' }), 'Enter');
	await expect(section.getByRole('heading', { name: 'Ihr Ergebnis' })).toBeFocused();
	await expect(section.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(`${quiz.questions.length} von ${quiz.questions.length} Fragen richtig (100 %).`);
}
