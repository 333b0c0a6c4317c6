import { describe, expect, it } from 'vitest';
import { buildSetupRecord, recordJson, type SetupRecord } from '../../../utils/record/buildSetupRecord';
import { recordFileName } from '../../../utils/record/recordFile';
import type { GraphSnapshot } from '../../../utils/record/graphSnapshot';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';
import { STEP_IDS } from '../../../utils/steps';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const OBJECT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const SP = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const KEY = '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c';
const T0 = Date.parse('2026-12-03T13:00:00Z');
const MIN = 60_000;
const NOW = T0 + 60 * MIN;
const BY = 'generator 1.0';

const GRAPH: GraphSnapshot = {
  checkedAt: T0 + 30 * MIN,
  checkedBy: 'Megan Bowen (admin@contoso.example)',
  objectId: OBJECT,
  servicePrincipalId: SP,
  configuredRoles: ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'],
  grantedRoles: ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'],
  assignmentRequired: true,
  assignees: [
    { id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'User', name: 'Adele Vance' },
    { id: '7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', type: 'Group', name: 'TonicDM users' },
  ],
};

function state(app: Partial<AppRecord> = {}, extra: Partial<SetupState> = {}): SetupState {
  return {
    ...EMPTY_SETUP,
    activeAppId: APP,
    apps: {
      [APP]: {
        clientId: APP,
        tenantId: TENANT,
        displayName: 'TonicDM Office 365 Token',
        expiry: { iso: '2028-11-27' },
        credential: { hint: 'Qk_', description: 'TonicDM Office365 Secret' },
        done: {
          register: { at: T0, source: 'page' },
          'copy-ids': { at: T0 + MIN, source: 'page' },
          'client-secret': { at: T0 + 5 * MIN, source: 'page' },
          'tonicdm-setup': { at: T0 + 10 * MIN, source: 'user', by: 'Megan Bowen (admin@contoso.example)' },
        },
        ...app,
      },
    },
    ...extra,
  };
}

const build = (setup: SetupState) => buildSetupRecord({ setup, now: NOW, generatedBy: BY });

describe('buildSetupRecord', () => {
  it.each<[string, SetupState, (r: SetupRecord) => void]>([
    [
      'nothing captured: every fact unknown, every step open',
      EMPTY_SETUP,
      (r) => {
        expect(r.tenant).toEqual({ name: null, id: null });
        expect(r.app).toEqual({ name: null, clientId: null, objectId: null, servicePrincipalObjectId: null });
        expect(r.permissions.map((p) => [p.name, p.added, p.adminConsent])).toEqual([
          ['MailboxSettings.ReadWrite', null, null],
          ['Mail.ReadWrite', null, null],
          ['User.Read.All', null, null],
        ]);
        expect(r.permissionsSource).toBeNull();
        expect(r.secret).toEqual({ description: null, expires: null, daysLeft: null, hint: null, keyId: null });
        expect([r.assignmentRequired, r.assignees, r.assigneeCount]).toEqual([null, null, null]);
        expect(r.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
        expect(r.steps.every((s) => !s.done && s.at === null)).toBe(true);
        expect(r.graphCheck).toBeNull();
      },
    ],
    [
      'captured on the portal: ids, hint and expiry; steps with time and source',
      state(),
      (r) => {
        expect(r.tenant).toEqual({ name: null, id: TENANT });
        expect(r.app).toEqual({ name: 'TonicDM Office 365 Token', clientId: APP, objectId: null, servicePrincipalObjectId: null });
        expect(r.secret).toEqual({ description: 'TonicDM Office365 Secret', expires: '2028-11-27', daysLeft: 725, hint: 'Qk_', keyId: null });
        expect(r.steps.find((s) => s.id === 'register')).toMatchObject({ done: true, at: '2026-12-03T13:00:00.000Z', source: 'page', by: null });
        expect(r.steps.find((s) => s.id === 'tonicdm-setup')).toMatchObject({ done: true, source: 'user', by: 'Megan Bowen (admin@contoso.example)' });
        expect(r.steps.find((s) => s.id === 'admin-consent')).toMatchObject({ done: false, at: null });
      },
    ],
    [
      'checked through Graph: object ids, consent, assignment and the names of assignees',
      state({ tenantName: 'Contoso', graph: GRAPH, credential: { keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret' } }),
      (r) => {
        expect(r.tenant).toEqual({ name: 'Contoso', id: TENANT });
        expect(r.app.objectId).toBe(OBJECT);
        expect(r.app.servicePrincipalObjectId).toBe(SP);
        expect(r.permissions.every((p) => p.added === true && p.adminConsent === true && p.type === 'Application')).toBe(true);
        expect(r.permissionsSource).toBe('graph');
        expect(r.secret.keyId).toBe(KEY);
        expect(r.assignmentRequired).toBe(true);
        expect(r.assignmentRequiredSource).toBe('graph');
        expect(r.assignees?.map((a) => a.name)).toEqual(['Adele Vance', 'TonicDM users']);
        expect(r.assigneeCount).toBe(2);
        expect(r.graphCheck).toEqual({ at: '2026-12-03T13:30:00.000Z', by: 'Megan Bowen (admin@contoso.example)' });
      },
    ],
    [
      'Graph said no consent, then the portal showed it granted: the later word counts',
      state({
        graph: { ...GRAPH, grantedRoles: [], assignmentRequired: false, assignees: [] },
        done: {
          'admin-consent': { at: GRAPH.checkedAt + MIN, source: 'page' },
          'assignment-required': { at: GRAPH.checkedAt + 2 * MIN, source: 'page' },
          'assign-users': { at: GRAPH.checkedAt + 3 * MIN, source: 'user' },
        },
      }),
      (r) => {
        expect(r.permissions.every((p) => p.adminConsent === true)).toBe(true);
        expect(r.assignmentRequired).toBe(true);
        expect(r.assignmentRequiredSource).toBe('checklist');
        expect(r.assignees).toBeNull();
        expect(r.assigneesSource).toBe('checklist');
      },
    ],
    [
      'Graph said no consent after the checklist was ticked: Graph counts',
      state({ graph: { ...GRAPH, grantedRoles: ['User.Read.All'] }, done: { 'admin-consent': { at: GRAPH.checkedAt - MIN, source: 'user' } } }),
      (r) => {
        expect(r.permissions.map((p) => p.adminConsent)).toEqual([false, false, true]);
      },
    ],
    [
      'checklist only: consent and assignment from the ticks, names unknown',
      state({
        done: {
          'api-permissions': { at: T0, source: 'page' },
          'admin-consent': { at: T0, source: 'page' },
          'assignment-required': { at: T0, source: 'user' },
          'assign-users': { at: T0, source: 'page' },
        },
      }),
      (r) => {
        expect(r.permissions.every((p) => p.added === true && p.adminConsent === true)).toBe(true);
        expect(r.permissionsSource).toBe('checklist');
        expect(r.assignmentRequired).toBe(true);
        expect(r.assignees).toBeNull();
        expect(r.assigneeCount).toBeNull();
        expect(r.assigneesSource).toBe('checklist');
      },
    ],
    [
      'steps ticked before any app was known count too',
      { ...EMPTY_SETUP, pendingDone: { 'scope-mailboxes': { at: T0, source: 'user' } } },
      (r) => {
        expect(r.steps.find((s) => s.id === 'scope-mailboxes')).toMatchObject({ done: true, optional: true, source: 'user' });
      },
    ],
    [
      'an expired secret counts its days as negative',
      state({ expiry: { iso: '2026-11-30' } }),
      (r) => {
        expect(r.secret.daysLeft).toBe(-3);
      },
    ],
  ])('%s', (_name, setup, check) => {
    const record = build(setup);
    expect(record).toMatchObject({ format: 'tonicdm-entra-setup-record', version: 1, generatedAt: '2026-12-03T14:00:00.000Z', generatedBy: BY });
    check(record);
    expect(JSON.parse(recordJson(record))).toEqual(record);
  });
});

describe('recordFileName', () => {
  it.each<[string, SetupState, string]>([
    ['by tenant name', state({ tenantName: 'Contoso Ltd. / Zürich' }), 'tonicdm-entra-record-contoso-ltd-zurich-2026-12-03.md'],
    ['by tenant id', state(), `tonicdm-entra-record-${TENANT}-2026-12-03.md`],
    ['nothing known', EMPTY_SETUP, 'tonicdm-entra-record-setup-2026-12-03.md'],
    ['a name of dots and slashes cannot leave the folder', state({ tenantName: '../../..', tenantId: undefined }), `tonicdm-entra-record-${APP}-2026-12-03.md`],
  ])('%s', (_name, setup, name) => {
    expect(recordFileName(build(setup), 'md')).toBe(name);
  });
});
