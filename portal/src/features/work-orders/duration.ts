export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole minutes, rounded down: "1 h 20 min left" must not promise a minute that is not there. */
export function durationParts(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / 60_000));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
