import { CLASS_GROUPS, type ClassGroup } from '../../domain/compare';
import { useApp, useAppStore, useMessages } from '../storeContext';

/** Which weapons the comparison shows: a labelled native select (keyboard as the browser gives it). */
export function GroupSelect() {
  const store = useAppStore();
  const { t } = useMessages();
  const group = useApp((s) => s.group);
  return (
    <div className="weapon-filter compare__group">
      <label htmlFor="compare-group">{t.compare.groupLabel}</label>
      <select
        id="compare-group"
        value={group}
        onChange={(e) => store.getState().setGroup(e.target.value as ClassGroup)}
        data-testid="compare-group"
        aria-describedby="compare-group-us"
      >
        {CLASS_GROUPS.map((id) => (
          <option key={id} value={id}>
            {t.compare.groups[id]}
          </option>
        ))}
      </select>
      <p id="compare-group-us" className="compare__group-note">
        {t.compare.groupsUs}
      </p>
    </div>
  );
}
