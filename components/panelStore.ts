/**
 * The side panel's view of storage. The panel is a trusted extension page, so it reads the
 * session-held secret (and secrets offered for the admin's answer) directly; the store is never
 * persisted, so they live only as long as the panel is open. What comes from local storage is
 * validated on every read, as in the background (utils/security/storedState.ts).
 */
import { create } from 'zustand';
import { guideHiddenItem, optionsItem, secretItem, secretOffersItem, setupItem, DEFAULT_OPTIONS, type CapturedSecret, type Options, type SecretOffer } from '@/utils/storage';
import { EMPTY_SETUP, type SetupState } from '@/utils/setup/setupState';
import { parseStoredOptions, parseStoredSetup } from '@/utils/security/storedState';

interface PanelState {
  setup: SetupState;
  secret: CapturedSecret | null;
  secretOffers: SecretOffer[];
  options: Options;
  /** The page guide was dismissed (Esc or its ×). */
  guideHidden: boolean;
  loaded: boolean;
}

export const usePanelStore = create<PanelState>(() => ({
  setup: EMPTY_SETUP,
  secret: null,
  secretOffers: [],
  options: DEFAULT_OPTIONS,
  guideHidden: false,
  loaded: false,
}));

/** Loads storage into the store and follows every change; returns the unsubscribe. */
export function connectPanelStore(): () => void {
  const set = usePanelStore.setState;
  void Promise.all([setupItem.getValue(), secretItem.getValue(), secretOffersItem.getValue(), optionsItem.getValue()]).then(
    ([setup, secret, secretOffers, options]) =>
      set({ setup: parseStoredSetup(setup), secret, secretOffers: secretOffers ?? [], options: parseStoredOptions(options), loaded: true }),
  );
  const unwatch = [
    setupItem.watch((setup) => set({ setup: parseStoredSetup(setup) })),
    secretItem.watch((secret) => set({ secret })),
    secretOffersItem.watch((secretOffers) => set({ secretOffers: secretOffers ?? [] })),
    optionsItem.watch((options) => set({ options: parseStoredOptions(options) })),
    guideHiddenItem.watch((guideHidden) => set({ guideHidden: guideHidden === true })),
  ];
  void guideHiddenItem.getValue().then((guideHidden) => set({ guideHidden: guideHidden === true }));
  return () => {
    unwatch.forEach((u) => u());
    set({ secret: null, secretOffers: [] });
  };
}
