/**
 * Loads a portal snippet fixture into the test DOM, as a document or inside a shadow root.
 * The expected targets are marked in the fixtures with data-expect-guide="<sub-step id> ...";
 * the marks are collected and then removed, so no locator can read them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STEP_IDS, type StepId } from '../../../utils/steps';
import './guideWords';

export type RootMode = 'document' | 'shadow';
export const ROOT_MODES: readonly RootMode[] = ['document', 'shadow'];

export interface LoadedSnippet {
  root: Document | ShadowRoot;
  expected(subStepId: string): HTMLElement;
}

// vitest runs from the project root; import.meta.url is not a file URL under the DOM environments.
const SNIPPETS = resolve(process.cwd(), 'tests/fixtures/portal/snippets');

export function snippetHtml(name: string): string {
  return readFileSync(resolve(SNIPPETS, name), 'utf8');
}

export function loadSnippet(name: string, mode: RootMode = 'document'): LoadedSnippet {
  document.body.innerHTML = '';
  let root: Document | ShadowRoot = document;
  if (mode === 'document') {
    document.body.innerHTML = snippetHtml(name);
  } else {
    const host = document.createElement('div');
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
    root.innerHTML = snippetHtml(name);
  }
  const marks = new Map<string, HTMLElement>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-expect-guide]')) {
    for (const id of (el.dataset.expectGuide ?? '').split(/\s+/).filter(Boolean)) {
      if (marks.has(id)) throw new Error(`${name}: ${id} is marked twice`);
      marks.set(id, el);
    }
    el.removeAttribute('data-expect-guide');
  }
  return {
    root,
    expected(subStepId) {
      const el = marks.get(subStepId);
      if (!el) throw new Error(`${name}: no element marked ${subStepId}`);
      return el;
    },
  };
}

/** Every step before `step` is done (the admin follows the checklist in order). */
export function doneBefore(step: StepId): Set<StepId> {
  return new Set(STEP_IDS.slice(0, STEP_IDS.indexOf(step)));
}

export function doneThrough(step: StepId): Set<StepId> {
  return new Set(STEP_IDS.slice(0, STEP_IDS.indexOf(step) + 1));
}

export const ALL_DONE: ReadonlySet<StepId> = new Set(STEP_IDS);
