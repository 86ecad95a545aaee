/**
 * Retention (issue #5): cached scores older than SCORE_TTL_MS (30 days) are deleted when the
 * background starts and then twice a day by an alarm, because a service worker may live for days
 * in a browser that is never restarted, or not long enough for a timer.
 */
export const RETENTION_ALARM = 'basirat-retention';
export const RETENTION_PERIOD_MINUTES = 12 * 60;

/** The part of browser.alarms used here. */
export interface AlarmsApi {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface RetentionDeps {
  /** Deletes what is too old; resolves to how many entries went. */
  expire(): Promise<number>;
  alarms?: AlarmsApi;
  log?(message: string): void;
}

export function scheduleRetention(deps: RetentionDeps): Promise<number> {
  const log = deps.log ?? console.warn;
  const run = (): Promise<number> =>
    deps.expire().catch((error: unknown) => {
      log(`basirat: retention failed: ${String(error)}`);
      return 0;
    });
  if (deps.alarms) {
    // Listeners are registered on every start, as MV3 requires; create() with the same name replaces the alarm.
    deps.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RETENTION_ALARM) void run();
    });
    void Promise.resolve(
      deps.alarms.create(RETENTION_ALARM, {
        delayInMinutes: RETENTION_PERIOD_MINUTES,
        periodInMinutes: RETENTION_PERIOD_MINUTES,
      }),
    ).catch((error: unknown) => log(`basirat: retention alarm not set: ${String(error)}`));
  }
  return run();
}
