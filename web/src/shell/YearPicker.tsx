import { useState } from 'preact/hooks';
import { useText } from './i18n';

const TEXT = {
  year: { vi: 'Năm', en: 'Year' },
  show: { vi: 'Xem', en: 'Show' },
};

/** A year to look at, applied with a button (typing does not reload the page at each digit). */
export function YearPicker(props: { year: number; onYear: (year: number) => void }) {
  const t = useText(TEXT);
  const [value, setValue] = useState(String(props.year));
  return (
    <form
      class="actions"
      onSubmit={(e) => {
        e.preventDefault();
        const year = Number(value);
        if (Number.isInteger(year)) props.onYear(year);
      }}
    >
      <label for="year-picker">{t.year}</label>
      <input
        id="year-picker"
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit">{t.show}</button>
    </form>
  );
}
