// The shapes of the permissions dataset: what data/permissions/*.yaml describes, what
// `npm run export:data` writes to public/data/permissions.json, and what the engine reads.
// Types plus the constant lists of allowed values; no dependencies beyond ids.ts. The contract is
// documented in docs/data.md.

import type { NamedRegionId, StatusId, WeaponId, ZoneId } from './ids';

/** A calendar day, 'YYYY-MM-DD', read as a UTC day. ISO dates compare correctly with < and >. */
export type ISODate = string;

/**
 * How exactly an event's `date` is known. For anything coarser than `day`, `date` is a
 * representative day (the first of the month for `month`) and the text says what is known.
 */
export const DATE_PRECISIONS = ['day', 'month', 'season', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How exactly a first delivery is known.
 * - `day`, `month`, `approximate`: as for events.
 * - `by`: delivered on or before this date (e.g. first reported use); the exact day is not in our sources.
 * - `assumed`: no delivery date in our sources; treated as supplied from this date (see the note).
 */
export const DELIVERY_PRECISIONS = ['day', 'month', 'approximate', 'by', 'assumed'] as const;
export type DeliveryPrecision = (typeof DELIVERY_PRECISIONS)[number];

/** How a claim is known (the fact sheet's status vocabulary). */
export const CLAIM_STATUSES = [
  'official-on-record',
  'anonymous-officials',
  'claimed-by-russia',
  'claimed-by-ukraine',
  'disputed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * - `policy`: a US (or other donor's) statement, decision or report about where weapons may be used.
 * - `delivery`: a weapon class reaching Ukraine (basis of "not yet supplied").
 * - `context`: relevant but not a permission change (first strikes, Russian claims, the 28-point plan…).
 */
export const EVENT_KINDS = ['policy', 'delivery', 'context'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Source {
  /** The outlet of the page we link to (which may be a copy or syndication). */
  outlet: string;
  url: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM' when only the month is known; null when our sources do not date the copy. */
  published: string | null;
  /** A short quote, copied exactly from the fact sheet. Absent when the sheet gives none for this source. */
  quote?: string;
  /** The language the quote is written in (absent: 'en'); the UI shows our translation beneath it. */
  lang?: string;
  /** True for Russian state-affiliated outlets and their re-publishers (and other state media): show it. */
  stateAffiliated: boolean;
  /** Who is behind the outlet, when stateAffiliated (e.g. "Russian state news agency"). */
  affiliation?: string;
  /** The original outlet whose reporting this copy carries ("Reuters" for a Reuters story on Yahoo). */
  via?: string;
  /** A caveat about this source (e.g. "translated", "copy of a paywalled article"). */
  note?: string;
}

export interface PolicyEvent {
  /** Stable slug, usually starting with the date: '2024-05-30-kharkiv-counter-fire'. */
  id: string;
  kind: EventKind;
  date: ISODate;
  datePrecision: DatePrecision;
  /** Last day of a multi-day event (inclusive). */
  dateEnd?: ISODate;
  /** When the event became public, if later than `date` (e.g. a decision revealed months later). */
  reportedOn?: ISODate;
  title: string;
  /** Our own words. */
  summary: string;
  zones: ZoneId[];
  regions: NamedRegionId[];
  weapons: WeaponId[];
  /** Named systems mentioned (free text, e.g. "Patriot", "Storm Shadow"). */
  systems?: string[];
  /** Short: what changed. */
  change: string;
  claimStatus: ClaimStatus;
  confidence: Confidence;
  /** Whose weapons the event is about: 'US' (default), or 'UK', 'FR', 'DE', … */
  donor: string;
  /** Further donors the same event concerns (e.g. a statement about several countries' weapons). */
  otherDonors?: string[];
  /** A caveat in our words (e.g. a date conflict between sources). */
  caveat?: string;
  sources: Source[];
}

export interface Zone {
  id: ZoneId;
  name: string;
  description: string;
}

export interface Delivery {
  date: ISODate;
  precision: DeliveryPrecision;
  /** Events that date the delivery (may be empty only when precision is 'assumed'). */
  basis: string[];
  note: string;
}

export interface WeaponClass {
  id: WeaponId;
  name: string;
  shortName: string;
  description: string;
  /** Range in words, from our sources. */
  range: string;
  /** Systems in the class (free text). */
  systems: string[];
  /** null: never supplied (as far as our sources go). */
  firstDelivered: Delivery | null;
  /** What a not-supplied cell says, and why (required unless supplied from the first day). */
  notSupplied?: { note: string; basis: string[] };
  /** Whether the class counts in the all-weapons summary (see summary.ts). */
  inSummary: boolean;
}

export interface StatusInfo {
  id: StatusId;
  label: string;
  description: string;
}

export interface Reading {
  reading: string;
  basis: string[];
}

/** One zone × weapon on one day. */
export interface StatusCell {
  status: StatusId;
  /**
   * A short label of the condition, in our words, for the summary sentence, the table and the
   * legend ("counter-fire only", "in and around Kursk"…; at most 40 characters). Always present
   * on `limited` and `disputed` cells; `note` stays the full explanation.
   */
  condition?: string;
  /** The full explanation of the condition or caveat, in our words (a sentence or two). */
  note?: string;
  /** Events that justify this cell. */
  basis: string[];
  /** First day of the current run of this status (a changed condition, note or basis does not reset it). */
  since: ISODate;
  /** For `disputed`: the competing readings, each with its own basis. */
  readings?: Reading[];
  /** Named regions the condition refers to (e.g. kursk-oblast for "in and around Kursk"). */
  regions?: NamedRegionId[];
}

export type ZoneStatuses = Record<ZoneId, Record<WeaponId, StatusCell>>;

/** A run of days (inclusive at both ends) over which no cell changes. */
export interface Epoch {
  from: ISODate;
  to: ISODate;
  statuses: ZoneStatuses;
}

/** A dated change of status, as written in data/permissions/transitions.yaml. */
export interface Transition {
  from: ISODate;
  zones: ZoneId[];
  weapons: WeaponId[];
  status: StatusId;
  /**
   * A short label of the condition for sentences, the table and the legend (at most 40
   * characters; required for `limited` and `disputed`). `note` stays the full explanation.
   */
  condition?: string;
  note?: string;
  regions?: NamedRegionId[];
  basis: string[];
  readings?: Reading[];
}

/** The summary level of a zone: the same ids as statuses (see summary.ts for the rule). */
export type SummaryLevel = StatusId;

/** public/data/permissions.json. */
export interface PermissionsDataset {
  version: string;
  /** The last day our sources were reviewed through; the last epoch ends here. */
  reviewedThrough: ISODate;
  /** First day of the timeline (TIMELINE_START). */
  timelineStart: ISODate;
  zones: Zone[];
  weapons: WeaponClass[];
  statuses: StatusInfo[];
  /** Contiguous, non-overlapping, in order, from timelineStart to reviewedThrough. */
  epochs: Epoch[];
  /** All events, sorted by date then id; US and other donors. */
  events: PolicyEvent[];
}
