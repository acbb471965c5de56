/** Panels of the right column, one visible at a time; arrow keys move between tabs. */
export const Tabs = ({
  tabs,
  open,
  setOpen,
}: {
  tabs: Record<string, React.ReactNode>;
  open: string;
  setOpen: (name: string) => void;
}) => {
  const names = Object.keys(tabs);
  return (
    <>
      <div role="tablist" aria-label="Panels" className="tabs">
        {names.map((n, i) => (
          <button
            key={n}
            role="tab"
            id={`tab-${n}`}
            aria-selected={open === n}
            aria-controls={`panel-${n}`}
            tabIndex={open === n ? 0 : -1}
            onClick={() => setOpen(n)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = names[(i + step + names.length) % names.length]!;
              setOpen(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {n}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${open}`} aria-labelledby={`tab-${open}`}>
        {tabs[open]}
      </div>
    </>
  );
};
