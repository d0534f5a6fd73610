import { WEAPON_IDS } from '../domain/ids';
import type { WeaponFilter as WeaponFilterValue } from '../store/appStore';
import { useApp, useAppStore, useMessages } from './storeContext';

const OPTIONS: WeaponFilterValue[] = ['all', ...WEAPON_IDS];

export function WeaponFilter() {
  const store = useAppStore();
  const { t } = useMessages();
  const weapon = useApp((s) => s.weapon);
  return (
    <div className="weapon-filter">
      <label htmlFor="weapon-filter">{t.weaponFilterLabel}</label>
      <select
        id="weapon-filter"
        value={weapon}
        onChange={(e) => store.getState().setWeapon(e.target.value as WeaponFilterValue)}
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
