/**
 * Wraps a group of settings controls: a disabled <fieldset> greys out and disables every control in
 * it natively (keyboard included) when the policy decides the value or the lock is closed, and the
 * "Set by your school" badge says why. The background refuses such changes anyway; this only keeps
 * the page honest about it.
 */
import type { ComponentChildren } from 'preact';
import type { UiLang } from '../../utils/i18n/index.ts';
import { PolicyBadge } from './PolicyBadge.tsx';

export interface ManagedGroupProps {
  lang: UiLang;
  /** The policy sets this value. */
  managed: boolean;
  /** Settings are locked (PIN or policy). */
  locked: boolean;
  children: ComponentChildren;
}

export function ManagedGroup({ lang, managed, locked, children }: ManagedGroupProps) {
  return (
    <fieldset
      class="basirat-managed-group"
      disabled={managed || locked}
      data-policy-managed={managed ? '' : undefined}
      data-locked={locked ? '' : undefined}
    >
      {managed && <PolicyBadge lang={lang} />}
      {children}
    </fieldset>
  );
}
