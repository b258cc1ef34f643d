import * as React from 'react';

/** The value once it has stopped changing for `ms`: a lookup per pause in typing, not per key. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [out, setOut] = React.useState(value);
  React.useEffect(() => {
    const id = setTimeout(() => setOut(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return out;
}
