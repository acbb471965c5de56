import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Client, Me } from '../api/client';
import type { BuilderStore, createBuilderStore } from './builder-store';

export const StoreContext = createContext<ReturnType<typeof createBuilderStore> | null>(null);

/** A narrow slice of the builder store; throws outside its provider. */
export const useBuilder = <T>(selector: (s: BuilderStore) => T): T => {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useBuilder needs a StoreContext provider');
  return useStore(store, selector);
};

/** The store itself, for actions in event handlers. */
export const useBuilderApi = () => {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useBuilderApi needs a StoreContext provider');
  return store;
};

/** Who is signed in and the client that calls the service with their key. */
export interface Session {
  me: Me;
  client: Client;
  can: (scope: 'edit' | 'publish' | 'evaluate' | 'admin') => boolean;
}
export const SessionContext = createContext<Session | null>(null);
export const useSession = (): Session => {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession needs a SessionContext provider');
  return s;
};
