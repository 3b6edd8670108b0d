// Swagger UI at the gateway: authorize with a token, "Try it out" on GET /api/leads, report the status
// Swagger UI shows (the request goes to the gateway through the contract's `servers`).
import { args, withPage } from './browser.mjs';

const { gateway, token, screenshots } = args();
const result = await withPage(async page => {
  await page.goto(`${gateway}/q/swagger-ui/`);
  await page.locator('.opblock').first().waitFor({ timeout: 30000 });
  await page.locator('.auth-wrapper button.authorize').click();
  await page.locator('.modal-ux input[type=text], .modal-ux input[type=password]').first().fill(token);
  await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
  await page.locator('.modal-ux button.btn-done').click();

  const operation = page.locator('.opblock-get', { has: page.locator('.opblock-summary-path[data-path="/api/leads"]') }).first();
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table tbody .response .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const requestUrl = (await operation.locator('.request-url pre').first().textContent()).trim();
  await page.screenshot({ path: `${screenshots}/swagger-try-it-out.png`, fullPage: true });
  const contracts = await page.locator('select#select option, .download-url-wrapper option').allTextContents();
  return { status: parseInt((await status.textContent()).trim(), 10), requestUrl, contracts };
});
console.log(JSON.stringify(result));
