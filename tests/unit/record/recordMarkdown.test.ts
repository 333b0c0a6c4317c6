import { describe, expect, it } from 'vitest';
import { buildSetupRecord } from '../../../utils/record/buildSetupRecord';
import { mdText, recordMarkdown, utcTime } from '../../../utils/record/recordMarkdown';
import { RECORD_TEXT } from '../../../utils/record/recordText';
import { EMPTY_SETUP, type AppRecord, type SetupState } from '../../../utils/setup/setupState';

const APP = '1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d';
const TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const KEY = '0b6f3c1e-5a2d-4e8f-9c7b-1d3e5f7a9b2c';
const T0 = Date.parse('2026-12-03T13:00:00Z');
const MIN = 60_000;
const ADMIN = 'Megan Bowen (admin@contoso.example)';

function markdown(app: Partial<AppRecord> = {}, setup: Partial<SetupState> = {}): string {
  const state: SetupState = {
    ...EMPTY_SETUP,
    activeAppId: APP,
    apps: {
      [APP]: {
        clientId: APP,
        tenantId: TENANT,
        tenantName: 'Contoso',
        displayName: 'TonicDM Office 365 Token',
        expiry: { iso: '2028-11-27' },
        credential: { keyId: KEY, hint: 'Qk_', description: 'TonicDM Office365 Secret' },
        graph: {
          checkedAt: T0 + 30 * MIN,
          checkedBy: ADMIN,
          objectId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
          servicePrincipalId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
          configuredRoles: ['MailboxSettings.ReadWrite', 'Mail.ReadWrite', 'User.Read.All'],
          grantedRoles: ['MailboxSettings.ReadWrite', 'Mail.ReadWrite'],
          assignmentRequired: true,
          assignees: [{ id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'User', name: 'Adele Vance' }],
        },
        done: {
          register: { at: T0, source: 'page' },
          'api-permissions': { at: T0 + 30 * MIN, source: 'graph', by: ADMIN },
          'tonicdm-setup': { at: T0 + 10 * MIN, source: 'user', by: ADMIN },
        },
        ...app,
      },
    },
    ...setup,
  };
  return recordMarkdown(buildSetupRecord({ setup: state, now: T0 + 60 * MIN, generatedBy: 'TonicDM Entra Setup Assistant 0.1.0' }));
}

describe('recordMarkdown', () => {
  it('lays out every fact the change ticket needs', () => {
    const text = markdown();
    for (const line of [
      '# TonicDM Entra setup record',
      'Generated 2026-12-03 14:00 UTC by TonicDM Entra Setup Assistant 0.1.0.',
      "The client secret's Value is deliberately not part of this record: only TonicDM holds it.",
      '- Name: Contoso',
      `- Directory (tenant) ID: \`${TENANT}\``,
      '- Name: TonicDM Office 365 Token',
      `- Application (client) ID: \`${APP}\``,
      '- Object ID (app registration): `5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b`',
      '- Object ID (enterprise application): `9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`',
      '| Permission | Type | Added | Admin consent |',
      '| MailboxSettings.ReadWrite | Application | Yes | Granted |',
      '| User.Read.All | Application | Yes | Not granted |',
      'Source: Microsoft Graph.',
      '- Description: TonicDM Office365 Secret',
      '- Expires: 2028-11-27 (in 725 days)',
      '- Hint (first three characters): `Qk_`',
      `- Key ID (Secret ID): \`${KEY}\``,
      '- Assignment required: Yes',
      '  - User: Adele Vance',
      '- [x] Register the app: 2026-12-03 13:00 UTC, seen in the Entra admin center',
      `- [x] Add Microsoft Graph application permissions: 2026-12-03 13:30 UTC, confirmed through Microsoft Graph by ${ADMIN}`,
      `- [x] Enter the values in TonicDM: 2026-12-03 13:10 UTC, ticked in the assistant by ${ADMIN}`,
      '- [ ] Grant admin consent: not done',
      '- [ ] Optional: limit mailbox access in Exchange: not done',
      `Last checked 2026-12-03 13:30 UTC by ${ADMIN}.`,
    ]) {
      expect(text.split('\n'), line).toContain(line);
    }
  });

  it('says what is not known instead of leaving blanks', () => {
    const text = recordMarkdown(buildSetupRecord({ setup: EMPTY_SETUP, now: T0, generatedBy: 'x' }));
    for (const line of [
      '- Name: not known',
      '- Application (client) ID: not captured yet',
      '- Expires: not captured yet',
      '- Key ID (Secret ID): not known',
      '| Mail.ReadWrite | Application | not known | not known |',
      '- Assigned users and groups: not known',
      'Not checked through Microsoft Graph; the facts above come from the checklist.',
    ]) {
      expect(text.split('\n'), line).toContain(line);
    }
  });

  it.each<[string, Partial<AppRecord>, string]>([
    ['an expired secret', { expiry: { iso: '2026-12-01' } }, '- Expires: 2026-12-01 (expired 2 days ago)'],
    ['the checklist says someone is assigned', { graph: undefined, done: { 'assign-users': { at: T0, source: 'page' } } }, '- Assigned users and groups: At least one (names not read; a Microsoft Graph check lists them)'],
    ['nobody assigned', { graph: { checkedAt: T0, assignees: [] } }, '- Assigned users and groups: None'],
    [
      'more assigned than listed',
      { graph: { checkedAt: T0, assignees: [{ id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'Group', name: 'Legal' }], assigneeCount: 250 } },
      '  - … and 249 more',
    ],
  ])('%s', (_name, app, line) => {
    expect(markdown(app).split('\n')).toContain(line);
  });

  it.each([
    ['a link', '[Click here](https://evil.example)', '\\[Click here\\](https://evil.example)'],
    ['an image', '![x](https://evil.example/p.png)', '!\\[x\\](https://evil.example/p.png)'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a table cell break', 'Sales | Legal', 'Sales \\| Legal'],
    ['emphasis and code', '*bold* _it_ `code` ~~gone~~', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~'],
    ['a line break that would start a heading', 'Team\n# Heading', 'Team # Heading'],
    ['backslashes', 'a\\b', 'a\\\\b'],
  ])('escapes %s in a name', (_name, raw, escaped) => {
    expect(mdText(raw)).toBe(escaped);
    const text = markdown({ graph: { checkedAt: T0, assignees: [{ id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'Group', name: raw }] } });
    expect(text.split('\n')).toContain(`  - Group: ${escaped}`);
  });

  it('formats times in UTC', () => {
    expect(utcTime('2026-12-03T13:05:59.000Z')).toBe('2026-12-03 13:05 UTC');
  });
});

describe('how a step was done, as one phrase', () => {
  it.each([
    ['page', 'Ada', 'seen in the Entra admin center by Ada'],
    ['user', 'Ada', 'ticked in the assistant by Ada'],
    ['graph', 'Ada', 'confirmed through Microsoft Graph by Ada'],
    ['page', null, 'seen in the Entra admin center'],
    ['user', null, 'ticked in the assistant'],
    ['graph', null, 'confirmed through Microsoft Graph'],
    [null, 'Ada', 'by Ada'],
    [null, null, ''],
  ] as const)('%s, by %s', (source, by, expected) => {
    expect(RECORD_TEXT.steps.how(source, by)).toBe(expected);
  });
});
