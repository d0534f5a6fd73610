import { WEAPON_IDS, type ClassId } from '../../domain/ids';
import { DONOR_IDS } from '../../domain/donors';
import { donorTexts } from '../../i18n/donorTexts';
import { useApp } from '../storeContext';
import { LANGS, formatDate } from '../../i18n/locale';
import { SIZE_PRESETS, type SizePreset } from '../../share/snippet';
import { THEMES } from '../../store/theme';
import { LANGUAGE_NAMES } from '../LanguageSwitcher';
import { useMessages } from '../storeContext';
import type { EmbedOptions } from './embedOptions';
import { SelectField } from './SelectField';

export interface OptionsProps {
  options: EmbedOptions;
  change: (patch: Partial<EmbedOptions>) => void;
}

/** Two radio buttons for one yes/no choice: the first is checked when `value` is true. */
function RadioPair({
  legend,
  name,
  value,
  labels,
  onChange,
}: {
  legend: string;
  name: string;
  value: boolean;
  labels: [whenTrue: string, whenFalse: string];
  onChange: (value: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {([true, false] as const).map((choice, i) => (
        <label key={String(choice)}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />{' '}
          {labels[i]}
        </label>
      ))}
    </fieldset>
  );
}

/** Which date and which data the embed shows. */
export function EmbedWhenFieldsets({
  options,
  change,
  date,
  version,
}: OptionsProps & { date: string; version: string | null }) {
  const { t, lang } = useMessages();
  return (
    <>
      <RadioPair
        legend={t.shareDateLabel}
        name="embed-date"
        value={!options.followLatest}
        labels={[t.shareDateCurrent(formatDate(date, lang)), t.shareDateLatest]}
        onChange={(current) => change({ followLatest: !current })}
      />
      <RadioPair
        legend={t.shareDataLabel}
        name="embed-data"
        value={options.pinned}
        labels={[t.shareDataPinned(version ?? ''), t.shareDataCurrent]}
        onChange={(pinned) => change({ pinned })}
      />
    </>
  );
}

/**
 * The classes the embed's weapon choice offers: the shown donor's own (its data is loaded), the
 * US's six; for another donor only all its weapons (its classes are known once its data loads).
 */
function useClassesOf(donor: EmbedOptions['donor']): readonly ClassId[] {
  const shown = useApp((s) => s.donor);
  const classIds = useApp((s) => s.engine?.classIds);
  if (donor === shown && classIds) return classIds;
  return donor === 'us' ? WEAPON_IDS : [];
}

/** Donor, weapon, size, language and theme of the embed. */
export function EmbedSelectFields({ options, change }: OptionsProps) {
  const { t } = useMessages();
  const classes = useClassesOf(options.donor);
  return (
    <>
      <SelectField
        label={t.donor.switchLabel}
        value={options.donor}
        options={DONOR_IDS}
        name={(id) => t.donor.names[id]}
        onChange={(donor) => change({ donor, weapon: 'all' })}
        testId="embed-donor"
      />
      <SelectField
        label={t.weaponFilterLabel}
        value={options.weapon}
        options={['all', ...classes] as const}
        name={(id) => (id === 'all' ? donorTexts(t, options.donor).allWeapons : t.weapons[id])}
        onChange={(weapon) => change({ weapon })}
        testId="embed-weapon"
      />
      <SelectField
        label={t.shareSizeLabel}
        value={options.size}
        options={Object.keys(SIZE_PRESETS) as SizePreset[]}
        name={(id) => t.shareSizes[id]}
        onChange={(size) => change({ size })}
        testId="embed-size"
      />
      <SelectField
        label={t.shareLanguageLabel}
        value={options.lang}
        options={LANGS}
        name={(id) => LANGUAGE_NAMES[id]}
        onChange={(lang) => change({ lang })}
        optionLang={(id) => id}
      />
      <SelectField
        label={t.shareThemeLabel}
        value={options.theme}
        options={THEMES}
        name={(id) => t.shareThemes[id]}
        onChange={(theme) => change({ theme })}
      />
    </>
  );
}

function Checkbox({
  checked,
  disabled,
  onChange,
  label,
  testId,
}: {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  testId?: string;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />{' '}
      {label}
    </label>
  );
}

/** Controls, legend, static: what the embed draws besides the map. */
export function EmbedDisplayFieldset({ options, change }: OptionsProps) {
  const { t } = useMessages();
  return (
    <fieldset>
      <legend>{t.shareOptionsLabel}</legend>
      <Checkbox
        checked={options.controls && !options.isStatic}
        disabled={options.isStatic}
        onChange={(controls) => change({ controls })}
        label={t.shareOptionControls}
      />
      <Checkbox
        checked={options.legend}
        onChange={(legend) => change({ legend })}
        label={t.shareOptionLegend}
      />
      <Checkbox
        checked={options.isStatic}
        onChange={(isStatic) => change({ isStatic })}
        label={t.shareOptionStatic}
        testId="embed-static"
      />
      {options.pageCompare && (
        <Checkbox
          checked={options.compare}
          onChange={(compare) => change({ compare })}
          label={t.compare.embedCompare}
          testId="embed-compare"
        />
      )}
    </fieldset>
  );
}
