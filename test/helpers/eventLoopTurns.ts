/**
 * Runs `work` while counting the turns the event loop gets meanwhile: a sliced check that yields
 * gives many, one that holds the thread gives none. Counted, not timed.
 */
export async function withTurnsCounted<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const result = await work();
    return { result, turns };
  } finally {
    running = false;
  }
}
