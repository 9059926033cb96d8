import { useRef, useState } from 'preact/hooks';

/**
 * Runs one piece of work at a time: while one is in flight another click
 * does nothing (two clicks in one tick both see the state unchanged, so a
 * ref guards too).
 */
export function useSingleFlight(): {
  run: <Result>(
    work: () => Promise<Result>,
    onDone: (result: Result) => void,
  ) => void;
  sending: boolean;
} {
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const run = <Result>(
    work: () => Promise<Result>,
    onDone: (result: Result) => void,
  ) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    void work().then((result) => {
      inFlight.current = false;
      setSending(false);
      onDone(result);
    });
  };
  return { run, sending };
}
