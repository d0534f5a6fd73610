import { WEAPON_IDS } from '../domain/ids';
import type { WeaponFilter } from '../store/appStore';
import { useApp, useAppStore, useMessages } from './storeContext';

const OPTIONS: WeaponFilter[] = ['all', ...WEAPON_IDS];

export function WeaponFilterControl() {
  const store = useAppStore();
  const { t } = useMessages();
  const weapon = useApp((s) => s.weapon);
  return (
    <div className="weapon-filter">
      <label htmlFor="weapon-filter">{t.weaponFilterLabel}</label>
      <select
        id="weapon-filter"
        value={weapon}
        onChange={(e) => store.getState().setWeapon(e.target.value as WeaponFilter)}
        data-testid="weapon-filter"
      >
        {OPTIONS.map((id) => (
          <option key={id} value={id}>
            {t.weapons[id]}
          </option>
        ))}
      </select>
    </div>
  );
}
