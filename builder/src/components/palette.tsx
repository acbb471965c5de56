import { paletteItems, type PaletteItem } from '../lib/palette';
import { useBuilderApi } from '../store/context';

const items = paletteItems();
const groups = ['Signals', 'Fields', 'Logic', 'Other'] as const;
export const dragType = 'application/x-handoff-block';

/** Blocks to drag onto the canvas, or to add with Enter. */
export const Palette = ({ disabled }: { disabled: boolean }) => {
  const store = useBuilderApi();
  const add = (item: PaletteItem) => store.getState().addBlock(structuredClone(item.block));
  return (
    <nav className="palette" aria-label="Blocks">
      <h2>Blocks</h2>
      <p className="hint">Drag a block onto the canvas, or press Enter on it.</p>
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3>{g}</h3>
          <ul>
            {items
              .filter((i) => i.group === g)
              .map((item) => (
                <li key={item.label}>
                  <button
                    type="button"
                    className={`palette-item palette-${item.block.kind}`}
                    draggable={!disabled}
                    disabled={disabled}
                    title={item.hint}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(dragType, JSON.stringify(item.block));
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                    onClick={() => add(item)}
                  >
                    {item.label}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
};
