/**
 * Named points in a cold start (service-worker script run, model fetched and verified, inference
 * session ready), recorded as User Timing marks so `npm run bench` can read where the time goes
 * from the worker's own timeline. Each is set once per worker life, so the buffer stays bounded.
 */
export type StartupStage =
  | 'background-started'
  | 'metadata-loaded'
  | 'model-fetched'
  | 'model-verified'
  | 'session-created'
  | 'first-batch-done';

export const STARTUP_MARK_PREFIX = 'basirat:';

export function markStartup(stage: StartupStage): void {
  // Not every host has User Timing (older test environments); the marks are only for measuring.
  globalThis.performance?.mark?.(`${STARTUP_MARK_PREFIX}${stage}`);
}
