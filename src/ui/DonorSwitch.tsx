import { DONOR_IDS, type DonorId } from '../domain/donors';
import { useApp, useAppStore, useMessages } from './storeContext';

/**
 * Whose weapons the map shows (issue #15): a labelled native select (keyboard-operable as it is),
 * US first. Switching loads that donor's data; until it arrives the map keeps the current donor
 * and a status line says so; a failure says why and offers a retry.
 */
export function DonorSwitch() {
  const store = useAppStore();
  const { t } = useMessages();
  const donor = useApp((s) => s.donor);
  const request = useApp((s) => s.donorRequest);
  const names = t.donor.names;
  return (
    <div className="weapon-filter donor-switch">
      <label htmlFor="donor-switch">{t.donor.switchLabel}</label>
      <select
        id="donor-switch"
        value={request?.state === 'loading' ? request.id : donor}
        aria-describedby="donor-switch-hint"
        onChange={(e) => void store.getState().setDonor(e.target.value as DonorId)}
        data-testid="donor-switch"
      >
        {DONOR_IDS.map((id) => (
          <option key={id} value={id}>
            {names[id]}
          </option>
        ))}
      </select>
      <p id="donor-switch-hint" className="donor-switch__hint">
        {t.donor.switchHint}
      </p>
      <p className="donor-switch__status" role="status" data-testid="donor-status">
        {request?.state === 'loading' && t.donor.loadingDonor(names[request.id])}
      </p>
      {request?.state === 'error' && (
        <div className="donor-switch__error" role="alert" data-testid="donor-error">
          <p>{t.donor.loadDonorFailed(names[request.id], request.message ?? '')}</p>
          <button type="button" className="button" onClick={() => void store.getState().setDonor(request.id)}>
            {t.retry}
          </button>
        </div>
      )}
    </div>
  );
}
