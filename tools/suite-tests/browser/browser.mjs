// Opens a page of the suite in the machine's headless Chromium; shared by the two checks.
import { chromium } from 'playwright-core';

export async function withPage(work) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // Root in a container: no sandbox. No background traffic: this machine's network is closed.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return await work(page);
  } finally {
    await browser.close();
  }
}

/** The arguments every check takes: the gateway's URL, a bearer token, where screenshots go. */
export function args() {
  const [gateway, token, screenshots] = process.argv.slice(2);
  if (!gateway || !token || !screenshots) {
    throw new Error('usage: node <check>.mjs GATEWAY_URL TOKEN SCREENSHOT_DIR');
  }
  return { gateway, token, screenshots };
}
