// Where the settings are stored: storage.sync while they fit one of its items, else storage.local with a marker left
// in sync. settings-store.ts carries the plan out.
import { SETTINGS_VERSION } from './shape.js';
import type { StoredSettings } from './stored-form.js';

/** storage.sync's limit for one item: its key plus its value as JSON, in bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** The record left in storage.sync when the settings are too big for it and live in storage.local. */
export interface StoredElsewhere {
  version: number;
  area: 'local';
  /** Their size, for the notice. */
  bytes: number;
}

export function isStoredElsewhere(value: unknown): value is StoredElsewhere {
  return typeof value === 'object' && value !== null && (value as { area?: unknown }).area === 'local';
}

/** An item's size as storage.sync counts it: the key plus the value's JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export type StoragePlan =
  | { area: 'sync'; sync: StoredSettings; bytes: number }
  | { area: 'local'; sync: StoredElsewhere; local: StoredSettings; bytes: number };

/** Where these settings go: storage.sync when they fit one item, else storage.local with a marker left in sync. */
export function planStorage(key: string, stored: StoredSettings): StoragePlan {
  const bytes = syncItemBytes(key, stored);
  if (bytes <= SYNC_QUOTA_BYTES_PER_ITEM) return { area: 'sync', sync: stored, bytes };
  return { area: 'local', sync: { version: SETTINGS_VERSION, area: 'local', bytes }, local: stored, bytes };
}

