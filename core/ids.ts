const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new identifier: time-ordered prefix plus random suffix, safe as a file
 * name on every OS. `random` must return bytes from a CSPRNG.
 */
export function newId(random: (size: number) => Uint8Array, now: number = Date.now()): string {
  const time = now.toString(36).padStart(9, '0');
  const bytes = random(10);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${time}${suffix}`;
}

/** Identifiers are lower-case base-36, 10 to 40 characters: nothing a path could abuse. */
export const ID_PATTERN = /^[0-9a-z]{10,40}$/;
