import { useState } from 'react';

/**
 * A record as last loaded, or as an action answered it while that answer is at least as
 * new (by version) as the load: an action shows at once, and the next load of a newer
 * version replaces it. The setter takes an action's answer, or null to drop it.
 */
export function useNewest<T extends { number: string; version: number }>(loaded: T | null | undefined, number: string) {
  const [fresh, setFresh] = useState<T | null>(null);
  const newest = loaded && fresh && fresh.number === number && fresh.version >= loaded.version ? fresh : (loaded ?? null);
  return [newest, setFresh] as const;
}
