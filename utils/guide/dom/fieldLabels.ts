/**
 * The label texts of a form field. Forms label fields every which way: `<label for>`, wrapping
 * labels, aria-labelledby, aria-label, placeholders, or just a label element in the same form
 * row. The last is the fallback: climb a few levels while the container holds no other field,
 * so a label is never borrowed from a neighbouring row.
 */
import { visibleText } from '../../dom/visibleText';
import { labelledByText } from './texts';

export const FIELD_SELECTOR =
  'input:not([type="hidden"]), textarea, select, [role="combobox"], [role="radiogroup"], [role="switch"], [role="textbox"], [role="spinbutton"]';

const LABEL_SELECTOR = 'label, legend, [role="heading"]';
const MAX_CLIMB = 4;

function forLabels(el: Element): Element[] {
  const labelable = (el as HTMLInputElement).labels;
  if (labelable && labelable.length) return Array.from(labelable);
  if (!el.id) return [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return Array.from(root.querySelectorAll(`label[for="${el.id.replace(/["\\]/g, '\\$&')}"]`));
}

export function nearbyLabelText(el: Element): string | undefined {
  let container = el.parentElement;
  for (let level = 0; container && level < MAX_CLIMB; level++, container = container.parentElement) {
    const others = Array.from(container.querySelectorAll(FIELD_SELECTOR)).filter(
      (f) => f !== el && !el.contains(f) && !f.contains(el),
    );
    if (others.length > 0) return undefined;
    const label = Array.from(container.querySelectorAll(LABEL_SELECTOR)).find((l) => !el.contains(l));
    if (label) return visibleText(label);
  }
  return undefined;
}

export function fieldLabels(el: Element): string[] {
  const texts = [
    el.getAttribute('aria-label'),
    labelledByText(el),
    ...forLabels(el).map((l) => visibleText(l)),
    el.getAttribute('placeholder'),
    el.getAttribute('title'),
    nearbyLabelText(el),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.length > 0);
}
