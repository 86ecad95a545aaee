/** What the background tells extension pages about the guardian lock (issue #5). */
export interface GuardianStatus {
  pinSet: boolean;
  /** Settings may be changed now: no PIN, or an unlock session that has not expired (and no policy lock). */
  open: boolean;
  /** End of the current unlock session (epoch ms), or null. */
  unlockedUntil: number | null;
  /** Wrong attempts since the last right one. */
  failures: number;
  /** No attempt is checked before this time (epoch ms), or null. */
  retryAt: number | null;
  /** Policy makes settings read-only (`lockRequired`): no PIN opens them. */
  lockedByPolicy: boolean;
  /** The background's clock, so a page can count down without trusting its own. */
  now: number;
}

export type UnlockResult =
  | { ok: true; status: GuardianStatus }
  | { ok: false; reason: 'wrong' | 'wait' | 'no_pin' | 'policy'; status: GuardianStatus };
