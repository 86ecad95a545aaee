/**
 * The top of the options page under issue #5: says when settings are managed by the school or
 * locked, asks for the PIN before any change, offers "Lock now" while unlocked, and reports policy
 * values the browser could not use.
 */
import type { PolicyView } from '../../utils/policy/types.ts';
import type { GuardianStatus, UnlockResult } from '../../utils/guardian/types.ts';
import { formatDateTime, formatNumber } from '../../utils/i18n/format.ts';
import { t, type UiLang } from '../../utils/i18n/index.ts';
import { UnlockPrompt } from './UnlockPrompt.tsx';

export interface LockBannerProps {
  lang: UiLang;
  status: GuardianStatus | null;
  policy: PolicyView | null;
  onUnlock(pin: string): Promise<UnlockResult>;
  onLock(): Promise<void>;
}

export function LockBanner({ lang, status, policy, onUnlock, onLock }: LockBannerProps) {
  const rejected = policy?.rejected.length ?? 0;
  return (
    <div class="basirat-lock-banner" data-guardian="banner">
      {rejected > 0 && (
        <p class="caution" data-policy="rejected">
          {t(lang, 'policy.rejected', { count: formatNumber(lang, rejected) })}
        </p>
      )}
      {status?.lockedByPolicy && (
        <p class="notice" data-guardian="policy-lock">
          {t(lang, 'guardian.statusPolicy')}
        </p>
      )}
      {status && !status.lockedByPolicy && status.pinSet && !status.open && (
        <div class="notice">
          <UnlockPrompt lang={lang} status={status} onUnlock={onUnlock} idPrefix="basirat-banner-unlock" />
        </div>
      )}
      {status && !status.lockedByPolicy && status.pinSet && status.open && status.unlockedUntil !== null && (
        <p class="notice" data-guardian="unlocked">
          {t(lang, 'guardian.statusUnlocked', { time: formatDateTime(lang, status.unlockedUntil) })}{' '}
          <button type="button" onClick={() => void onLock()}>
            {t(lang, 'guardian.lockNow')}
          </button>
        </p>
      )}
    </div>
  );
}
