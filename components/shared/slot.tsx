import type { ComponentChildren } from 'preact';

/**
 * Fills one `{name}` slot of a translated template with an element, e.g. a host name or phone number
 * in a `<bdi dir="ltr">`, so it keeps its order inside an Urdu sentence.
 */
export function withSlot(template: string, name: string, slot: ComponentChildren) {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return (
    <>
      {before}
      {slot}
      {after}
    </>
  );
}
