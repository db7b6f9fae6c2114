import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { agencyCoverage } from '../../kit/agencyReach.ts';
import { acknowledgingScope, covers, urgingScope } from '../../kit/agencyScope.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { badInput, forbidden, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { checkUrgingRate } from '../../kit/urgingRate.ts';
import { alreadyAcknowledged, nothingOverdue, notOverdue } from './urgingErrors.ts';
import {
  acknowledgeReportingUrging,
  insertReportingUrging,
  linkObligations,
  linkOverdueObligations,
  REPORTING_URGINGS,
  reportingUrgingsByIds,
  urgeCandidates,
} from './urgingStore.ts';

export interface UrgeReportsInput {
  agencyId: string;
  obligationIds?: readonly string[] | null;
  message: string;
  expectedBy: string;
}

/** Bounds what one command may name or write: an urging is a letter, not a bulk import. */
export const MAX_NAMED_OBLIGATIONS = 500;
export const MAX_MESSAGE_LENGTH = 4_000;

function checkedMessage(value: string): string {
  const message = (value ?? '').normalize('NFC').trim();
  if (!message) throw badInput('Cần nhập nội dung đôn đốc.', 'input.message');
  if ([...message].length > MAX_MESSAGE_LENGTH) {
    throw badInput(`Nội dung đôn đốc vượt quá ${MAX_MESSAGE_LENGTH} ký tự.`, 'input.message');
  }
  return message;
}

/** Obligation ids are whole numbers; one that is not names no obligation (NOT_FOUND below). */
function checkedIds(
  ids: readonly string[] | null | undefined,
): { valid: number[]; malformed: string[] } | null {
  if (ids == null) return null;
  const unique = [...new Set(ids.map((id) => id.trim()))];
  if (!unique.length) {
    throw badInput('Cần nêu ít nhất một báo cáo (hoặc bỏ trống để đôn đốc tất cả).', 'input.obligationIds');
  }
  if (unique.length > MAX_NAMED_OBLIGATIONS) {
    throw badInput(`Mỗi lần đôn đốc nêu tối đa ${MAX_NAMED_OBLIGATIONS} báo cáo.`, 'input.obligationIds');
  }
  const isId = (id: string) => /^[1-9]\d{0,14}$/.test(id);
  return { valid: unique.filter(isId).map(Number), malformed: unique.filter((id) => !isId(id)) };
}

/**
 * Urges an agency about its overdue reports (Decree 09/2019; the Government Office urges ministries and
 * provinces): the named obligations, each of which it must owe and which must be OVERDUE now, or every
 * OVERDUE one it owes itself, at most URGINGS_PER_HOUR by one account (kit/urgingRate.ts). One transaction: a
 * refusal stores nothing. Answers the urging's id.
 */
export async function urgeReports(
  db: Knex,
  identity: Identity,
  input: UrgeReportsInput,
  now: Date,
): Promise<string> {
  const agencyId = String(input.agencyId ?? '').trim();
  if (!agencyId) throw badInput('Cần nêu cơ quan được đôn đốc.', 'input.agencyId');
  // Before anything is read: a leader learns nothing about agencies outside their reach.
  if (!covers(await urgingScope(identity), agencyId)) {
    throw forbidden(`Cơ quan "${agencyId}" nằm ngoài phạm vi của lãnh đạo này: không thể đôn đốc.`);
  }
  const today = todayInVietnam(now);
  const message = checkedMessage(input.message);
  if (input.expectedBy < today) {
    throw badInput(`Hạn mới (${input.expectedBy}) không được trước hôm nay (${today}).`, 'input.expectedBy');
  }
  const named = checkedIds(input.obligationIds);
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
    await checkUrgingRate(trx, REPORTING_URGINGS, urging.urgedBy, now);
    if (!named) {
      await insertReportingUrging(trx, urging);
      const linked = await linkOverdueObligations(trx, urging.id, agencyId, today);
      if (linked === 0) throw nothingOverdue(agencyId);
      return;
    }
    const found = await urgeCandidates(trx, named.valid, today);
    const seen = new Set(found.map((row) => row.id));
    const missing = [...named.malformed, ...named.valid.filter((id) => !seen.has(id)).map(String)];
    if (missing.length) {
      throw notFound(`Không tìm thấy nghĩa vụ báo cáo: ${missing.join(', ')}.`, 'input.obligationIds');
    }
    const elsewhere = found.filter((row) => row.agency_id !== agencyId).map((row) => row.id);
    if (elsewhere.length) {
      throw badInput(
        `Báo cáo không thuộc nghĩa vụ của cơ quan "${agencyId}": ${elsewhere.join(', ')}.`,
        'input.obligationIds',
      );
    }
    const notDue = found.filter((row) => !row.overdue).map((row) => row.id);
    if (notDue.length) throw notOverdue(notDue);
    await insertReportingUrging(trx, urging);
    await linkObligations(trx, urging.id, named.valid);
  });
  return urging.id;
}

/**
 * The urged agency's officer or leader acknowledges the urging, once: a second time is ALREADY_ACKNOWLEDGED.
 * An unknown id is NOT_FOUND; an urging of an agency outside the caller's reach is FORBIDDEN.
 */
export async function acknowledgeReportsUrging(
  db: Knex,
  identity: Identity,
  id: string,
  now: Date,
): Promise<string> {
  const scope = await acknowledgingScope(identity);
  const [urging] = await reportingUrgingsByIds(db, [id]);
  if (!urging) throw notFound(`Không tìm thấy văn bản đôn đốc "${id}".`, 'id');
  if (!covers(scope, urging.agency_id)) {
    throw forbidden('Văn bản đôn đốc này gửi cơ quan khác: tài khoản của bạn không được xác nhận.');
  }
  await db.transaction(async (trx) => {
    if (!(await acknowledgeReportingUrging(trx, urging.id, identity.subject as string, now))) {
      const [current] = await reportingUrgingsByIds(trx, [urging.id]);
      throw alreadyAcknowledged(current?.acknowledged_at ?? now);
    }
  });
  return urging.id;
}
