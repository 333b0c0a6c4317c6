import type { AppTrust, CredentialView, OwnerView } from '@/utils/graph/appOwnership';
import type { AppCandidate } from '@/utils/graph/verifySetup';
import { APP_NAME } from '@/utils/steps';
import { chooseApp, confirmRisk } from './automateActions';
import { useGraphStore } from './graphStore';
import { MessageBar } from '../MessageBar';

const LEVEL: Record<AppTrust['level'], string> = { yours: 'yours', unowned: 'no owners', risk: 'risk' };

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
      <h4>{choosable ? (allowNew ? 'Which app to set up' : "TonicDM's app") : `Apps that could be TonicDM's`}</h4>
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
              Create a new app "{APP_NAME}", with you as its only owner
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
      "{candidate.displayName}" <span className="tag">{LEVEL[candidate.trust.level]}</span>
    </>
  );
}

function CandidateDetails({ candidate, riskShownBelow }: { candidate: AppCandidate; riskShownBelow: boolean }) {
  const { trust } = candidate;
  const spOnly = (trust.enterpriseAppOwners ?? []).filter((o) => !o.isYou && !trust.owners.some((a) => a.id === o.id));
  return (
    <>
      <p className="note">
        Client ID {candidate.appId}
        {candidate.createdDateTime ? `, created ${candidate.createdDateTime.slice(0, 10)}` : ''}
      </p>
      <p className="note" data-testid="graph-candidate-owners">
        Owners: {trust.owners.length === 0 ? 'none' : trust.owners.map(ownerLabel).join(', ')}
        {spOnly.length > 0 ? `; its enterprise application also: ${spOnly.map(ownerLabel).join(', ')}` : ''}
      </p>
      <p className="note" data-testid="graph-candidate-credentials">
        Credentials: {credentialsLabel(trust.credentials)}
        {trust.unknownCredentials.length > 0 ? ` (${trust.unknownCredentials.length} not created with this assistant)` : ''}
        {trust.expiredCredentials > 0 ? `; ${trust.expiredCredentials} expired` : ''}
      </p>
      {trust.level === 'risk' && !riskShownBelow ? <p className="small">{trust.summary}.</p> : null}
      {trust.level === 'unowned' ? <p className="note">{trust.summary}.</p> : null}
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
    <MessageBar severity="error" testId="graph-app-risk" role="alert" message={`"${app.displayName}" is not clearly yours: ${lowerFirst(app.trust.summary)}.`}>
      <p className="fix">
        Whoever owns it or holds those credentials gets every permission granted to it, including mail in every mailbox. Unless you know them, create a new
        app instead, or remove the extra owners and credentials in the Entra admin center first.
      </p>
      {choosable && chosen ? (
        <label className="check-field">
          <input
            type="checkbox"
            data-testid="graph-risk-confirm"
            checked={choice.confirmedRisk === app.trust.fingerprint}
            disabled={running}
            onChange={(e) => confirmRisk(e.target.checked)}
          />
          <span>I know who owns this app and its credentials; use it anyway.</span>
        </label>
      ) : null}
    </MessageBar>
  );
}

function ownerLabel(owner: OwnerView): string {
  if (owner.isYou) return 'you';
  if (owner.kind === 'servicePrincipal') return `the app "${owner.name}"`;
  if (!owner.adminRoles) return owner.name;
  return owner.adminRoles.length === 0 ? `${owner.name} (no admin role)` : `${owner.name} (${owner.adminRoles.join(', ')})`;
}

function credentialsLabel(credentials: readonly CredentialView[]): string {
  if (credentials.length === 0) return 'none';
  const count = (kind: CredentialView['kind'], one: string, many: string) => {
    const n = credentials.filter((c) => c.kind === kind).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  return [...count('secret', 'secret', 'secrets'), ...count('certificate', 'certificate', 'certificates'), ...count('federated', 'federated credential', 'federated credentials')].join(', ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
