import { useEffect, useState } from 'preact/hooks';

/**
 * Seconds left until `until`, measured on the background's clock (`backgroundNow` is its time when
 * the status was read), so a page whose own clock is off still counts down correctly.
 */
export function useCountdown(until: number | null, backgroundNow: number): number {
  const [offset] = useState(() => backgroundNow - Date.now());
  const left = (): number => (until === null ? 0 : Math.max(0, Math.ceil((until - (Date.now() + offset)) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (until === null) return undefined;
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}
