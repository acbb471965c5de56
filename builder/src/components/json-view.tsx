import { useBuilder } from '../store/context';

/** The selected rule as the service stores it, read only. */
export const JsonView = () => {
  const rule = useBuilder((s) => s.draft?.rules[s.selected]);
  return (
    <section className="json-view" aria-label="Rule as JSON">
      <h2>As JSON (read only)</h2>
      <pre tabIndex={0}>{JSON.stringify(rule, null, 2)}</pre>
    </section>
  );
};
