import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Me } from '@shared/contracts/answers';
import { api } from '../../api';
import { ApiError, announceSessionRestored, configureAuth, isApiError } from '../../api/client';

const TOKEN_KEY = 'sanbao.jwt';

export type SessionStatus = 'checking' | 'signed-out' | 'signed-in';

interface SessionValue {
  status: SessionStatus;
  me: Me | null;
  /** The token was refused mid-work: a sign-in dialog covers the screen, which stays mounted. */
  expired: boolean;
  signIn: (identifier: string, password: string) => Promise<void>;
  /** Ends the session on the server too (POST /logout), after dropping it here. */
  signOut: () => Promise<void>;
  /** The token a password change answers with replaces the refused old one. */
  replaceToken: (jwt: string) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY, token);
    else window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // private mode: the session lasts as long as the tab
  }
}

/** A users-permissions account that is not linked to an active dealer cannot use the portal. */
export class NotADealerError extends Error {
  constructor(readonly reason: 'not-dealer' | 'suspended') {
    super(reason);
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const tokenRef = useRef<string | null>(readToken());
  const [status, setStatus] = useState<SessionStatus>(tokenRef.current ? 'checking' : 'signed-out');
  const [me, setMe] = useState<Me | null>(null);
  const [expired, setExpired] = useState(false);
  const statusRef = useRef(status);
  statusRef.current = status;

  const dropToken = useCallback(() => {
    tokenRef.current = null;
    writeToken(null);
  }, []);

  useEffect(() => {
    configureAuth({
      token: () => tokenRef.current,
      onUnauthenticated: () => {
        dropToken();
        if (statusRef.current === 'signed-in') setExpired(true);
        else setStatus('signed-out');
      },
    });
  }, [dropToken]);

  useEffect(() => {
    if (status !== 'checking') return;
    const ctrl = new AbortController();
    api.me(ctrl.signal).then(
      (answer) => {
        setMe(answer);
        setStatus('signed-in');
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        // Offline or a server hiccup must not throw the dealer out: keep the token and
        // let the screens show their own errors; only a refused token signs out.
        if (isApiError(e) && (e.status === 401 || e.status === 403)) {
          dropToken();
          setStatus('signed-out');
        } else {
          setStatus('signed-in');
        }
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signIn = useCallback(
    async (identifier: string, password: string) => {
      const { jwt } = await api.signIn(identifier, password);
      tokenRef.current = jwt;
      let answer: Me;
      try {
        answer = await api.me();
      } catch (e) {
        dropToken();
        if (e instanceof ApiError && e.status === 403) {
          throw new NotADealerError(e.details?.reason === 'DEALER_SUSPENDED' ? 'suspended' : 'not-dealer');
        }
        throw e;
      }
      writeToken(jwt);
      const previous = me?.dealer.code;
      setMe(answer);
      setStatus('signed-in');
      if (expired) {
        setExpired(false);
        // Another dealer's account must not inherit the screen (and its data) left open.
        if (previous && previous !== answer.dealer.code) window.location.assign('/portal/');
        else announceSessionRestored();
      }
    },
    [dropToken, expired, me],
  );

  const signOut = useCallback(async () => {
    const token = tokenRef.current;
    dropToken();
    setMe(null);
    setExpired(false);
    setStatus('signed-out');
    // Offline, the token stays valid on the server until it expires; the screen is signed out anyway.
    if (token) await api.logout(token).catch(() => undefined);
  }, [dropToken]);

  const replaceToken = useCallback((jwt: string) => {
    tokenRef.current = jwt;
    writeToken(jwt);
  }, []);

  const value = useMemo(() => ({ status, me, expired, signIn, signOut, replaceToken }), [status, me, expired, signIn, signOut, replaceToken]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
