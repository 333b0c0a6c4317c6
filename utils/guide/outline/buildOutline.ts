/**
 * A structural outline of one frame for support: roles, accessible names, labels, states and
 * the stable attributes a locator could use (data-telemetryname, data-automationid, icon
 * names, placeholders), one line per element, indented by nesting. Class names are left out
 * (the portal's are generated per render), and so is everything not shown. Long lists keep
 * their first rows. The frame is named by host and path only, and every line is redacted
 * (redactOutline.ts) before it leaves the page.
 */
import { normalizeText, ownText } from '../../dom/visibleText';
import { redactOutlineText, tenantNamePatterns } from './redactOutline';
import { tenantNamesIn } from './tenantNames';

export interface FrameOutline {
  host: string;
  path: string;
  /** Zero-sized frames are the portal's hidden and pre-warmed ones. */
  hidden: boolean;
  lines: string[];
  /** Tenant names this frame shows (already replaced in `lines`), for the other frames' lines. */
  tenantNames: string[];
}

const MAX_LINES = 2500;
const MAX_ROWS = 12;
const MAX_TEXT = 100;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'META', 'LINK', 'HEAD']);
const IMPLICIT_ROLES: Record<string, string> = {
  A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox', H1: 'heading', H2: 'heading', H3: 'heading',
  H4: 'heading', H5: 'heading', H6: 'heading', TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader', NAV: 'navigation',
  MAIN: 'main', HEADER: 'banner', DIALOG: 'dialog', UL: 'list', OL: 'list', LI: 'listitem', IMG: 'img', FIELDSET: 'group',
  OPTION: 'option', LABEL: 'label', LEGEND: 'legend', SECTION: 'region', FORM: 'form', IFRAME: 'iframe',
};
const INPUT_ROLES: Record<string, string> = { checkbox: 'checkbox', radio: 'radio', search: 'searchbox', button: 'button', submit: 'button', range: 'slider' };
const STATES = ['aria-checked', 'aria-selected', 'aria-expanded', 'aria-pressed', 'aria-disabled', 'aria-invalid', 'aria-required', 'aria-busy', 'aria-modal', 'aria-haspopup', 'aria-current'];
const ATTRIBUTES = ['data-telemetryname', 'data-automationid', 'data-automation-key', 'data-icon-name', 'data-item-index', 'placeholder', 'type', 'name'];
const ROWS = new Set(['row', 'listitem', 'option', 'treeitem']);

function clip(text: string): string {
  const clean = normalizeText(text);
  return clean.length <= MAX_TEXT ? clean : `${clean.slice(0, MAX_TEXT - 1)}…`;
}

function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  if (el.tagName === 'INPUT') return INPUT_ROLES[(el as HTMLInputElement).type] ?? 'textbox';
  if (el.tagName === 'A' && !el.hasAttribute('href')) return undefined;
  return IMPLICIT_ROLES[el.tagName];
}

function textOf(root: Document | ShadowRoot, id: string): string {
  return root.getElementById?.(id)?.textContent ?? '';
}

function nameOf(el: Element, role: string | undefined): string | undefined {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  const named =
    el.getAttribute('aria-label') ??
    (labelledBy ? labelledBy.split(/\s+/).map((id) => textOf(root, id)).join(' ') : null) ??
    (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA'
      ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '').join(' ') || null
      : null) ??
    el.getAttribute('title');
  if (named) return clip(named);
  // Controls and headings are named by their text; containers are not.
  if (role && ['button', 'link', 'tab', 'menuitem', 'option', 'heading', 'treeitem', 'label', 'columnheader', 'radio', 'checkbox', 'switch'].includes(role)) {
    const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
    return text.trim() ? clip(text) : undefined;
  }
  return undefined;
}

function isShownElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const check = (el as HTMLElement).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/** The element's line; a bare text that repeats its parent's name adds nothing and is left out. */
function describe(el: Element, parentName: string | undefined): { line?: string; name?: string } {
  const role = roleOf(el);
  const name = nameOf(el, role);
  const parts: string[] = [role ?? el.tagName.toLowerCase()];
  const own = ownText(el);
  if (name || (role && own)) parts.push(JSON.stringify(name ?? clip(own)));
  const states: string[] = [];
  for (const attr of STATES) {
    const value = el.getAttribute(attr);
    if (value !== null) states.push(`${attr.slice(5)}=${value}`);
  }
  const input = el as HTMLInputElement;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') {
    if (input.disabled) states.push('disabled');
    if (input.readOnly) states.push('readonly');
    if (input.required) states.push('required');
    if (input.type === 'checkbox' || input.type === 'radio') states.push(input.checked ? 'checked' : 'unchecked');
    else if (input.type !== 'password' && input.value) states.push(`value=${JSON.stringify(clip(input.value))}`);
  } else if ((el as HTMLButtonElement).disabled === true) states.push('disabled');
  if (states.length) parts.push(`[${states.join(' ')}]`);
  const attributes = ATTRIBUTES.filter((a) => el.hasAttribute(a) && !(a === 'type' && el.tagName !== 'INPUT')).map((a) => `${a}=${JSON.stringify(clip(el.getAttribute(a) ?? ''))}`);
  if (attributes.length) parts.push(`{${attributes.join(' ')}}`);
  if (role || name || states.length > 0 || attributes.length > 0) return { line: parts.join(' '), name: name ?? (own ? clip(own) : undefined) };
  if (!own || clip(own) === parentName) return {};
  return { line: `text ${JSON.stringify(clip(own))}` };
}

export function buildFrameOutline(doc: Document): FrameOutline {
  const view = doc.defaultView;
  const hidden = !!view && (view.innerWidth === 0 || view.innerHeight === 0);
  const lines: string[] = [];
  const names = new Set<string>();
  let truncated = false;

  const noteNames = (el: Element) => {
    for (const text of [el.getAttribute('aria-label'), el.getAttribute('title'), ownText(el)]) {
      if (text) for (const name of tenantNamesIn(normalizeText(text))) names.add(name);
    }
  };

  function visit(parent: Element | ShadowRoot, depth: number, parentName?: string) {
    let rows = 0;
    let skippedRows = 0;
    for (const el of Array.from(parent.children)) {
      if (lines.length >= MAX_LINES) {
        truncated = true;
        return;
      }
      // The guide's own overlay (a randomly named tdm-… host) is not the portal's.
      if (SKIP.has(el.tagName) || el.tagName.startsWith('TDM-') || !isShownElement(el)) continue;
      const role = roleOf(el);
      if (role && ROWS.has(role) && ++rows > MAX_ROWS) {
        skippedRows++;
        continue;
      }
      noteNames(el);
      const { line, name } = describe(el, parentName);
      if (line) lines.push(`${'  '.repeat(depth)}${line}`);
      const next = line ? depth + 1 : depth;
      const inherited = line ? name : parentName;
      if (el.tagName !== 'svg' && el.tagName !== 'SVG') visit(el, next, inherited);
      if (el.shadowRoot) visit(el.shadowRoot, next, inherited);
    }
    if (skippedRows > 0) lines.push(`${'  '.repeat(depth)}… ${skippedRows} more rows`);
  }

  if (!hidden && doc.body) visit(doc.body, 0);
  if (truncated) lines.push(`… cut at ${MAX_LINES} lines`);
  // Also names the tab's title may carry ("Contoso - Microsoft Entra admin center").
  noteNames(doc.documentElement);
  const pattern = tenantNamePatterns(names);
  return {
    host: doc.location.host,
    path: redactOutlineText(doc.location.pathname, pattern),
    hidden,
    lines: lines.map((line) => redactOutlineText(line, pattern)),
    tenantNames: [...names],
  };
}
