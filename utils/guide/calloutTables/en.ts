/** English, the source: the words live with the model they describe (subSteps.ts, wrongTurns.ts). */
import { CALLOUT_VARIANTS, SUB_STEPS, type SubStepId } from '../subSteps';
import { WRONG_TURNS } from '../wrongTurns';
import type { CalloutTable } from './types';

export const en: CalloutTable = {
  subSteps: Object.fromEntries(SUB_STEPS.map((s) => [s.id, s.callout])) as Record<SubStepId, string>,
  variants: CALLOUT_VARIANTS,
  wrongTurns: WRONG_TURNS,
  otherApp:
    'This is not the app you are setting up ("{app}"). The guide points at nothing here.\nOpen "{app}" from App registrations, or switch to this app in the side panel.',
  secret: { description: '"{text}"', value: 'Value {hint}…', unknown: 'the row marked here' },
  overlay: { label: 'TonicDM setup guide', brand: 'TonicDM setup', close: 'Close guide (Esc)', type: 'Type "{text}"' },
};
