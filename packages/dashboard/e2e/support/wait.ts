import type { Locator, Page } from 'playwright-core';

/** Waits until the locator (or one of its matches) shows the text. */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 10_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

/** Waits for the URL's query to contain the given parameters (the list writes its view there). */
export async function waitForQuery(page: Page, expected: Record<string, string | null>, timeout = 10_000): Promise<void> {
  await page.waitForURL((url) => Object.entries(expected).every(([key, value]) => url.searchParams.get(key) === value), { timeout });
}

/** Waits until the villages list shows the answer for the current URL (not the previous view). */
export async function waitForList(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const list = document.querySelector<HTMLElement>('[data-test=village-list]');
      return list?.dataset.state === 'ready' && list.dataset.view === location.pathname + location.search;
    },
    undefined,
    { timeout },
  );
}
