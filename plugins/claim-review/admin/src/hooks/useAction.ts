import * as React from 'react';
import { type Problem, problemOf } from '../api/problem';

/**
 * One button's request: busy while it runs (so the button can say so and not send twice)
 * and the problem it ended with, shown beside the form until the next try.
 */
export function useAction() {
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const run = React.useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, setProblem, run };
}
