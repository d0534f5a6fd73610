import type { WeaponFilter } from '../store/appStore';
import { useApp, useAppStore, useMessages } from './storeContext';
import { useDonorTexts } from './useDonorTexts';

const NO_CLASSES: readonly WeaponFilter[] = [];

export function WeaponFilterControl() {
  const store = useAppStore();
  const { t } = useMessages();
  const weapon = useApp((s) => s.weapon);
  // The active donor's own classes, in its dataset's order.
  const classes = useApp((s) => s.engine?.classIds ?? NO_CLASSES);
  const allLabel = useDonorTexts().allWeapons;
  const options: WeaponFilter[] = ['all', ...classes];
  return (
    <div className="weapon-filter">
      <label htmlFor="weapon-filter">{t.weaponFilterLabel}</label>
      <select
        id="weapon-filter"
        value={weapon}
        onChange={(e) => store.getState().setWeapon(e.target.value as WeaponFilter)}
        data-testid="weapon-filter"
      >
        {options.map((id) => (
          <option key={id} value={id}>
            {id === 'all' ? allLabel : t.weapons[id]}
          </option>
        ))}
      </select>
    </div>
  );
}
