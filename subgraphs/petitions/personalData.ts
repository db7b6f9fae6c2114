import type { PersonalDataView } from './access.ts';
import type { PetitionerRow } from './petitionStore.ts';

/**
 * The petitioner as the API shows them. Masked for the central office outside its own reach (privacy by
 * default): enough to tell petitioners apart and to see that the data is there, not enough to contact
 * anyone — initials of the name, the last part of the address (the province), a phone's first three and
 * last two digits, an e-mail's first letter and domain.
 */
export interface Petitioner {
  type: string;
  name: string;
  address: string;
  phone: string;
  email: string | null;
  masked: boolean;
}

const STAR = '•';

export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]}${STAR.repeat(3)}`)
    .join(' ');
}

export function maskAddress(address: string): string {
  const parts = address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 ? `${STAR.repeat(3)}, ${parts.at(-1)}` : STAR.repeat(3);
}

export function maskPhone(phone: string): string {
  if (phone.length <= 5) return STAR.repeat(phone.length);
  return `${phone.slice(0, 3)}${STAR.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return STAR.repeat(3);
  return `${[...email][0]}${STAR.repeat(3)}${email.slice(at)}`;
}

export function petitionerView(row: PetitionerRow, view: PersonalDataView): Petitioner {
  const full = {
    type: row.petitioner_type,
    name: row.petitioner_name,
    address: row.petitioner_address,
    phone: row.petitioner_phone,
    email: row.petitioner_email,
  };
  if (view === 'full') return { ...full, masked: false };
  return {
    type: full.type,
    name: maskName(full.name),
    address: maskAddress(full.address),
    phone: maskPhone(full.phone),
    email: full.email ? maskEmail(full.email) : null,
    masked: true,
  };
}
