import { useEffect, useState } from 'preact/hooks';
import { query, type Page, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { describedBy, Field } from '../../shell/problems';
import { useResource } from '../../shell/useResource';

/** `GET /api/people`: one person found by name (unit staff find their own unit's). */
interface PersonHit {
  id: string;
  fullName: string;
  unitId: string;
  position?: string;
}

const TEXT = {
  label: {
    vi: 'Người trong dữ liệu khen thưởng (gõ tên, có dấu hoặc không)',
    en: 'Person in the stored history (type a name, marks optional)',
  },
  chosen: { vi: 'Đã chọn mã cán bộ', en: "Chosen person's code" },
  none: { vi: 'Không tìm thấy ai có tên này trong đơn vị.', en: 'Nobody by that name.' },
  found: { vi: 'kết quả; dùng mũi tên lên/xuống và Enter', en: 'found; arrow keys and Enter' },
  more: { vi: 'Gõ thêm để thu hẹp', en: 'Type more to narrow' },
};

const PAGE_SIZE = 8;
const TYPING_PAUSE_MS = 300;

/**
 * An ARIA 1.2 combobox: the text box searches people by name as one types, the list pops up
 * below it; ↓/↑ move through it (the input keeps focus, `aria-activedescendant` names the
 * option), Enter or a click picks, Escape closes. Typing again forgets the pick.
 */
export function PersonCombobox(props: {
  id: string;
  personId: string | undefined;
  /** What the box shows at first: the nominee's name when a person is already chosen. */
  initialText: string;
  problem: Problem | undefined;
  onPick: (person: PersonHit | undefined) => void;
}) {
  const t = useText(TEXT);
  const { id } = props;
  const [text, setText] = useState(props.personId ? props.initialText : '');
  const [searched, setSearched] = useState(text);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setSearched(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useResource<Page<PersonHit>>(
    open ? `/api/people${query({ q: searched, pageSize: PAGE_SIZE })}` : null,
  );
  // The last answer stays until the next one arrives, so the list does not flicker.
  const hits = open ? (found.data?.items ?? []) : [];
  const settled = text.trim() === searched && !found.loading;
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const pick = (person: PersonHit) => {
    setText(person.fullName);
    setOpen(false);
    setActive(-1);
    props.onPick(person);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && open && hits.length > 0) {
      event.preventDefault(); // pick, do not submit the form
      // Only from the answer to what is typed now, never from the one before it.
      if (settled && hits[active]) pick(hits[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const status = open && settled && found.data ? statusText(found.data, t) : '';
  return (
    <Field id={id} label={t.label} problem={props.problem}>
      <div class="combobox">
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && hits[active] ? optionId(active) : undefined}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
            if (props.personId) props.onPick(undefined);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          {...describedBy(id, props.problem)}
        />
        <ul id={listId} role="listbox" class="combobox-list" hidden={!open || hits.length === 0}>
          {hits.map((person, i) => (
            <li
              key={person.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              // Before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
            >
              {person.fullName}
              <span class="muted">
                {person.position ? ` — ${person.position}` : ''} ({person.id})
              </span>
            </li>
          ))}
        </ul>
        <p class="visually-hidden" aria-live="polite">
          {status}
        </p>
      </div>
      {props.personId && (
        <small class="hint">
          {t.chosen}: {props.personId}
        </small>
      )}
    </Field>
  );
}

function statusText(page: Page<PersonHit>, t: Record<keyof typeof TEXT, string>): string {
  if (page.total === 0) return t.none;
  const more = page.total > page.items.length ? `. ${t.more}` : '';
  return `${page.total} ${t.found}${more}`;
}
