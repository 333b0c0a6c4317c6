// @vitest-environment jsdom
/**
 * Which page changes make the capture read the page again. Records come from a real
 * MutationObserver over the change, as the frame's observer would see them.
 */
import { describe, expect, it } from 'vitest';
import { createCaptureAgent } from '../../../utils/portal/captureAgent';
import type { BladeKind } from '../../../utils/portal/bladeKind';

const CLEAR = 'Qk_8Q~f3.hT5uV-wX7yZ9aB1cD3eF5gH7iJ9kL1m';
const GUID = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';

function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

function agentOn(blade: BladeKind, html: string) {
  document.body.innerHTML = html;
  const agent = createCaptureAgent(async () => ({ ok: true }));
  agent.reset(blade);
  agent.scan(document);
  return agent;
}

const add = (parent: string, html: string) => () => {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.querySelector(parent)!.append(el);
};
const setText = (selector: string, text: string) => () => {
  (document.querySelector(selector)!.firstChild as Text).data = text;
};

const LIVE = '<div role="grid" id="live"><div role="row"><div role="gridcell" id="cell">12:00:01</div><div role="gridcell">AdeleV</div></div></div>';
const SECRETS = `<div role="grid" id="secrets"><div role="row"><div role="columnheader">Description</div><div role="columnheader">Value</div></div>
  <div role="row"><div role="gridcell">Old</div><div role="gridcell" id="value">o6e************</div></div></div>`;

describe('createCaptureAgent: which changes matter', () => {
  it.each([
    ['Overview: a GUID appears', 'app-overview', '<main></main>', add('main', `<span>${GUID}</span>`), true],
    ['Overview: a label appears', 'app-overview', '<main></main>', add('main', '<span>Directory (tenant) ID</span>'), true],
    ['Overview: a field appears (values can sit in read-only inputs)', 'app-overview', '<main></main>', add('main', '<input readonly>'), true],
    ['Overview: a live grid cell changes', 'app-overview', `<main></main>${LIVE}`, setText('#cell', '12:00:02'), false],
    ['Secrets: a live grid cell changes', 'app-credentials', `${SECRETS}${LIVE}`, setText('#cell', 'Failure'), false],
    ['Secrets: a row streams into the live grid', 'app-credentials', `${SECRETS}${LIVE}`, add('#live', '<div role="row"><div role="gridcell">x</div></div>'), false],
    ['Secrets: a secret-shaped text outside the Value grid', 'app-credentials', `${SECRETS}${LIVE}`, setText('#cell', CLEAR), false],
    ['Secrets: text changes inside the Value grid', 'app-credentials', `${SECRETS}${LIVE}`, setText('#value', CLEAR), true],
    ['Secrets: a new grid header appears', 'app-credentials', `${SECRETS}${LIVE}`, add('body', '<table><tr><th>Value</th></tr></table>'), true],
    ['Secrets without a Value column: a Value in the documented format', 'app-credentials', LIVE, add('body', `<p>${CLEAR}</p>`), true],
    ['Secrets without a Value column: a masked value', 'app-credentials', LIVE, add('body', '<p>o6e************</p>'), true],
    ['Secrets without a Value column: other text', 'app-credentials', LIVE, add('body', '<p>MailboxSettings.ReadWrite</p>'), false],
    ['API permissions: anything', 'app-api-permissions', LIVE, add('body', `<p>${CLEAR} ${GUID}</p>`), false],
  ] as const)('%s → %s', (_name, blade, html, change, expected) => {
    const agent = agentOn(blade, html);
    expect(agent.relevant(recordsOf(change))).toBe(expected);
  });

  it('watches text changed in place only inside the Value grid once one is known', () => {
    expect(agentOn('app-credentials', `${SECRETS}${LIVE}`).valueAreas()).toEqual([document.getElementById('secrets')]);
    expect(agentOn('app-credentials', LIVE).valueAreas()).toBeUndefined();
    expect(agentOn('app-overview', SECRETS).valueAreas()).toBeUndefined();
  });

  it('a masked value stops mattering once one was reported', () => {
    const agent = agentOn('app-credentials', `<ul><li role="row"><span role="cell">Old</span><span role="cell">o6e************</span></li></ul>${LIVE}`);
    expect(agent.relevant(recordsOf(add('body', '<p>abc************</p>')))).toBe(false);
    expect(agent.relevant(recordsOf(add('body', `<p>${CLEAR}</p>`)))).toBe(true);
  });
});
