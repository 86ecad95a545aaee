/** Renders Preact components into happy-dom for the UI tests, flushing state updates with act(). */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(vnode, root);
  });
  return root;
}

export function unmountAll(): void {
  for (const child of Array.from(document.body.children)) {
    render(null, child);
    child.remove();
  }
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    (element as HTMLElement).click();
  });
}

/** Changes a form control the way a user does, firing input and change. */
export function change(element: Element | null, value?: string | boolean): void {
  if (!element) throw new Error('no control');
  const input = element as HTMLInputElement;
  act(() => {
    if (typeof value === 'boolean') input.checked = value;
    else if (value !== undefined) input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function submit(form: Element | null): void {
  if (!form) throw new Error('no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
