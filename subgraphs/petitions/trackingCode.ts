/**
 * Tracking codes are read aloud over the phone, so their alphabet leaves out 0/O, 1/I/L: "PA" and 8
 * characters in two groups, e.g. PA-7KX3-9QWM (31^8 ≈ 8.5·10^11 codes).
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PREFIX = 'PA';
const BODY_LENGTH = 8;

/** A code from 8 draws in [0, 1): the seed passes its PRNG, submission will pass a crypto source. */
export function makeTrackingCode(draw: () => number): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i += 1)
    body += TRACKING_ALPHABET[Math.floor(draw() * TRACKING_ALPHABET.length)];
  return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/**
 * The stored form of what a caller typed: upper case, dashes and spaces optional, "PA" optional.
 * Null when it cannot be a code at all (so the lookup can answer NOT_FOUND without a query).
 */
export function normalizeTrackingCode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s\-_.]/g, '');
  if (compact.length === BODY_LENGTH + PREFIX.length && compact.startsWith(PREFIX))
    compact = compact.slice(2);
  if (compact.length !== BODY_LENGTH) return null;
  for (const char of compact) if (!TRACKING_ALPHABET.includes(char)) return null;
  return `${PREFIX}-${compact.slice(0, 4)}-${compact.slice(4)}`;
}
