import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests leave screenshots and downloads for a reviewer. */
export const SCREENSHOTS = join(
  __dirname,
  '..',
  '..',
  'test-output',
  'console',
);

/** Debian's chromium (never a downloaded browser), and the output folder ready. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No chromium at ${CHROMIUM}: the browser tests need Debian's chromium (apt-get install -y chromium), or CHROMIUM_PATH set.`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
