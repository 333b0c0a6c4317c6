/**
 * The Enterprise apps list: the row of the app being set up, the search box that finds it, and
 * the default "Application type == Enterprise Applications" filter. Apps registered in the
 * portal do show under that filter, but a long list renders only some rows, so a missing row
 * means "search for it" first; only apps created by PowerShell or Graph are hidden by the filter.
 */
import { visibleText } from '../../dom/visibleText';
import { foldPhraseText } from '../phrases';
import { findControl, BUTTONISH } from '../dom/findControl';
import { matchesPhrase } from '../phrases';
import { fieldLabels } from '../dom/fieldLabels';
import { isShown } from '../dom/isShown';
import { queryAll } from '../dom/queryCache';
import { someControlText } from '../dom/texts';
import { insideDialog } from './dialogs';
import { dataRows } from './grid';

export interface AppIdentity {
  name: string;
  appId?: string;
}

/** The link that opens the app (or its row), found by display name or client ID. */
export function findAppLink(root: ParentNode, app: AppIdentity): HTMLElement | undefined {
  const name = foldPhraseText(app.name);
  const appId = app.appId?.toLowerCase();
  const mentionsApp = (row: HTMLElement) => {
    const text = row.textContent ?? '';
    return foldPhraseText(text).includes(name) || (!!appId && text.toLowerCase().includes(appId));
  };
  for (const row of dataRows(root, insideDialog, mentionsApp)) {
    const links = Array.from(row.querySelectorAll<HTMLElement>(BUTTONISH));
    const byName = links.find((l) => someControlText(l, (t) => foldPhraseText(t) === name));
    if (byName) return byName;
    if (appId && visibleText(row).toLowerCase().includes(appId)) return links[0] ?? row;
  }
  return undefined;
}

export function findTypeFilterChip(root: ParentNode): HTMLElement | undefined {
  return findControl(root, 'applicationTypeFilter', {
    selector: `${BUTTONISH}, [role="listitem"], [role="option"], [role="group"]`,
  });
}

/**
 * What the admin clicks to drop that filter: the pill itself when it is a button (it opens the
 * filter's editor), or the pill's × when the pill is only a labelled group around it.
 */
export function findTypeFilterControl(root: ParentNode): HTMLElement | undefined {
  const chip = findTypeFilterChip(root);
  if (!chip || chip.matches(BUTTONISH)) return chip;
  return findControl(chip, 'removeFilter') ?? chip;
}

const SEARCH_FIELD = 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), [role="searchbox"]';

/** The list's own search box ("Search by application name or object ID"), not the portal's. */
export function findAppSearchBox(root: ParentNode): HTMLInputElement | undefined {
  return queryAll<HTMLInputElement>(root, SEARCH_FIELD).find(
    (input) => !insideDialog(input) && isShown(input) && fieldLabels(input).some((t) => matchesPhrase(t, 'searchApps')),
  );
}

/** Whether the search box already holds the app's name or client ID. */
export function searchesForApp(search: HTMLInputElement, app: AppIdentity): boolean {
  const value = foldPhraseText(search.value ?? '');
  if (value.length === 0) return false;
  return value === foldPhraseText(app.name) || (!!app.appId && value === app.appId.toLowerCase());
}
