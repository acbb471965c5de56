import { useState, type FormEvent } from 'react';
import { createClient, type Client, type Me } from '../api/client';

/** Sign in with an API key; the key lives in this browser tab's session only. */
export const SignIn = ({
  onSignedIn,
}: {
  onSignedIn: (me: Me, client: Client, key: string) => void;
}) => {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const client = createClient(key.trim());
    try {
      onSignedIn(await client.me(), client, key.trim());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Handoff rule builder</h1>
        <p>
          Decide when your chatbot hands a conversation to a person: compose the rules, test them on
          real conversations, publish.
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          placeholder="hk_…"
          required
          autoFocus
        />
        <p className="hint">
          The key printed when the service first started, or one an admin made for you. It is kept
          for this browser tab only.
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !key.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
};
