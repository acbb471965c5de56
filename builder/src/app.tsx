import { useEffect, useMemo, useState } from 'react';
import { createClient, type Client, type Me } from './api/client';
import { SignIn } from './components/sign-in';
import { Workspace } from './components/workspace';
import { createBuilderStore } from './store/builder-store';
import { SessionContext, StoreContext, type Session } from './store/context';

const keySlot = 'handoff.key';

/** Sign-in, then the workspace; the key stays in this tab's sessionStorage only. */
export const App = () => {
  const [signed, setSigned] = useState<{ me: Me; client: Client } | null>(null);
  const [checking, setChecking] = useState(() => sessionStorage.getItem(keySlot) !== null);
  const store = useMemo(() => createBuilderStore(), []);

  useEffect(() => {
    const key = sessionStorage.getItem(keySlot);
    if (!key) return;
    const client = createClient(key);
    client
      .me()
      .then(
        (me) => setSigned({ me, client }),
        () => sessionStorage.removeItem(keySlot),
      )
      .finally(() => setChecking(false));
  }, []);

  const session: Session | null = useMemo(
    () =>
      signed && {
        ...signed,
        can: (scope) => signed.me.scopes.includes('admin') || signed.me.scopes.includes(scope),
      },
    [signed],
  );
  if (checking) return <p className="loading">Signing in…</p>;
  if (!session)
    return (
      <SignIn
        onSignedIn={(me, client, key) => {
          sessionStorage.setItem(keySlot, key);
          setSigned({ me, client });
        }}
      />
    );
  return (
    <SessionContext.Provider value={session}>
      <StoreContext.Provider value={store}>
        <Workspace
          onSignOut={() => {
            sessionStorage.removeItem(keySlot);
            store.setState({ draft: null, nodes: [], edges: [] });
            setSigned(null);
          }}
        />
      </StoreContext.Provider>
    </SessionContext.Provider>
  );
};
