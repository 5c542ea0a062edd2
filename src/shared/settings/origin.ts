// The origin a user types for another helpdesk ('https://support.example.com'), checked and normalised.
export type OriginCheck =
  | { ok: true; origin: string }
  | { ok: false; reason: 'empty' | 'scheme' | 'invalid' | 'credentials' | 'wildcard' };

/**
 * The origin a user means by `input`: 'https://support.example.com', with or without a trailing slash or a path
 * (which is dropped). Only http and https; no wildcards, no user:password@.
 */
export function parseOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.includes('*')) return { ok: false, reason: 'wildcard' };
  if (!/^https?:\/\//i.test(text)) return { ok: false, reason: 'scheme' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (!url.hostname || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { ok: false, reason: 'invalid' };
  return { ok: true, origin: url.origin };
}

