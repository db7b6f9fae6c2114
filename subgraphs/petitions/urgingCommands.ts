import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { agencyCoverage } from '../../kit/agencyReach.ts';
import { acknowledgingScope, covers, urgingScope } from '../../kit/agencyScope.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { badInput, forbidden, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { checkUrgingRate } from '../../kit/urgingRate.ts';
import { invalidInput, normalizeText } from './submission.ts';
import { alreadyAcknowledged, nothingOverdue, notOverdue } from './urgingErrors.ts';
import {
  acknowledge,
  insertUrging,
  linkOverduePetitions,
  linkPetitions,
  URGINGS,
  urgeCandidates,
  urgingsByIds,
  validIds,
} from './urgingStore.ts';

export interface UrgePetitionsInput {
  agencyId: string;
  petitionIds?: readonly string[] | null;
  message: string;
  expectedBy: string;
}

/** Bounds what one command may name or write: an urging is a letter, not a bulk import. */
export const MAX_NAMED_PETITIONS = 500;
export const MAX_MESSAGE_LENGTH = 4_000;

function checkedMessage(value: string): string {
  const message = normalizeText(value ?? '', false);
  if (!message) throw invalidInput([{ field: 'input.message', message: 'Cần nhập nội dung đôn đốc.' }]);
  if ([...message].length > MAX_MESSAGE_LENGTH) {
    throw invalidInput([
      { field: 'input.message', message: `Nội dung đôn đốc vượt quá ${MAX_MESSAGE_LENGTH} ký tự.` },
    ]);
  }
  return message;
}

function checkedIds(ids: readonly string[] | null | undefined): string[] | null {
  if (ids == null) return null;
  const unique = [...new Set(ids.map((id) => id.trim().toLowerCase()))];
  if (!unique.length) {
    throw badInput(
      'Cần nêu ít nhất một phản ánh, kiến nghị (hoặc bỏ trống để đôn đốc tất cả).',
      'input.petitionIds',
    );
  }
  if (unique.length > MAX_NAMED_PETITIONS) {
    throw badInput(
      `Mỗi lần đôn đốc nêu tối đa ${MAX_NAMED_PETITIONS} phản ánh, kiến nghị.`,
      'input.petitionIds',
    );
  }
  return unique;
}

/**
 * Urges an agency about its overdue petitions (Decree 20/2008: the Government Office urges so that answers
 * come on time): the named ones, each of which it must handle and which must be overdue now, or every
 * overdue one it handles itself, at most URGINGS_PER_HOUR by one account (kit/urgingRate.ts). One transaction: a
 * refusal stores nothing. Answers the urging's id.
 */
export async function urgePetitions(
  db: Knex,
  identity: Identity,
  input: UrgePetitionsInput,
  now: Date,
): Promise<string> {
  const agencyId = String(input.agencyId ?? '').trim();
  if (!agencyId) throw badInput('Cần nêu cơ quan được đôn đốc.', 'input.agencyId');
  // Before anything is read: a leader learns nothing about agencies outside their reach.
  const scope = await urgingScope(identity);
  if (!covers(scope, agencyId)) {
    throw forbidden(`Cơ quan "${agencyId}" nằm ngoài phạm vi của lãnh đạo này: không thể đôn đốc.`);
  }
  const today = todayInVietnam(now);
  const message = checkedMessage(input.message);
  if (input.expectedBy < today) {
    throw badInput(`Hạn mới (${input.expectedBy}) không được trước hôm nay (${today}).`, 'input.expectedBy');
  }
  const named = checkedIds(input.petitionIds);
  if (!(await agencyCoverage(agencyId)).reach.length) {
    throw notFound(`Không tìm thấy cơ quan "${agencyId}".`, 'input.agencyId');
  }
  const urging = {
    id: randomUUID(),
    agencyId,
    urgedBy: identity.subject as string,
    urgedByAgencyId: identity.agencyId as string,
    urgedAt: now,
    message,
    expectedBy: input.expectedBy,
  };
  await db.transaction(async (trx) => {
    await checkUrgingRate(trx, URGINGS, urging.urgedBy, now);
    if (!named) {
      await insertUrging(trx, urging);
      if ((await linkOverduePetitions(trx, urging.id, agencyId, today)) === 0) throw nothingOverdue(agencyId);
      return;
    }
    const found = await urgeCandidates(trx, named, today);
    const byId = new Map(found.map((row) => [row.id, row]));
    const missing = named.filter((id) => !byId.has(id));
    if (missing.length) {
      throw notFound(`Không tìm thấy phản ánh, kiến nghị: ${missing.join(', ')}.`, 'input.petitionIds');
    }
    const elsewhere = found.filter((row) => row.handling_agency_id !== agencyId).map((row) => row.id);
    if (elsewhere.length) {
      throw badInput(
        `Phản ánh, kiến nghị không do cơ quan "${agencyId}" xử lý: ${elsewhere.join(', ')}.`,
        'input.petitionIds',
      );
    }
    const notDue = found.filter((row) => !row.overdue).map((row) => row.id);
    if (notDue.length) throw notOverdue(notDue);
    await insertUrging(trx, urging);
    await linkPetitions(trx, urging.id, named);
  });
  return urging.id;
}

/**
 * The urged agency's officer or leader acknowledges the urging, once: a second time is ALREADY_ACKNOWLEDGED.
 * An unknown id is NOT_FOUND; an urging of an agency outside the caller's reach is FORBIDDEN.
 */
export async function acknowledgeUrging(
  db: Knex,
  identity: Identity,
  id: string,
  now: Date,
): Promise<string> {
  const scope = await acknowledgingScope(identity);
  const [urging] = validIds([id]).length ? await urgingsByIds(db, [id]) : [];
  if (!urging) throw notFound(`Không tìm thấy văn bản đôn đốc "${id}".`, 'id');
  if (!covers(scope, urging.agency_id)) {
    throw forbidden('Văn bản đôn đốc này gửi cơ quan khác: tài khoản của bạn không được xác nhận.');
  }
  await db.transaction(async (trx) => {
    if (!(await acknowledge(trx, urging.id, identity.subject as string, now))) {
      const [current] = await urgingsByIds(trx, [urging.id]);
      throw alreadyAcknowledged(current?.acknowledged_at ?? now);
    }
  });
  return urging.id;
}
