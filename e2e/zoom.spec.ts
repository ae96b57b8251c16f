import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers';

// The worked example's architecture figure (a ZoomableFigure): full screen and zoomable on a phone,
// by buttons, pinch and keyboard; the viewer's code loads only when it is opened.
test.use({ viewport: { width: 375, height: 740 } });

const EXAMPLE = '/example/hr-itsm/';
const viewer = (page: Page) => page.getByRole('dialog', { name: 'HR to ITSM Integration Architecture' });
const drawingWidth = (page: Page) =>
  viewer(page)
    .locator('.zoom-viewer-stage > svg')
    .evaluate((svg) => svg.getBoundingClientRect().width);

test('Enlarge opens the figure full screen; +, -, 0 zoom it, Escape closes and focus comes back', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(EXAMPLE);
  const enlarge = page.getByRole('button', { name: 'Enlarge the figure: HR to ITSM Integration Architecture' });
  await expect(enlarge).toBeVisible();
  expect(
    scripts.filter((url) => url.includes('zoom-viewer')),
    'the viewer loads only when used',
  ).toEqual([]);

  // Keyboard only: focus the button, Enter opens.
  await enlarge.focus();
  await page.keyboard.press('Enter');
  await expect(viewer(page)).toBeVisible();
  // Full screen: the whole viewport (less the page's reserved scrollbar gutter, where a browser shows one).
  const box = await viewer(page).boundingBox();
  const screen = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  expect(box?.x).toBe(0);
  expect(box?.y).toBe(0);
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(screen.width - 16);
  expect(box?.height).toBe(screen.height);
  await expect(viewer(page).getByRole('status')).toHaveText('100 %');
  const fitted = await drawingWidth(page);

  await page.keyboard.press('+');
  await expect(viewer(page).getByRole('status')).toHaveText('150 %');
  expect(await drawingWidth(page)).toBeGreaterThan(fitted * 1.4);
  await page.keyboard.press('+');
  await expect(viewer(page).getByRole('status')).toHaveText('225 %');
  await page.keyboard.press('-');
  await expect(viewer(page).getByRole('status')).toHaveText('150 %');
  await page.keyboard.press('0');
  await expect(viewer(page).getByRole('status')).toHaveText('100 %');
  expect(await drawingWidth(page)).toBeCloseTo(fitted, 0);
  await expect(viewer(page).getByRole('button', { name: 'Zoom out' })).toBeDisabled();

  await page.keyboard.press('Escape');
  await expect(viewer(page)).toBeHidden();
  await expect(enlarge).toBeFocused();
  expect(scripts.filter((url) => url.includes('zoom-viewer')).length).toBe(1);
  expect(errors).toEqual([]);
});

test('the buttons zoom in and out, and a pinch zooms the drawing', async ({ page }) => {
  await page.goto(EXAMPLE);
  await page.getByRole('button', { name: /^Enlarge/ }).click();
  await expect(viewer(page)).toBeVisible();
  await viewer(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer(page).getByRole('status')).toHaveText('150 %');
  await viewer(page).getByRole('button', { name: 'Zoom out' }).click();
  await expect(viewer(page).getByRole('status')).toHaveText('100 %');

  // Two fingers spread from 100 px apart to 200 px: twice the size.
  await viewer(page)
    .locator('.zoom-viewer-stage')
    .evaluate((stage) => {
      const box = stage.getBoundingClientRect();
      const y = box.top + 100;
      const at = (pointerId: number, x: number, type: string) =>
        stage.dispatchEvent(
          new PointerEvent(type, { pointerId, pointerType: 'touch', clientX: box.left + x, clientY: y, bubbles: true }),
        );
      at(1, 100, 'pointerdown');
      at(2, 200, 'pointerdown');
      at(1, 50, 'pointermove');
      at(2, 250, 'pointermove');
      at(1, 50, 'pointerup');
      at(2, 250, 'pointerup');
    });
  await expect(viewer(page).getByRole('status')).toHaveText('200 %');
  expect(
    await viewer(page)
      .locator('.zoom-viewer-stage')
      .evaluate((s) => s.scrollWidth > s.clientWidth),
    'the zoomed drawing scrolls',
  ).toBe(true);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await viewer(page).getByRole('button', { name: 'Close' }).click();
  await expect(viewer(page)).toBeHidden();
});

test('without JavaScript the figure is there and no Enlarge button promises what cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(EXAMPLE);
  await expect(page.getByRole('img', { name: 'HR to ITSM Integration Architecture' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Enlarge/ })).toBeHidden();
  await context.close();
});
