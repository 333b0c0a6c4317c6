import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deepElements } from '../../../utils/tonicdm/composedTree';

/** The slice of jsdom these tests use; jsdom ships no type declarations. */
interface JsdomInstance {
  window: Window & typeof globalThis;
}
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; runScripts?: 'dangerously'; pretendToBeVisual?: boolean },
  ) => JsdomInstance;
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export const FIXTURE_URL = 'https://app.tonicdm.com/organization-settings';

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(`../../fixtures/tonicdm/${name}`, import.meta.url), 'utf8');
}

/** A page as the browser would run it at TonicDM's address, inline scripts and custom elements included. */
export function loadHtml(html: string, url = FIXTURE_URL): Window & typeof globalThis {
  return new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true }).window;
}

export function loadFixture(name: string, url = FIXTURE_URL): Window & typeof globalThis {
  return loadHtml(fixtureHtml(name), url);
}

/**
 * Collects the elements fixtures mark with `data-expected` and removes the marks, so the
 * finder cannot lean on them: whatever it picks, it picked from the page's own wording.
 */
export function takeExpectedMarks(root: Document | ShadowRoot): Map<string, Element> {
  const marks = new Map<string, Element>();
  for (const el of deepElements(root)) {
    const mark = el.getAttribute('data-expected');
    if (mark === null) continue;
    if (marks.has(mark)) throw new Error(`fixture marks "${mark}" twice`);
    marks.set(mark, el);
    el.removeAttribute('data-expected');
  }
  return marks;
}

/** Every text field's value, in tree order, to prove a refused fill changed nothing. */
export function allFieldValues(root: Document | ShadowRoot): string[] {
  return deepElements(root)
    .filter((el) => el.localName === 'input' || el.localName === 'textarea')
    .map((el) => (el as HTMLInputElement).value);
}
