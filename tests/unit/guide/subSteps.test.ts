import { describe, expect, it } from 'vitest';
import { APP_NAME, REQUIRED_GRAPH_ROLES, SECRET_DESCRIPTION, stepById } from '../../../utils/steps';
import { SUB_STEPS, isSubStepId, subStepById, type SubStepId } from '../../../utils/guide/subSteps';

const REQUIRED_IDS = [
  'register.new-registration',
  'register.name',
  'register.single-tenant',
  'register.submit',
  'copy-ids.values',
  'api-permissions.open',
  'api-permissions.add',
  'api-permissions.graph',
  'api-permissions.application',
  'api-permissions.filter',
  'api-permissions.role.MailboxSettings.ReadWrite',
  'api-permissions.role.Mail.ReadWrite',
  'api-permissions.role.User.Read.All',
  'api-permissions.submit',
  'admin-consent.grant',
  'admin-consent.confirm',
  'client-secret.open',
  'client-secret.tab',
  'client-secret.new',
  'client-secret.description',
  'client-secret.expires',
  'client-secret.add',
  'client-secret.value',
  'assignment-required.filter',
  'assignment-required.app',
  'assignment-required.properties',
  'assignment-required.yes',
  'assignment-required.save',
  'assign-users.open',
  'assign-users.add',
  'assign-users.assign',
];

/** Sub-steps that lead to the step's blade rather than work on it. */
const NAVIGATION = /\.(open|app|properties|filter|search)$/;

describe('SUB_STEPS', () => {
  it.each(REQUIRED_IDS)('has %s', (id) => {
    expect(isSubStepId(id)).toBe(true);
  });

  it('has unique ids', () => {
    const ids = SUB_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SUB_STEPS.map((s) => [s.id, s] as const))('%s is named after its step and sits on its blades', (id, s) => {
    expect(id.startsWith(`${s.stepId}.`)).toBe(true);
    expect(s.blades.length).toBeGreaterThan(0);
    if (!NAVIGATION.test(id)) {
      for (const blade of s.blades) expect(stepById(s.stepId).blades).toContain(blade);
    }
  });

  it.each(SUB_STEPS.map((s) => [s.id, s.callout] as const))('%s has a one- or two-line callout', (_id, callout) => {
    const lines = callout.split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of lines) {
      expect(line.trim().length).toBeGreaterThan(0);
      expect(line.length).toBeLessThanOrEqual(110);
    }
  });

  it.each<[SubStepId, string]>([
    ['register.name', APP_NAME],
    ['client-secret.description', SECRET_DESCRIPTION],
    ...REQUIRED_GRAPH_ROLES.map((role): [SubStepId, string] => [`api-permissions.role.${role}`, role]),
  ])('%s offers to type %j', (id, text) => {
    expect(subStepById(id).typeText).toBe(text);
  });

  it('rejects unknown ids', () => {
    expect(isSubStepId('register.unknown')).toBe(false);
    expect(() => subStepById('nope' as SubStepId)).toThrow();
  });
});
