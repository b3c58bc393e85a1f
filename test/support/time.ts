/**
 * A fake clock and a sleep that advances it instead of waiting: the retry loops' waits are
 * recorded and cost no real time (the HTTP calls themselves are real).
 */
export function fakeTime(start = Date.UTC(2026, 9, 21, 7, 0, 0)) {
  let t = start;
  const waits: number[] = [];
  return {
    /** Every wait asked for, in ms, in order. */
    waits,
    now: () => t,
    sleep: async (ms: number, signal?: AbortSignal): Promise<void> => {
      signal?.throwIfAborted();
      waits.push(ms);
      t += ms;
    },
  };
}
