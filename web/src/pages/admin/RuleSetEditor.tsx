import { useState } from 'preact/hooks';
import type { Problem } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { describedBy, Field, problemAt } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import type { RuleSetSummary } from './ruleTypes';
import { FormFooter } from './adminForm';
import { useSubmit } from './useSubmit';

const TEXT = {
  ...ADMIN_TEXT,
  validity: { vi: 'Hiệu lực', en: 'In force' },
  onwards: { vi: 'nay', en: 'now' },
  revision: { vi: 'Lần sửa cấu hình', en: 'Configuration revision' },
  shipped: { vi: 'giá trị gốc', en: 'shipped values' },
  json: { vi: 'Giá trị dạng JSON', en: 'Value as JSON' },
  badJson: {
    vi: 'Không đọc được JSON: kiểm tra dấu ngoặc và dấu phẩy.',
    en: 'This is not valid JSON: check brackets and commas.',
  },
  save: { vi: 'Lưu giá trị cấu hình', en: 'Save the values' },
  nothing: { vi: 'Chưa có giá trị nào thay đổi.', en: 'No value has changed.' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  changed: { vi: 'Đã lưu; thay đổi', en: 'Saved; changes' },
};

/** A value as the form edits it: numbers and texts as typed, the rest as JSON. */
const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value, null, 2);

function parsed(original: unknown, text: string): unknown {
  if (typeof original === 'number') return text.trim() === '' ? text : Number(text);
  if (typeof original === 'boolean') return text === 'true';
  if (typeof original === 'string') return text;
  return JSON.parse(text);
}

/**
 * The configurable values of one rule set. Only what changed is sent; the server validates
 * the whole set and names the first bad value, shown next to it.
 */
export function RuleSetEditor(props: { ruleSet: RuleSetSummary; onSaved: () => void }) {
  const t = useText(TEXT);
  const lang = useLang();
  const { ruleSet } = props;
  const initial = () => ({
    values: Object.fromEntries(
      ruleSet.configurable.map(({ key }) => [key, asText(ruleSet.values[key])]),
    ),
    reason: '',
  });
  const [draft, setDraft, clear] = useStoredDraft(
    `admin.rules.${ruleSet.id}.${ruleSet.configRevision ?? 0}`,
    initial,
  );
  const [notice, setNotice] = useState<string | undefined>();
  const submit = useSubmit<{ changes: { key: string }[] }>((answer) => {
    clear();
    setNotice(`${t.changed}: ${answer.changes.map((c) => c.key).join(', ') || '—'}`);
    props.onSaved();
  });
  const setValue = (key: string, value: string) =>
    setDraft({ ...draft, values: { ...draft.values, [key]: value } });

  const save = () => {
    setNotice(undefined);
    const values: Record<string, unknown> = {};
    for (const { key } of ruleSet.configurable) {
      const text = draft.values[key] ?? '';
      if (text === asText(ruleSet.values[key])) continue;
      try {
        values[key] = parsed(ruleSet.values[key], text);
      } catch {
        submit.setProblem({ status: 0, code: 'BAD_JSON', message: TEXT.badJson, field: key });
        return;
      }
    }
    if (Object.keys(values).length === 0) {
      setNotice(t.nothing);
      return;
    }
    void submit.run('PUT', `/api/configuration/rule-sets/${encodeURIComponent(ruleSet.id)}`, {
      values,
      reason: draft.reason,
    });
  };

  const input = (key: string, label: string, problem: Problem | undefined) => {
    const id = `rule-${ruleSet.id}-${key}`;
    const original = ruleSet.values[key];
    const value = draft.values[key] ?? '';
    const attrs = { id, ...describedBy(id, problem) };
    let control;
    if (typeof original === 'boolean') {
      control = (
        <select {...attrs} value={value} onChange={(e) => setValue(key, e.currentTarget.value)}>
          <option value="true">{t.yes}</option>
          <option value="false">{t.no}</option>
        </select>
      );
    } else if (typeof original === 'number' || typeof original === 'string') {
      control = (
        <input
          {...attrs}
          type={typeof original === 'number' ? 'number' : 'text'}
          value={value}
          onInput={(e) => setValue(key, e.currentTarget.value)}
        />
      );
    } else {
      control = (
        <textarea
          {...attrs}
          rows={Math.min(12, value.split('\n').length)}
          spellcheck={false}
          value={value}
          onInput={(e) => setValue(key, e.currentTarget.value)}
        />
      );
    }
    return (
      <Field
        key={key}
        id={id}
        label={label}
        problem={problem}
        hint={typeof original === 'object' ? `${key} · ${t.json}` : key}
      >
        {control}
      </Field>
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p class="muted">
        {t.validity}: {formatDate(ruleSet.validFrom)} –{' '}
        {ruleSet.validTo ? formatDate(ruleSet.validTo) : t.onwards} · {t.revision}:{' '}
        {ruleSet.configRevision ?? t.shipped}
      </p>
      {ruleSet.configurable.map(({ key, meaning }) =>
        input(key, pick(meaning, lang), problemAt(submit.problem, key)),
      )}
      <FormFooter
        reason={{
          id: `rule-${ruleSet.id}-reason`,
          field: 'reason',
          value: draft.reason,
          onValue: (reason) => setDraft({ ...draft, reason }),
          problem: submit.problem,
        }}
        problem={submit.problem}
        fields={ruleSet.configurable.map((c) => c.key)}
        notice={notice}
        busy={submit.busy}
        submitLabel={t.save}
      />
    </form>
  );
}
