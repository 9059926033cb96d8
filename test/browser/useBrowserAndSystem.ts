import { type Browser } from 'playwright-core';
import { type StartedSystem, startSystem } from '../e2e/startSystem';
import { launchChromium } from './launchChromium';

/** The browser and the system a browser test file runs against, once started. */
export interface BrowserAndSystem {
  browser: Browser;
  system: StartedSystem;
  /** The gateway's origin, which serves the console. */
  origin: string;
}

/**
 * Starts chromium and the whole system (as `npm start` does) on `basePort`
 * before the file's tests, and stops both after them, also when one failed.
 * The returned object is filled in by then.
 */
export function useBrowserAndSystem(basePort: number): BrowserAndSystem {
  const started = {} as BrowserAndSystem;
  beforeAll(async () => {
    started.browser = await launchChromium();
    started.system = await startSystem(basePort);
    started.origin = `http://127.0.0.1:${started.system.ports.gateway}`;
  }, 170_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.system?.stop();
  });
  return started;
}
