import { forwardRef, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboOption {
  /** What goes into the field: a code. */
  value: string;
  /** What a person reads: the name in the page's language. */
  label: string;
  /** A second line: price, standard hours, the other language's name. */
  detail?: string;
  /** Further words the option is found by (the other language's name). */
  keywords?: (string | null | undefined)[];
  /** Shown, with its detail saying why, but not picked (a core part has no price). */
  warn?: boolean;
}

/** Options whose code, name or keywords contain the typed text, any case; exact codes first. */
export function matchOptions(options: ComboOption[], typed: string, limit = 50): ComboOption[] {
  const q = typed.trim().toLowerCase();
  if (!q) return options.slice(0, limit);
  const hit = (o: ComboOption) => [o.value, o.label, ...(o.keywords ?? [])].some((s) => !!s && s.toLowerCase().includes(q));
  const exact = options.filter((o) => o.value.toLowerCase() === q);
  return [...exact, ...options.filter((o) => !exact.includes(o) && hit(o))].slice(0, limit);
}

/**
 * A text field with a list of suggestions (the WAI-ARIA 1.2 combobox pattern, list
 * autocomplete): typing filters, ↓/↑ move, Enter picks, Esc closes; a tap picks on a
 * phone. The field keeps what is typed, so a code not in the list still goes to the
 * server, which says whether it knows it.
 */
export const Combobox = forwardRef(function Combobox(
  {
    value,
    onChange,
    onBlur,
    name,
    options,
    id,
    placeholder,
    inputMode,
    autoCapitalize,
    ...aria
  }: {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    name?: string;
    options: ComboOption[];
    id?: string;
    placeholder?: string;
    inputMode?: 'text' | 'search';
    autoCapitalize?: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
  },
  ref: Ref<HTMLInputElement>,
) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // What the list is filtered by: the typed text, not a code just picked.
  const [query, setQuery] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => matchOptions(options, query ?? ''), [options, query]);
  const chosen = options.find((o) => o.value.toLowerCase() === value.trim().toLowerCase());

  function pick(o: ComboOption) {
    onChange(o.value);
    setQuery(null);
    setOpen(false);
    setActive(-1);
  }

  function move(to: number) {
    setOpen(true);
    const next = Math.max(0, Math.min(shown.length - 1, to));
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(open ? active + 1 : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(open ? active - 1 : shown.length - 1);
    } else if (e.key === 'Enter' && open && active >= 0 && shown[active]) {
      // Enter picks; it does not submit the form while the list is open.
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && shown.length > 0;
  return (
    <div className="combo">
      <input
        ref={ref}
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={aria['aria-describedby']}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize ?? 'none'}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          onChange(e.target.value);
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          setQuery(null);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {chosen && (
        <span className="combo-chosen" aria-hidden="true">
          {chosen.label}
        </span>
      )}
      <ul ref={listRef} id={listId} role="listbox" aria-label={t('picker.suggestions')} className="combo-list" hidden={!expanded}>
        {shown.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`combo-option${i === active ? ' is-active' : ''}${o.warn ? ' is-warn' : ''}`}
            // Keeps the focus in the field, so the blur does not close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <span className="combo-label">
              <code>{o.value}</code> {o.label}
            </span>
            {o.detail && <span className="combo-detail">{o.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
});
