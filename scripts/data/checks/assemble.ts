// The validated input in its export shape: records in the fixed id order, optional fields only
// when present (so the JSON is stable byte for byte).

import { STATUS_IDS, WEAPON_IDS, ZONE_IDS, type WeaponId, type ZoneId } from '../../../src/domain/ids';
import type {
  Delivery,
  PolicyEvent,
  Source,
  StatusInfo,
  Transition,
  WeaponClass,
  Zone,
} from '../../../src/domain/types';
import type { EventInput, TransitionInput, WeaponInput } from '../../../src/data-schema/schema';

export function assembleZones(zones: readonly { id: string; name: string; description: string }[]): Zone[] {
  return ZONE_IDS.map((id) => {
    const z = zones.find((x) => x.id === id)!;
    return { id, name: z.name, description: z.description };
  });
}

export function assembleStatuses(
  statuses: readonly { id: string; label: string; description: string }[],
): StatusInfo[] {
  return STATUS_IDS.map((id) => {
    const s = statuses.find((x) => x.id === id)!;
    return { id, label: s.label, description: s.description };
  });
}

/** A class as the export carries it (a US weapon class or a donor's), copied from its input. */
export function assembleClass<Id extends string>(
  id: Id,
  c: { name: string; shortName: string; description: string; range: string; systems: readonly string[] },
  d: (Omit<Delivery, 'basis'> & { basis: readonly string[] }) | null,
  notSupplied: { note: string; basis: readonly string[] } | undefined,
  inSummary: boolean,
): Omit<WeaponClass, 'id'> & { id: Id } {
  return {
    id,
    name: c.name,
    shortName: c.shortName,
    description: c.description,
    range: c.range,
    systems: [...c.systems],
    firstDelivered: d ? { date: d.date, precision: d.precision, basis: [...d.basis], note: d.note } : null,
    ...(notSupplied ? { notSupplied: { note: notSupplied.note, basis: [...notSupplied.basis] } } : {}),
    inSummary,
  };
}

export function assembleWeapons(weapons: readonly WeaponInput[]): WeaponClass[] {
  return WEAPON_IDS.map((id) => {
    const w = weapons.find((x) => x.id === id)!;
    return assembleClass(id, w, w.firstDelivered, w.notSupplied, w.inSummary);
  });
}

export function assembleTransitions(transitions: readonly TransitionInput[]): Transition[] {
  return transitions.map((t) => ({
    from: t.from,
    zones: [...t.zones] as ZoneId[],
    weapons: [...t.weapons] as WeaponId[],
    status: t.status,
    ...(t.condition ? { condition: t.condition } : {}),
    ...(t.note ? { note: t.note } : {}),
    ...(t.regions ? { regions: [...t.regions] } : {}),
    basis: [...t.basis],
    ...(t.readings ? { readings: t.readings.map((r) => ({ reading: r.reading, basis: [...r.basis] })) } : {}),
  }));
}

function normalizeSource(s: EventInput['sources'][number]): Source {
  return {
    outlet: s.outlet,
    url: s.url,
    published: s.published ?? null,
    ...(s.quote ? { quote: s.quote } : {}),
    ...(s.lang ? { lang: s.lang } : {}),
    stateAffiliated: s.stateAffiliated,
    ...(s.affiliation ? { affiliation: s.affiliation } : {}),
    ...(s.via ? { via: s.via } : {}),
    ...(s.note ? { note: s.note } : {}),
  };
}

function normalizeEvent(e: EventInput): PolicyEvent {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    datePrecision: e.datePrecision,
    ...(e.dateEnd ? { dateEnd: e.dateEnd } : {}),
    ...(e.reportedOn ? { reportedOn: e.reportedOn } : {}),
    title: e.title,
    summary: e.summary,
    zones: [...e.zones],
    regions: [...e.regions],
    weapons: [...e.weapons],
    ...(e.systems ? { systems: [...e.systems] } : {}),
    change: e.change,
    claimStatus: e.claimStatus,
    confidence: e.confidence,
    donor: e.donor,
    ...(e.otherDonors ? { otherDonors: [...e.otherDonors] } : {}),
    ...(e.caveat ? { caveat: e.caveat } : {}),
    sources: e.sources.map(normalizeSource),
  };
}

/** Events by date, then id. */
export function assembleEvents(events: readonly EventInput[]): PolicyEvent[] {
  const order = (a: PolicyEvent, b: PolicyEvent) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return events.map(normalizeEvent).sort(order);
}
