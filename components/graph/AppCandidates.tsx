import { i18n } from '#i18n';
import type { AppTrust, CredentialView, OwnerView } from '@/utils/graph/appOwnership';
import type { AppCandidate } from '@/utils/graph/verifySetup';
import { APP_NAME } from '@/utils/steps';
import { chooseApp, confirmRisk } from './automateActions';
import { useGraphStore } from './graphStore';
import { MessageBar } from '../MessageBar';
import { formatDay } from '@/utils/i18n/dates';
import { joinClauses, joinList } from '@/utils/i18n/lists';

/** Every word this component shows. */
const STRINGS = {
  level: { yours: i18n.t('appCandidates.levelYours'), unowned: i18n.t('appCandidates.levelUnowned'), risk: i18n.t('appCandidates.levelRisk') } satisfies Record<AppTrust['level'], string>,
  chooseHeading: i18n.t('appCandidates.chooseHeading'),
  tonicdmApp: i18n.t('appCandidates.tonicdmApp'),
  couldBe: i18n.t('appCandidates.couldBe'),
  createNew: (name: string) => i18n.t('appCandidates.createNew', [name]),
  appName: (name: string) => i18n.t('appCandidates.appName', [name]),
  clientId: (appId: string) => i18n.t('appCandidates.clientId', [appId]),
  clientIdCreated: (appId: string, day: string) => i18n.t('appCandidates.clientIdCreated', [appId, formatDay(day)]),
  owners: (owners: string) => i18n.t('appCandidates.owners', [owners]),
  ownersAndEnterprise: (owners: string, enterprise: string) => i18n.t('appCandidates.ownersAndEnterprise', [owners, enterprise]),
  none: i18n.t('appCandidates.none'),
  credentials: (list: string) => i18n.t('appCandidates.credentials', [list]),
  notCreatedHere: (list: string, count: number) => i18n.t('appCandidates.notCreatedHere', count, [list, String(count)]),
  expired: (list: string, count: number) => i18n.t('appCandidates.expired', count, [list, String(count)]),
  summary: (summary: string) => i18n.t('appCandidates.summary', [summary]),
  risk: (name: string, summary: string) => i18n.t('appCandidates.risk', [name, summary]),
  riskFix: i18n.t('appCandidates.riskFix'),
  riskConfirm: i18n.t('appCandidates.riskConfirm'),
  you: i18n.t('appCandidates.you'),
  servicePrincipal: (name: string) => i18n.t('appCandidates.servicePrincipal', [name]),
  noAdminRole: (name: string) => i18n.t('appCandidates.noAdminRole', [name]),
  withRoles: (name: string, roles: string) => i18n.t('appCandidates.withRoles', [name, roles]),
  secrets: (count: number) => i18n.t('appCandidates.secrets', count),
  certificates: (count: number) => i18n.t('appCandidates.certificates', count),
  federated: (count: number) => i18n.t('appCandidates.federated', count),
} as const;

/**
 * The apps that could be TonicDM's, each with its owners, creation date and credentials. With a plan
 * (Automate) the admin picks one or a new app here, and confirms separately before a risky one is
 * used; after Verify the list shows only when something needs the admin's attention.
 */
export function AppCandidates({ choosable, allowNew = true }: { choosable: boolean; allowNew?: boolean }) {
  const verification = useGraphStore((s) => s.verification);
  const choice = useGraphStore((s) => s.choices.app);
  const running = useGraphStore((s) => s.status === 'running');
  if (!verification || verification.candidates.length === 0) return null;
  const { candidates } = verification;
  if (!choosable && candidates.length === 1 && candidates[0]!.trust.level === 'yours') return null;
  const selected = choice?.kind === 'existing' ? choice.appObjectId.toLowerCase() : undefined;
  return (
    <section className="graph-candidates">
      <h4>{choosable ? (allowNew ? STRINGS.chooseHeading : STRINGS.tonicdmApp) : STRINGS.couldBe}</h4>
      <ul className="graph-plan graph-candidates-list" data-testid="graph-candidates">
        {candidates.map((candidate) => (
          <li
            key={candidate.id}
            data-testid="graph-candidate"
            data-app-id={candidate.id}
            data-client-id={candidate.appId}
            data-trust={candidate.trust.level}
            data-selected={selected === candidate.id.toLowerCase()}
          >
            {choosable ? (
              <label>
                <input
                  type="radio"
                  name="graph-app-choice"
                  data-testid="graph-candidate-choose"
                  checked={selected === candidate.id.toLowerCase()}
                  disabled={running}
                  onChange={() => void chooseApp({ kind: 'existing', appObjectId: candidate.id })}
                />{' '}
                <CandidateTitle candidate={candidate} />
              </label>
            ) : (
              <CandidateTitle candidate={candidate} />
            )}
            <CandidateDetails candidate={candidate} riskShownBelow={choosable && selected === candidate.id.toLowerCase()} />
          </li>
        ))}
        {choosable && allowNew ? (
          <li data-selected={choice?.kind === 'new'}>
            <label>
              <input
                type="radio"
                name="graph-app-choice"
                data-testid="graph-candidate-new"
                checked={choice?.kind === 'new'}
                disabled={running}
                onChange={() => void chooseApp({ kind: 'new' })}
              />{' '}
              {STRINGS.createNew(APP_NAME)}
            </label>
          </li>
        ) : null}
      </ul>
      <AppRisk choosable={choosable} />
    </section>
  );
}

function CandidateTitle({ candidate }: { candidate: AppCandidate }) {
  return (
    <>
      {STRINGS.appName(candidate.displayName)} <span className="tag">{STRINGS.level[candidate.trust.level]}</span>
    </>
  );
}

function CandidateDetails({ candidate, riskShownBelow }: { candidate: AppCandidate; riskShownBelow: boolean }) {
  const { trust } = candidate;
  const spOnly = (trust.enterpriseAppOwners ?? []).filter((o) => !o.isYou && !trust.owners.some((a) => a.id === o.id));
  const owners = trust.owners.length === 0 ? STRINGS.none : joinList(trust.owners.map(ownerLabel));
  return (
    <>
      <p className="note">{candidate.createdDateTime ? STRINGS.clientIdCreated(candidate.appId, candidate.createdDateTime) : STRINGS.clientId(candidate.appId)}</p>
      <p className="note" data-testid="graph-candidate-owners">
        {spOnly.length > 0 ? STRINGS.ownersAndEnterprise(owners, joinList(spOnly.map(ownerLabel))) : STRINGS.owners(owners)}
      </p>
      <p className="note" data-testid="graph-candidate-credentials">
        {STRINGS.credentials(credentialsFacts(trust))}
      </p>
      {trust.level === 'risk' && !riskShownBelow ? <p className="small">{STRINGS.summary(trust.summary)}</p> : null}
      {trust.level === 'unowned' ? <p className="note">{STRINGS.summary(trust.summary)}</p> : null}
    </>
  );
}

/** The chosen (or checked) app's risk, and in a plan the separate confirmation it needs. */
function AppRisk({ choosable }: { choosable: boolean }) {
  const app = useGraphStore((s) => s.verification?.app);
  const choice = useGraphStore((s) => s.choices.app);
  const running = useGraphStore((s) => s.status === 'running');
  if (!app || app.trust.level !== 'risk') return null;
  const chosen = choice?.kind === 'existing' && choice.appObjectId.toLowerCase() === app.id.toLowerCase();
  if (choosable && !chosen) return null;
  return (
    <MessageBar severity="error" testId="graph-app-risk" role="alert" message={STRINGS.risk(app.displayName, joinClauses(app.trust.risks))}>
      <p className="fix">{STRINGS.riskFix}</p>
      {choosable && chosen ? (
        <label className="check-field">
          <input
            type="checkbox"
            data-testid="graph-risk-confirm"
            checked={choice.confirmedRisk === app.trust.fingerprint}
            disabled={running}
            onChange={(e) => confirmRisk(e.target.checked)}
          />
          <span>{STRINGS.riskConfirm}</span>
        </label>
      ) : null}
    </MessageBar>
  );
}

function ownerLabel(owner: OwnerView): string {
  if (owner.isYou) return STRINGS.you;
  if (owner.kind === 'servicePrincipal') return STRINGS.servicePrincipal(owner.name);
  if (!owner.adminRoles) return owner.name;
  return owner.adminRoles.length === 0 ? STRINGS.noAdminRole(owner.name) : STRINGS.withRoles(owner.name, joinList(owner.adminRoles));
}

function credentialsLabel(credentials: readonly CredentialView[]): string {
  if (credentials.length === 0) return STRINGS.none;
  const count = (kind: CredentialView['kind'], words: (n: number) => string) => {
    const n = credentials.filter((c) => c.kind === kind).length;
    return n === 0 ? [] : [words(n)];
  };
  return joinList([...count('secret', STRINGS.secrets), ...count('certificate', STRINGS.certificates), ...count('federated', STRINGS.federated)]);
}

/** "1 secret (1 not created with this assistant); 1 expired" */
function credentialsFacts(trust: AppTrust): string {
  let text = credentialsLabel(trust.credentials);
  if (trust.unknownCredentials.length > 0) text = STRINGS.notCreatedHere(text, trust.unknownCredentials.length);
  if (trust.expiredCredentials > 0) text = STRINGS.expired(text, trust.expiredCredentials);
  return text;
}
