/**
 * Mounts the label into a host element's open shadow root. The root holds one <style> and one
 * mount point; anything else found there (a copy left by an older content script) is cleared first.
 */
import { render } from 'preact';
import { Label, type LabelActions, type LabelData } from './Label.tsx';
import { LABEL_CSS } from './labelStyles.ts';

const MOUNT_CLASS = 'basirat-root';

/** Our mount point among the shadow root's children (`:scope` does not work on a shadow root). */
function findMount(shadow: ShadowRoot): HTMLElement | null {
  for (const child of shadow.children) {
    if (child.nodeName === 'DIV' && child.classList.contains(MOUNT_CLASS)) return child as HTMLElement;
  }
  return null;
}

function mountPoint(host: HTMLElement): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const existing = findMount(shadow);
  const style = Array.from(shadow.children).some((child) => child.nodeName === 'STYLE');
  if (existing && style) return existing;
  shadow.replaceChildren();
  const styleElement = host.ownerDocument.createElement('style');
  styleElement.textContent = LABEL_CSS;
  const mount = host.ownerDocument.createElement('div');
  mount.className = MOUNT_CLASS;
  shadow.append(styleElement, mount);
  return mount;
}

export function renderLabel(host: HTMLElement, data: LabelData, actions: LabelActions): void {
  render(<Label data={data} actions={actions} />, mountPoint(host));
}

/** Lets Preact release the tree (and its listeners) before the host is dropped. */
export function unmountLabel(host: HTMLElement): void {
  const mount = host.shadowRoot ? findMount(host.shadowRoot) : null;
  if (mount) render(null, mount);
}
