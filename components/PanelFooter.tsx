import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { PageOutlineButton } from './PageOutlineButton';
import { StartOver } from './StartOver';

/** Every word this component shows. */
const STRINGS = {
  options: i18n.t('panelFooter.options'),
} as const;

export function PanelFooter() {
  return (
    <footer className="panel-footer">
      <button type="button" className="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {STRINGS.options}
      </button>
      <StartOver />
      <PageOutlineButton />
    </footer>
  );
}
