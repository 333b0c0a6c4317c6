import { i18n } from '#i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import { create } from 'zustand';
import { sendToBackground } from '@/utils/messaging/sendToBackground';
import { activeApp } from '@/utils/setup/setupState';
import type { TypedField } from '@/utils/setup/applyTypedValues';
import type { EnterResult, EnterRefusal } from '@/utils/background/enterValues';
import { checkTypedClientId, checkTypedTenant, type ClientIdIssue, type HeldIds, type TenantIssue } from '@/utils/values/checkTypedIds';
import { checkTypedSecret, SECRET_LENGTH, type SecretIssue } from '@/utils/values/checkTypedSecret';
import { checkTypedExpiry, localIsoDate, type ExpiryIssue } from '@/utils/values/checkTypedExpiry';
import { acceptedValue, type EntryVerdict } from '@/utils/values/entryVerdict';
import { secretHint } from '@/utils/values/classifySecret';
import { resolveTenantDomain, type TenantLookup, type TenantLookupFailure } from '@/utils/tenant/resolveTenant';
import { usePanelStore } from './panelStore';
import { formatDay } from '@/utils/i18n/dates';

/** Every word this component shows. */
const STRINGS = {
  summary: i18n.t('manualEntry.summary'),
  intro: i18n.t('manualEntry.intro'),
  legend: i18n.t('manualEntry.legend'),
  labels: {
    clientId: i18n.t('manualEntry.labels.clientId'),
    tenantId: i18n.t('manualEntry.labels.tenantId'),
    secret: i18n.t('manualEntry.labels.secret'),
    expiry: i18n.t('manualEntry.labels.expiry'),
  } satisfies Record<TypedField, string>,
  hints: {
    clientId: i18n.t('manualEntry.hints.clientId'),
    tenantId: i18n.t('manualEntry.hints.tenantId'),
    secret: i18n.t('manualEntry.hints.secret'),
    expiry: i18n.t('manualEntry.hints.expiry'),
  } satisfies Record<TypedField, string>,
  placeholders: { clientId: '00000000-0000-0000-0000-000000000000', tenantId: i18n.t('manualEntry.tenantPlaceholder') },
  show: i18n.t('manualEntry.show'),
  hide: i18n.t('manualEntry.hide'),
  lookUp: i18n.t('manualEntry.lookUp'),
  lookingUp: (domain: string) => i18n.t('manualEntry.lookingUp', [domain]),
  found: (domain: string, tenantId: string) => i18n.t('manualEntry.found', [domain, tenantId]),
  save: i18n.t('manualEntry.save'),
  saving: i18n.t('manualEntry.saving'),
  nothing: i18n.t('manualEntry.nothing'),
  fixFirst: i18n.t('manualEntry.fixFirst'),
  saved: (fields: string) => i18n.t('manualEntry.saved', [fields]),
  confirmTitle: i18n.t('manualEntry.confirmTitle'),
  confirmIntro: i18n.t('manualEntry.confirmIntro'),
  replace: i18n.t('manualEntry.replace'),
  keep: i18n.t('manualEntry.keep'),
  kept: i18n.t('manualEntry.kept'),
  appSwitch: (held: string, typed: string) => i18n.t('manualEntry.appSwitch', [typed, held]),
  masked: (value: string) => `${secretHint(value)}•••`,
  clientId: {
    'not-guid': i18n.t('manualEntry.clientId.notGuid'),
    'is-tenant-id': i18n.t('manualEntry.clientId.isTenantId'),
    'is-object-id': i18n.t('manualEntry.clientId.isObjectId'),
    'is-service-principal-id': i18n.t('manualEntry.clientId.isServicePrincipalId'),
    'is-graph-app': i18n.t('manualEntry.clientId.isGraphApp'),
  } satisfies Record<ClientIdIssue, string>,
  tenant: {
    'not-guid-or-domain': i18n.t('manualEntry.tenant.notGuidOrDomain'),
    'is-client-id': i18n.t('manualEntry.tenant.isClientId'),
    'is-object-id': i18n.t('manualEntry.tenant.isObjectId'),
    'multi-tenant-alias': i18n.t('manualEntry.tenant.multiTenantAlias'),
    consumers: i18n.t('manualEntry.tenant.consumers'),
  } satisfies Record<TenantIssue, string>,
  lookup: {
    'unknown-domain': (domain: string, code?: string) => i18n.t('manualEntry.lookup.unknownDomain', [code ?? 'AADSTS90002', domain]),
    consumers: (domain: string) => i18n.t('manualEntry.lookup.consumers', [domain]),
    network: (domain: string) => i18n.t('manualEntry.lookup.network', [domain]),
    timeout: (domain: string) => i18n.t('manualEntry.lookup.timeout', [domain]),
    unexpected: (domain: string, code?: string) =>
      code ? i18n.t('manualEntry.lookup.unexpectedCode', [domain, code]) : i18n.t('manualEntry.lookup.unexpected', [domain]),
  } satisfies Record<TenantLookupFailure, (domain: string, code?: string) => string>,
  lookupNeeded: i18n.t('manualEntry.lookupNeeded'),
  secret: {
    'secret-id': i18n.t('manualEntry.secret.secretId'),
    'is-client-id': i18n.t('manualEntry.secret.isClientId'),
    'is-tenant-id': i18n.t('manualEntry.secret.isTenantId'),
    masked: i18n.t('manualEntry.secret.masked'),
    'has-spaces': i18n.t('manualEntry.secret.hasSpaces'),
    length: i18n.t('manualEntry.secret.length', [String(SECRET_LENGTH.min), String(SECRET_LENGTH.max)]),
    characters: i18n.t('manualEntry.secret.characters'),
    'legacy-format': i18n.t('manualEntry.secret.legacyFormat'),
    'unrecognised-format': i18n.t('manualEntry.secret.unrecognisedFormat'),
  } satisfies Record<SecretIssue, string>,
  expiry: {
    'not-a-date': i18n.t('manualEntry.expiry.notADate'),
    past: i18n.t('manualEntry.expiry.past'),
    today: i18n.t('manualEntry.expiry.today'),
    'beyond-24-months': i18n.t('manualEntry.expiry.beyond24Months'),
  } satisfies Record<ExpiryIssue, string>,
  useAnyway: i18n.t('manualEntry.useAnyway'),
  refused: {
    'no-app': i18n.t('manualEntry.refused.noApp'),
    'tenant-confirmed-by-graph': i18n.t('manualEntry.refused.tenantConfirmedByGraph'),
    invalid: i18n.t('manualEntry.refused.invalid'),
  } satisfies Record<EnterRefusal, string>,
} as const;

/** Opened from elsewhere in the panel (the "can't see this step" state). */
const useManualEntryOpen = create<{ open: boolean }>(() => ({ open: false }));
export function openManualEntry(): void {
  useManualEntryOpen.setState({ open: true });
  requestAnimationFrame(() => document.getElementById('manual-entry')?.scrollIntoView({ block: 'nearest' }));
}

type Lookup = { state: 'idle' } | { state: 'looking'; domain: string } | { state: 'done'; result: TenantLookup };

function issueOf(verdict: EntryVerdict<unknown, string>): string | undefined {
  return verdict.status === 'error' || verdict.status === 'warn' ? verdict.issue : undefined;
}

/**
 * The way forward when the page cannot be read: each value TonicDM needs, typed or pasted,
 * checked as it is typed, and sent to the background (which checks it again). The secret goes
 * only to the background's session storage; this form forgets it once it is saved.
 */
export function ManualEntry() {
  const id = useId();
  const setup = usePanelStore((s) => s.setup);
  const secretHeld = usePanelStore((s) => s.secret);
  const open = useManualEntryOpen((s) => s.open);
  const app = activeApp(setup);

  const [clientId, setClientId] = useState('');
  const [tenant, setTenant] = useState('');
  const [secret, setSecret] = useState('');
  const [expiry, setExpiry] = useState('');
  const [showSecret, setShowSecret] = useState(false);
  const [useAnyway, setUseAnyway] = useState<{ secret: boolean; expiry: boolean }>({ secret: false, expiry: false });
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [pending, setPending] = useState<{ message: Parameters<typeof sendToBackground>[0] & { type: 'panel/enter-values' }; fields: TypedField[] } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [refusals, setRefusals] = useState<Partial<Record<TypedField, string>>>({});
  const [busy, setBusy] = useState(false);
  /** Fields whose problems are shown: after the admin left them, pasted into them, or pressed Save. */
  const [visited, setVisited] = useState<ReadonlySet<TypedField>>(new Set());
  const visit = (name: TypedField) => setVisited((v) => (v.has(name) ? v : new Set([...v, name])));
  const inputs = useRef<Partial<Record<TypedField, HTMLInputElement | null>>>({});

  const typedClient = checkTypedClientId(clientId, { tenantId: app?.tenantId, objectId: app?.objectId, servicePrincipalId: app?.servicePrincipalId });
  const clientForChecks = acceptedValue(typedClient, false) ?? app?.clientId;
  const held: HeldIds = { clientId: clientForChecks, tenantId: app?.tenantId, objectId: app?.objectId, servicePrincipalId: app?.servicePrincipalId };
  const typedTenant = checkTypedTenant(tenant, { ...held, tenantId: undefined });
  const typedTenantGuid = typedTenant.status === 'ok' && 'tenantId' in typedTenant.value ? typedTenant.value.tenantId : undefined;
  const checks = {
    secret: checkTypedSecret(secret, { ...held, tenantId: typedTenantGuid ?? held.tenantId }),
    expiry: checkTypedExpiry(expiry, localIsoDate(new Date())),
  };
  const domain = typedTenant.status === 'ok' && 'domain' in typedTenant.value ? typedTenant.value.domain : undefined;
  const resolved = lookup.state === 'done' && lookup.result.ok && lookup.result.domain === domain ? lookup.result.tenantId : undefined;
  const lookupFailed = lookup.state === 'done' && !lookup.result.ok && lookup.result.domain === domain ? lookup.result : undefined;

  const seen = (name: TypedField, text: string | undefined) => (text && visited.has(name) ? text : undefined);
  const messages: Partial<Record<TypedField, string>> = {
    clientId: seen('clientId', typedClient.status === 'error' ? STRINGS.clientId[typedClient.issue] : undefined) ?? refusals.clientId,
    tenantId:
      seen('tenantId', typedTenant.status === 'error' ? STRINGS.tenant[typedTenant.issue] : undefined) ??
      (lookupFailed ? STRINGS.lookup[lookupFailed.reason](lookupFailed.domain, lookupFailed.code) : refusals.tenantId),
    secret: seen('secret', issueOf(checks.secret) ? STRINGS.secret[issueOf(checks.secret) as SecretIssue] : undefined) ?? refusals.secret,
    expiry: seen('expiry', issueOf(checks.expiry) ? STRINGS.expiry[issueOf(checks.expiry) as ExpiryIssue] : undefined) ?? refusals.expiry,
  };

  async function lookUp(name: string): Promise<string | undefined> {
    setLookup({ state: 'looking', domain: name });
    const result = await resolveTenantDomain(name);
    setLookup({ state: 'done', result });
    return result.ok ? result.tenantId : undefined;
  }

  function reset(message: string) {
    setClientId('');
    setTenant('');
    setSecret('');
    setExpiry('');
    setShowSecret(false);
    setUseAnyway({ secret: false, expiry: false });
    setLookup({ state: 'idle' });
    setPending(null);
    setRefusals({});
    setVisited(new Set());
    setStatus({ kind: 'ok', text: message });
  }

  async function send(message: Parameters<typeof sendToBackground>[0] & { type: 'panel/enter-values' }) {
    setBusy(true);
    try {
      const result = await sendToBackground<EnterResult | undefined>(message);
      if (!result) {
        setStatus({ kind: 'error', text: STRINGS.refused.invalid });
      } else if (result.ok) {
        reset(STRINGS.saved(result.applied.map((f) => STRINGS.labels[f]).join(', ')));
      } else if (result.needsConfirm.length > 0 && result.refused.length === 0) {
        setPending({ message, fields: result.needsConfirm });
        setStatus(null);
      } else {
        setRefusals(Object.fromEntries(result.refused.map((r) => [r.field, STRINGS.refused[r.reason]])));
        setStatus({ kind: 'error', text: STRINGS.fixFirst });
        inputs.current[result.refused[0]!.field]?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setVisited(new Set(['clientId', 'tenantId', 'secret', 'expiry']));
    setRefusals({});
    setPending(null);
    const verdicts: Record<TypedField, EntryVerdict<unknown, string>> = { clientId: typedClient, tenantId: typedTenant, ...checks };
    const blocked = (Object.keys(verdicts) as TypedField[]).filter((field) => {
      const verdict = verdicts[field];
      if (verdict.status === 'error') return true;
      return verdict.status === 'warn' && !useAnyway[field as 'secret' | 'expiry'];
    });
    if ((Object.values(verdicts) as EntryVerdict<unknown, string>[]).every((v) => v.status === 'empty')) {
      setStatus({ kind: 'error', text: STRINGS.nothing });
      return;
    }
    if (blocked.length > 0) {
      setStatus({ kind: 'error', text: STRINGS.fixFirst });
      inputs.current[blocked[0]!]?.focus();
      return;
    }
    let tenantId = typedTenantGuid;
    if (domain) {
      tenantId = resolved ?? (await lookUp(domain));
      if (!tenantId) {
        setStatus({ kind: 'error', text: STRINGS.fixFirst });
        inputs.current.tenantId?.focus();
        return;
      }
    }
    const typed = {
      clientId: acceptedValue(typedClient, false),
      tenantId,
      secret: acceptedValue(checks.secret, useAnyway.secret),
      expiryIso: acceptedValue(checks.expiry, useAnyway.expiry),
    };
    const anyway = (['secret', 'expiry'] as const).filter((f) => checks[f].status === 'warn' && useAnyway[f]);
    await send({
      type: 'panel/enter-values',
      ...(typed.clientId ? { clientId: typed.clientId } : {}),
      ...(typed.tenantId ? { tenantId: typed.tenantId } : {}),
      ...(typed.secret ? { secret: typed.secret } : {}),
      ...(typed.expiryIso ? { expiryIso: typed.expiryIso } : {}),
      ...(anyway.length > 0 ? { useAnyway: anyway } : {}),
    });
  }

  /** "tenant ID: held → typed" lines for the confirmation. */
  function change(field: TypedField): string {
    const message = pending!.message;
    switch (field) {
      case 'clientId':
        return `${STRINGS.labels.clientId}: ${STRINGS.appSwitch(app?.clientId ?? '', message.clientId ?? '')}`;
      case 'tenantId':
        return `${STRINGS.labels.tenantId}: ${app?.tenantId} → ${message.tenantId}`;
      case 'secret':
        return `${STRINGS.labels.secret}: ${secretHeld ? STRINGS.masked(secretHeld.value) : ''} → ${STRINGS.masked(message.secret ?? '')}`;
      case 'expiry':
        return `${STRINGS.labels.expiry}: ${app?.expiry ? formatDay(app.expiry.iso) : ''} → ${message.expiryIso ? formatDay(message.expiryIso) : ''}`;
    }
  }

  const field = (name: TypedField) => ({
    id: `${id}-${name}`,
    'aria-describedby': `${id}-${name}-hint${messages[name] ? ` ${id}-${name}-message` : ''}`,
    'aria-invalid': messages[name] ? true : undefined,
    'data-testid': `manual-${name}`,
    onBlur: () => visit(name),
    onPaste: () => visit(name),
    ref: (el: HTMLInputElement | null) => {
      inputs.current[name] = el;
    },
  });

  const fieldMessage = (name: TypedField, warn?: 'secret' | 'expiry') =>
    messages[name] ? (
      <p id={`${id}-${name}-message`} className={`field-message ${warn && checks[warn].status === 'warn' ? 'warning-text' : 'error-text'}`} data-testid={`manual-${name}-message`} role="alert">
        {messages[name]}
      </p>
    ) : null;

  const overrideBox = (name: 'secret' | 'expiry') =>
    checks[name].status === 'warn' && messages[name] ? (
      <label className="override">
        <input
          type="checkbox"
          data-testid={`manual-${name}-use-anyway`}
          checked={useAnyway[name]}
          onChange={(e) => setUseAnyway((u) => ({ ...u, [name]: e.target.checked }))}
        />
        {STRINGS.useAnyway}
      </label>
    ) : null;

  return (
    <details
      id="manual-entry"
      className="manual-entry"
      data-testid="manual-entry"
      open={open}
      onToggle={(e) => useManualEntryOpen.setState({ open: (e.currentTarget as HTMLDetailsElement).open })}
    >
      <summary>{STRINGS.summary}</summary>
      <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="manual-entry-form">
        <p className="muted small">{STRINGS.intro}</p>
        <fieldset>
          <legend className="visually-hidden">{STRINGS.legend}</legend>

          <div className="field">
            <label htmlFor={`${id}-clientId`}>{STRINGS.labels.clientId}</label>
            <input
              {...field('clientId')}
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              placeholder={STRINGS.placeholders.clientId}
              value={clientId}
              onChange={(e) => setClientId(e.target.value)}
            />
            <p id={`${id}-clientId-hint`} className="muted small">{STRINGS.hints.clientId}</p>
            {fieldMessage('clientId')}
          </div>

          <div className="field">
            <label htmlFor={`${id}-tenantId`}>{STRINGS.labels.tenantId}</label>
            <input
              {...field('tenantId')}
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder={STRINGS.placeholders.tenantId}
              value={tenant}
              onChange={(e) => {
                setTenant(e.target.value);
                setLookup({ state: 'idle' });
              }}
            />
            <p id={`${id}-tenantId-hint`} className="muted small">{STRINGS.hints.tenantId}</p>
            {domain && !resolved ? (
              <button type="button" className="icon-button" data-testid="manual-tenant-lookup" disabled={lookup.state === 'looking'} onClick={() => void lookUp(domain)}>
                {STRINGS.lookUp}
              </button>
            ) : null}
            <p className="small" role="status" data-testid="manual-tenant-lookup-status">
              {lookup.state === 'looking' ? STRINGS.lookingUp(lookup.domain) : resolved && domain ? STRINGS.found(domain, resolved) : null}
            </p>
            {fieldMessage('tenantId')}
          </div>

          <div className="field">
            <label htmlFor={`${id}-secret`}>{STRINGS.labels.secret}</label>
            <div className="field-row">
              <input
                {...field('secret')}
                type={showSecret ? 'text' : 'password'}
                autoComplete="off"
                spellCheck={false}
                value={secret}
                onChange={(e) => {
                  setSecret(e.target.value);
                  setUseAnyway((u) => ({ ...u, secret: false }));
                }}
              />
              <button type="button" className="icon-button" data-testid="manual-secret-show" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
                {showSecret ? STRINGS.hide : STRINGS.show}
              </button>
            </div>
            <p id={`${id}-secret-hint`} className="muted small">{STRINGS.hints.secret}</p>
            {fieldMessage('secret', 'secret')}
            {overrideBox('secret')}
          </div>

          <div className="field">
            <label htmlFor={`${id}-expiry`}>{STRINGS.labels.expiry}</label>
            <input
              {...field('expiry')}
              type="date"
              min={localIsoDate(new Date())}
              value={expiry}
              onChange={(e) => {
                setExpiry(e.target.value);
                setUseAnyway((u) => ({ ...u, expiry: false }));
                // A date from the picker is complete as soon as it changes.
                visit('expiry');
              }}
            />
            <p id={`${id}-expiry-hint`} className="muted small">{STRINGS.hints.expiry}</p>
            {fieldMessage('expiry', 'expiry')}
            {overrideBox('expiry')}
          </div>
        </fieldset>

        {pending ? (
          <div className="notice" role="alertdialog" aria-labelledby={`${id}-confirm-title`} data-testid="manual-confirm">
            <p id={`${id}-confirm-title`}>
              <strong>{STRINGS.confirmTitle}</strong>
            </p>
            <p className="fix">{STRINGS.confirmIntro}</p>
            <ul className="small">
              {pending.fields.map((f) => (
                <li key={f} data-testid={`manual-confirm-${f}`}>
                  {change(f)}
                </li>
              ))}
            </ul>
            <div className="notice-actions">
              <button type="button" data-testid="manual-confirm-replace" disabled={busy} onClick={() => void send({ ...pending.message, replace: pending.fields })}>
                {STRINGS.replace}
              </button>
              <button
                type="button"
                className="link"
                data-testid="manual-confirm-keep"
                onClick={() => {
                  setPending(null);
                  setStatus({ kind: 'ok', text: STRINGS.kept });
                }}
              >
                {STRINGS.keep}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="primary" data-testid="manual-save" disabled={busy || lookup.state === 'looking'}>
            {busy ? STRINGS.saving : STRINGS.save}
          </button>
        )}
        <p className={`small ${status?.kind === 'error' ? 'error-text' : ''}`} role="status" data-testid="manual-status">
          {status?.text}
        </p>
      </form>
    </details>
  );
}
