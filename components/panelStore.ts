/**
 * The side panel's view of storage. The panel is a trusted extension page, so it reads the
 * session-held secret directly; the store is never persisted, so the secret lives only as long
 * as the panel is open.
 */
import { create } from 'zustand';
import { guideHiddenItem, optionsItem, secretItem, setupItem, DEFAULT_OPTIONS, type CapturedSecret, type Options } from '@/utils/storage';
import { EMPTY_SETUP, type SetupState } from '@/utils/setup/setupState';

interface PanelState {
  setup: SetupState;
  secret: CapturedSecret | null;
  options: Options;
  /** The page guide was dismissed (Esc or its ×). */
  guideHidden: boolean;
  loaded: boolean;
}

export const usePanelStore = create<PanelState>(() => ({
  setup: EMPTY_SETUP,
  secret: null,
  options: DEFAULT_OPTIONS,
  guideHidden: false,
  loaded: false,
}));

/** Loads storage into the store and follows every change; returns the unsubscribe. */
export function connectPanelStore(): () => void {
  const set = usePanelStore.setState;
  void Promise.all([setupItem.getValue(), secretItem.getValue(), optionsItem.getValue()]).then(([setup, secret, options]) =>
    set({ setup: setup ?? EMPTY_SETUP, secret, options: { ...DEFAULT_OPTIONS, ...options }, loaded: true }),
  );
  const unwatch = [
    setupItem.watch((setup) => set({ setup: setup ?? EMPTY_SETUP })),
    secretItem.watch((secret) => set({ secret })),
    optionsItem.watch((options) => set({ options: { ...DEFAULT_OPTIONS, ...options } })),
    guideHiddenItem.watch((guideHidden) => set({ guideHidden: guideHidden === true })),
  ];
  void guideHiddenItem.getValue().then((guideHidden) => set({ guideHidden: guideHidden === true }));
  return () => {
    unwatch.forEach((u) => u());
    set({ secret: null });
  };
}
