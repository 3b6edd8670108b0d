// The scorecard page: paste the token, let it draw, report each card it shows (figure or missing).
import { args, withPage } from './browser.mjs';

const { gateway, token, screenshots } = args();
const result = await withPage(async page => {
  await page.goto(`${gateway}/scorecard`);
  await page.locator('#token').fill(token);
  await page.locator('#token').press('Enter');
  await page.locator('#figures .figure').first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: `${screenshots}/scorecard.png`, fullPage: true });
  const cards = await page.locator('#figures .figure').evaluateAll(divs => divs.map(d => ({
    key: d.dataset.key,
    missing: d.classList.contains('missing'),
    label: d.querySelector('svg') ? d.querySelector('svg').getAttribute('aria-label') : d.textContent,
  })));
  return { cards };
});
console.log(JSON.stringify(result));
