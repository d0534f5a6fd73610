/** A labelled select over a fixed list of ids; `name(id)` gives each option's text. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  name,
  onChange,
  testId,
  optionLang,
}: {
  label: string;
  value: T;
  options: readonly T[];
  name: (id: T) => string;
  onChange: (id: T) => void;
  testId?: string;
  /** Marks each option's text with its own language (for a list of languages). */
  optionLang?: (id: T) => string;
}) {
  return (
    <label className="share__field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {options.map((id) => (
          <option key={id} value={id} lang={optionLang?.(id)}>
            {name(id)}
          </option>
        ))}
      </select>
    </label>
  );
}
