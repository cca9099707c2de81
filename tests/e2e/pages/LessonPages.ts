// The lessons screens: the reader with its test, classroom mode, and the
// classroom computer's name list and PIN pad.

import type { Page } from 'playwright-core';

/** Reads a lesson page by page, answers every question with its first choice, hands in and waits until the attempt is saved. */
export async function readAndTakeTest(page: Page): Promise<void> {
  const test = page.getByTestId('lesson-test');
  while (!(await test.isVisible())) {
    await page.getByTestId('page-next').click();
    await page.getByTestId('lesson-page').or(test).first().waitFor();
  }
  const questions = test.locator('.question');
  for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('.question__choice').first().click();
  await page.getByTestId('test-submit').click();
  await page.getByTestId('attempt-saved').waitFor();
}

/** In classroom mode: steps forward with the clicker's PageDown (each question shown, then revealed) until attendance. */
export async function stepToAttendance(page: Page): Promise<number> {
  const attendance = page.getByTestId('stage-attendance');
  let reveals = 0;
  while (!(await attendance.isVisible())) {
    const before = await page.getByTestId('stage-step').innerText();
    const question = await page.getByTestId('stage-reveal').isVisible();
    await page.keyboard.press('PageDown');
    if (question) {
      await page.getByTestId('question-explanation').waitFor();
      reveals++;
    } else {
      await page.waitForFunction((b) => document.querySelector('[data-testid="stage-step"]')?.textContent !== b, before);
    }
  }
  return reveals;
}

/** On the classroom computer: taps a student's name and types a PIN on the pad. */
export async function enterPin(page: Page, studentId: string, pin: string): Promise<void> {
  await page.getByTestId(`name-${studentId}`).click();
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
}
