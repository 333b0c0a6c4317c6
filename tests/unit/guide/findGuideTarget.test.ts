import { describe, expect, it } from 'vitest';
import { APP_NAME, type StepId } from '../../../utils/steps';
import type { BladeKind } from '../../../utils/portal/bladeKind';
import type { SubStepId } from '../../../utils/guide/subSteps';
import { findGuideTarget } from '../../../utils/guide/findGuideTarget';
import { observeGuide } from '../../../utils/guide/observeGuide';
import { ALL_GUIDES } from '../../../utils/guide/families/allGuides';
import { readPageState } from '../../../utils/guide/readPageState';
import { doneBefore, doneThrough, loadSnippet } from './snippets';

const cases: [BladeKind, string, ReadonlySet<StepId>, SubStepId][] = [
  ['app-list', 'app-list.classic.html', new Set(), 'register.new-registration'],
  ['app-create', 'app-create.empty.classic.html', new Set(), 'register.name'],
  ['app-overview', 'app-overview.classic.html', doneThrough('register'), 'copy-ids.values'],
  ['app-api-permissions', 'api-permissions.empty.classic.html', doneBefore('api-permissions'), 'api-permissions.add'],
  ['app-credentials', 'credentials.secrets-tab.classic.html', doneBefore('client-secret'), 'client-secret.new'],
  ['enterprise-list', 'enterprise-list.found.classic.html', doneBefore('assignment-required'), 'assignment-required.app'],
  ['enterprise-overview', 'enterprise-overview.react.html', doneBefore('assignment-required'), 'assignment-required.properties'],
  ['enterprise-properties', 'enterprise-properties.no.react.html', doneBefore('assignment-required'), 'assignment-required.yes'],
  ['enterprise-users', 'enterprise-users.empty.react.html', doneThrough('assignment-required'), 'assign-users.add'],
];

describe('findGuideTarget', () => {
  it.each(cases)('dispatches %s (%s)', (blade, snippet, doneSteps, expected) => {
    const { root, expected: marked } = loadSnippet(snippet);
    const target = findGuideTarget(root, { blade, doneSteps, appName: APP_NAME, shownAppId: '5f1b7c3e-8a9d-4e2f-b6c1-7d3a9e0f2b4c' });
    expect(target?.subStepId).toBe(expected);
    expect(target?.element).toBe(marked(expected));
  });

  it('looks only at the blade it is told about', () => {
    const { root } = loadSnippet('app-list.classic.html');
    expect(findGuideTarget(root, { blade: 'app-create', doneSteps: new Set(), appName: APP_NAME })).toBeUndefined();
    expect(findGuideTarget(root, { blade: 'enterprise-properties', doneSteps: new Set(), appName: APP_NAME })).toBeUndefined();
  });

  it('speaks of the app by the name it was given', () => {
    const { root } = loadSnippet('app-create.empty.classic.html');
    const target = findGuideTarget(root, { blade: 'app-create', doneSteps: new Set(), appName: 'Contoso TonicDM' });
    expect(target?.typeText).toBe('Contoso TonicDM');
    expect(target?.callout).toContain('Contoso TonicDM');
    expect(target?.callout).not.toContain(APP_NAME);
  });
});

describe('observeGuide', () => {
  it.each(cases)('answers as the separate calls do on %s (%s)', (blade, snippet, doneSteps) => {
    const { root } = loadSnippet(snippet);
    const ctx = { blade, doneSteps, appName: APP_NAME };
    const together = observeGuide(root, ctx, ALL_GUIDES);
    expect(together.target).toEqual(findGuideTarget(root, ctx));
    expect(together.page).toEqual(readPageState(root, blade));
  });
});
