/**
 * What the panel puts first: how far the setup is ("3 of 8 done"), the step to do now, and the
 * one action drawn as primary. Pure, so the rules can be read (and tested) as a table.
 */
import { STEPS, stepStatuses, type Step, type StepId } from '@/utils/steps';
import type { AppRecord, SetupState } from '@/utils/setup/setupState';
import { secretBelongsTo } from '@/utils/setup/secretOwner';
import type { CapturedSecret } from '@/utils/storage';

export interface SetupProgress {
  /** Required steps done. */
  done: number;
  /** Required steps: optional ones are offered, never counted. */
  total: number;
  /** The step to do now; undefined once every step, the optional one included, is done. */
  current?: Step;
  /** The current step's place among the required steps (1-based); undefined for an optional one. */
  position?: number;
}

const REQUIRED = STEPS.filter((step) => !step.optional);

export function setupProgress(done: ReadonlySet<StepId>): SetupProgress {
  const statuses = stepStatuses(done);
  const current = STEPS.find((step) => statuses[step.id] === 'current');
  const index = current && !current.optional ? REQUIRED.indexOf(current) : -1;
  return {
    done: REQUIRED.filter((step) => done.has(step.id)).length,
    total: REQUIRED.length,
    current,
    position: index >= 0 ? index + 1 : undefined,
  };
}

/**
 * The held secret, if it is the app's being set up (a secret seen before any app counts too).
 * Never another setup's: the background fills by the same rule.
 */
export function secretForApp(secret: CapturedSecret | null | undefined, app: AppRecord | undefined, setup: SetupState): CapturedSecret | null {
  if (!secret) return null;
  if (!app) return secret;
  return secretBelongsTo(secret, app, setup) ? secret : null;
}

/** All four values TonicDM needs are held, by the same rule the background fills by. */
export function valuesComplete(app: AppRecord | undefined, secret: CapturedSecret | null | undefined, setup: SetupState): boolean {
  return !!app?.clientId && !!app.tenantId && !!app.expiry && !!secretForApp(secret, app, setup);
}

export type PrimaryAction = 'open-entra' | 'fill' | 'none';

/**
 * At most one primary button at a time. Fill is primary only once the four values are held and
 * TonicDM does not have them yet; before the app exists, opening the Entra admin center is.
 */
export function primaryAction(done: ReadonlySet<StepId>, complete: boolean): PrimaryAction {
  if (complete && !done.has('tonicdm-setup')) return 'fill';
  if (!done.has('register')) return 'open-entra';
  return 'none';
}
