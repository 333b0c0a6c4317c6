/**
 * Puts a value into an input so that framework-controlled fields keep it. React tracks the
 * last value it set and ignores a plain `el.value = v`; calling the prototype's setter
 * bypasses that tracker, and the bubbling input/change events are what React, Angular's
 * default value accessor and Vue's v-model listen for.
 */
export function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = el.ownerDocument.defaultView;
  const proto = el instanceof (view?.HTMLTextAreaElement ?? HTMLTextAreaElement)
    ? (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
    : (view?.HTMLInputElement ?? HTMLInputElement).prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus?.();
  el.dispatchEvent(new (view?.FocusEvent ?? FocusEvent)('focus', { bubbles: false }));
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
  el.dispatchEvent(new (view?.FocusEvent ?? FocusEvent)('blur', { bubbles: false }));
}
