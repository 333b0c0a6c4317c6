/**
 * The Graph section's state. Never persisted: tokens stay in MSAL's cache, and the only thing that
 * outlives the panel is the run checkpoint in session storage (graphRunItem).
 */
import { create } from 'zustand';
import type { GraphAccount } from '@/utils/auth/createGraphAuth';
import type { AppChoice } from '@/utils/graph/appChoice';
import type { OffboardTarget } from '@/utils/graph/offboardApp';
import type { RotationPlan } from '@/utils/graph/planRotation';
import type { RotationRecord } from '@/utils/graph/rotationRecord';
import type { SignInEvidence } from '@/utils/graph/signInEvidence';
import type { ActionOutcome } from '@/utils/graph/executePlan';
import type { Assignee, SetupPlan } from '@/utils/graph/planSetup';
import { DEFAULT_SECRET_LIFETIME_MONTHS } from '@/utils/graph/planSetup';
import type { Verification } from '@/utils/graph/verifySetup';
import type { GraphRunRecord } from '@/utils/storage';
import type { StepId } from '@/utils/steps';
import type { StepAnnotation } from '../Checklist';

export type GraphStatusState = 'idle' | 'running' | 'done' | 'error';

/** What the section is preparing or running: set up (Automate), rotate the secret, or remove the app. */
export type GraphMode = 'automate' | 'rotate' | 'offboard';

export interface OffboardState {
  target?: OffboardTarget;
  /** Why no app may be deleted yet (none chosen, risk not confirmed). */
  blocked?: string;
  /** What the admin typed as the app's name. */
  typed: string;
  deleted?: boolean;
}

export type EvidenceState = { loading: true } | ({ loading?: false } & SignInEvidence);

export interface PlanChoices {
  /** Which app to set up: a new one, or one the admin picked after seeing its owners and credentials. */
  app?: AppChoice;
  newSecret: boolean;
  secretLifetimeMonths: number;
  assignees: Assignee[];
}

export interface ProgressItem {
  key: string;
  title: string;
  outcome: ActionOutcome | 'running' | 'skipped';
  /** One line: what failed and what to do. */
  detail?: string;
}

export interface GraphState {
  account?: GraphAccount;
  status: GraphStatusState;
  /** What is happening, or how the last action ended. */
  message: string;
  /** The engine's one-line explanation of an error. */
  explanation?: string;
  verification?: Verification;
  annotations?: Partial<Record<StepId, StepAnnotation>>;
  mode?: GraphMode;
  /** Set once the admin chose to automate. */
  plan?: SetupPlan;
  /** Set once the admin chose to rotate the secret. */
  rotation?: RotationPlan;
  /** This session's rotation (session storage), as last read or written. */
  rotationRecord?: RotationRecord;
  /** When each secret last signed in, once the admin asked. */
  evidence?: EvidenceState;
  /** Set once the admin chose to remove the app. */
  offboard?: OffboardState;
  choices: PlanChoices;
  progress: ProgressItem[];
  /** A run the panel did not finish (closed, or failed). */
  resumable?: GraphRunRecord;
  /** The tenant's app-management policy refused the secret lifetime. */
  lifetimeRefused: boolean;
  /** Retries the engine reported during the current run. */
  retries: number;
  warnings: string[];
}

export const INITIAL_CHOICES: PlanChoices = { newSecret: true, secretLifetimeMonths: DEFAULT_SECRET_LIFETIME_MONTHS, assignees: [] };

export const useGraphStore = create<GraphState>(() => ({
  status: 'idle',
  message: '',
  choices: INITIAL_CHOICES,
  progress: [],
  lifetimeRefused: false,
  retries: 0,
  warnings: [],
}));
