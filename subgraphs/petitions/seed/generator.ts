import type { ReferenceAgency } from '../../../fixtures/agencies/referenceAgencies.ts';
import { addDays } from '../../../kit/dates.ts';
import { isWorkingDay, workingDaysBetween } from '../../../kit/workingDays.ts';
import { publishDueDate, transferDueDate } from '../deadlines.ts';
import { ANSWERED_STATUSES, type Basis, type Category, type Channel, type Status } from '../domain.ts';
import { makeTrackingCode } from '../trackingCode.ts';
import { transferDeadline } from '../transferDeadline.ts';
import { ancestorsOf, governmentOffice, lateShare, pickHandlingAgency, stuckShare } from './agencyPools.ts';
import { makePetitioner } from './people.ts';
import {
  chance,
  hashString,
  intBetween,
  mulberry32,
  pick,
  type Rng,
  uuidFrom,
  weighted,
  weightedSampler,
} from './random.ts';
import { answerText, petitionText, pickTopic, vietnameseDate } from './texts.ts';
import { simulateTimeline } from './timeline.ts';

/** A petitions row as inserted (with the petitioner's personal data). */
export interface PetitionInsert {
  id: string;
  tracking_code: string;
  title: string;
  content: string;
  category: Category;
  kind: 'PHAN_ANH' | 'KIEN_NGHI';
  channel: Channel;
  petitioner_type: 'INDIVIDUAL' | 'ORGANIZATION';
  petitioner_name: string;
  petitioner_address: string;
  petitioner_phone: string;
  petitioner_email: string | null;
  status: Status;
  receiving_agency_id: string;
  handling_agency_id: string;
  procedure_code: string | null;
  received_at: string;
  due_date: string;
  answered_at: string | null;
  published_at: string | null;
  answer: string | null;
  handling_agency_ancestors: string[];
  transfer_due_date: string;
  processing_basis: Basis | null;
  answer_working_days: number | null;
  rating: number | null;
  rated_at: string | null;
}

export interface EventInsert {
  petition_id: string;
  at: string;
  actor: string | null;
  actor_agency_id: string;
  from_status: Status | null;
  to_status: Status;
  reason: string | null;
  target_agency_id: string | null;
  /** Transfers to another ministry or province: made after the transfer window (Art. 9); else null. */
  transfer_late: boolean | null;
  due_date_before: string | null;
  due_date_after: string | null;
}

export interface GeneratedPetition {
  petition: PetitionInsert;
  events: EventInsert[];
}

/** Mostly conduct and unsuitable regulations, as the national PAKN reports show. */
const CATEGORY_WEIGHTS: [Category, number][] = [
  ['CONDUCT', 36],
  ['UNSUITABLE_REGULATION', 26],
  ['INCONSISTENT_REGULATION', 8],
  ['ILLEGAL_REGULATION', 3],
  ['CONTRARY_TO_TREATY', 1],
  ['OTHER_REGULATION_ISSUE', 12],
  ['PROPOSED_SOLUTION', 9],
  ['NEW_REGULATION_INITIATIVE', 5],
];
const CHANNEL_WEIGHTS: [Channel, number][] = [
  ['PORTAL', 42],
  ['PAKN_SYSTEM', 14],
  ['EMAIL', 8],
  ['IN_PERSON', 14],
  ['POST', 8],
  ['PHONE', 11],
  ['QUESTIONNAIRE', 3],
];
/** On days off only data messages arrive. */
const ONLINE_CHANNELS: [Channel, number][] = CHANNEL_WEIGHTS.filter(([c]) =>
  ['PORTAL', 'PAKN_SYSTEM', 'EMAIL'].includes(c),
);
const ONLINE = new Set<Channel>(['PORTAL', 'PAKN_SYSTEM', 'EMAIL']);
const REJECTED_SHARE = 0.04;
/** Big cities where petitioners to central agencies mostly live. */
const CENTRAL_PETITIONER_PLACES = [
  'Thành phố Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Thành phố Đà Nẵng',
  'Thành phố Hải Phòng',
  'Thành phố Cần Thơ',
];

const HOUR = 3_600_000;
const VIETNAM_OFFSET = 7 * HOUR;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET;

export interface GeneratorOptions {
  seed: number;
  /** The last day of the history (Vietnam). */
  until: string;
  /** Nothing happens after this instant (ms): the end of `until`, or now when `until` is today. */
  asOf: number;
  /** How many days the history spans, ending at `until` (365: twelve months). */
  spanDays?: number;
}

/** "Tỉnh Kiên Giang" → "tỉnh Kiên Giang", as inside an address or a name. */
const inside = (name: string) => name.replace(/^(Tỉnh|Thành phố)/, (w) => w.toLowerCase());

/** Where a petition was filed, as its text names it. */
const placeName = (agency: ReferenceAgency) =>
  agency.kind === 'PROVINCE' ? `Ủy ban nhân dân ${inside(agency.name)}` : agency.name;

/** Returns a function that yields the next synthetic petition; the sequence depends only on the options. */
export function petitionGenerator(options: GeneratorOptions): () => GeneratedPetition {
  const rng = mulberry32(options.seed);
  // Ids and codes come from their own stream, so that redrawing a clashing code shifts nothing else.
  const idRng = mulberry32(options.seed ^ 0x9e3779b9);
  const span = options.spanDays ?? 365;
  const first = addDays(options.until, -(span - 1));
  const days: [string, number][] = [];
  for (let i = 0; i < span; i += 1) {
    const day = addDays(first, i);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const base = isWorkingDay(day) ? 1 : weekday === 6 ? 0.25 : 0.15;
    // Online filing grows over the year: the later months get up to a fifth more petitions.
    days.push([day, base * (1 + (0.2 * i) / span)]);
  }
  const pickDay = weightedSampler(days);
  const office = governmentOffice();

  const instantOn = (day: string, fromHour: number, toHour: number, r: Rng) => {
    const start = dayStart(day);
    if (day === options.until) return Math.min(start + r() * (options.asOf - start), options.asOf);
    return start + fromHour * HOUR + r() * (toHour - fromHour) * HOUR;
  };

  return () => {
    const receivedOn = pickDay(rng);
    const { agency: handlerAgency, top } = pickHandlingAgency(rng, receivedOn);
    const category = weighted(rng, CATEGORY_WEIGHTS);
    const kind =
      category === 'PROPOSED_SOLUTION' || category === 'NEW_REGULATION_INITIATIVE' || chance(rng, 0.2)
        ? 'KIEN_NGHI'
        : 'PHAN_ANH';
    const channel = weighted(rng, isWorkingDay(receivedOn) ? CHANNEL_WEIGHTS : ONLINE_CHANNELS);
    const handlerKey =
      top.kind === 'PROVINCE'
        ? (handlerAgency.id.split('.')[1] ?? '')
        : handlerAgency === top
          ? 'central'
          : 'vpc';
    const topic = pickTopic(rng, handlerKey);
    const petitionerType = chance(rng, handlerKey === 'stc' ? 0.35 : 0.1) ? 'ORGANIZATION' : 'INDIVIDUAL';
    const petitioner = makePetitioner(
      rng,
      petitionerType,
      top.kind === 'PROVINCE' ? inside(top.name) : pick(rng, CENTRAL_PETITIONER_PLACES),
    );
    const since = vietnameseDate(addDays(receivedOn, -intBetween(rng, 3, 60)));
    const text = petitionText(rng, category, { topic, place: placeName(handlerAgency), since });
    const procedureCode = topic.procedure && chance(rng, 0.8) ? topic.procedure : null;

    // Who received it: the handler itself mostly; otherwise the Government Office (national PAKN system)
    // or the province/ministry, which transferred it to the competent unit.
    const rejected = chance(rng, REJECTED_SHARE);
    const viaOffice = channel === 'PAKN_SYSTEM' && chance(rng, 0.6);
    const viaTop = !viaOffice && handlerAgency !== top && chance(rng, 0.08);
    const receiving = viaOffice ? office : viaTop ? top : handlerAgency;
    const handling = rejected ? receiving : handlerAgency;
    const transferred = !rejected && receiving.id !== handling.id;

    // The publication deadline (config/deadlines.json), in working days for the simulated answer.
    const publishDue = publishDueDate(category, receivedOn);
    const transferDue = transferDueDate(category, receivedOn);
    const steps = simulateTimeline(rng, {
      receivedOn,
      receivingAgencyId: receiving.id,
      handlingAgencyId: handling.id,
      allowedWorkingDays: workingDaysBetween(receivedOn, publishDue),
      rejected,
      transferred,
      transferWorkingDays: workingDaysBetween(receivedOn, transferDue),
      lateShare: lateShare(handling.id),
      stuckShare: stuckShare(handling.id),
      until: options.until,
    });

    const id = uuidFrom(idRng);
    const online = ONLINE.has(channel);
    // Inside one ministry or province a transfer keeps the due date (transferDeadline.ts).
    const withinOneAgency = ancestorsOf(handling.id).includes(receiving.id);
    let dueDate = publishDue;
    const events: EventInsert[] = [];
    let basis: Basis | null = null;
    let previous = 0;
    for (const [i, step] of steps.entries()) {
      let at = i === 0 && online ? instantOn(step.day, 0, 24, rng) : instantOn(step.day, 7.5, 17, rng);
      if (at <= previous) at = previous + 60_000; // only on the last day, where instants are squeezed
      if (at > options.asOf) break;
      previous = at;
      if (step.basis) basis = step.basis;
      const deadline =
        step.to === 'TRANSFERRED'
          ? transferDeadline(
              { category, received_on: receivedOn, due_date: dueDate, transfer_due_date: transferDue },
              withinOneAgency,
              vietnamDayOf(new Date(at).toISOString()),
            )
          : null;
      if (deadline) dueDate = deadline.dueDate;
      events.push({
        petition_id: id,
        at: new Date(at).toISOString(),
        actor: i === 0 && online ? null : `officer@${step.actorAgencyId}`,
        actor_agency_id: step.actorAgencyId,
        from_status: step.from,
        to_status: step.to,
        reason: step.reason,
        target_agency_id: step.targetAgencyId,
        transfer_late: deadline?.late ?? null,
        due_date_before: deadline?.dueDateBefore ?? null,
        due_date_after: deadline?.dueDateAfter ?? null,
      });
    }
    const last = events[events.length - 1];
    const status = last.to_status;
    // The answer that stands is the last one given (a RETURNED answer was replaced).
    const answered = ANSWERED_STATUSES.includes(status)
      ? events.filter((event) => event.to_status === 'ANSWERED').pop()
      : undefined;
    const answeredOn = answered ? vietnamDayOf(answered.at) : null;
    const published = status === 'PUBLISHED' ? last.at : null;
    const rating = published ? seedRating(id, published, options.asOf) : null;

    return {
      petition: {
        id,
        tracking_code: makeTrackingCode(idRng),
        title: text.title,
        content: text.content,
        category,
        kind,
        channel,
        petitioner_type: petitionerType,
        petitioner_name: petitioner.name,
        petitioner_address: petitioner.address,
        petitioner_phone: petitioner.phone,
        petitioner_email: petitioner.email,
        status,
        receiving_agency_id: receiving.id,
        handling_agency_id: handling.id,
        procedure_code: procedureCode,
        received_at: events[0].at,
        due_date: dueDate,
        transfer_due_date: transferDue,
        handling_agency_ancestors: ancestorsOf(handling.id),
        processing_basis: ['RECEIVED', 'TRANSFERRED', 'ACCEPTED', 'REJECTED'].includes(status) ? null : basis,
        answer_working_days: answeredOn ? workingDaysBetween(receivedOn, answeredOn) : null,
        rating: rating?.value ?? null,
        rated_at: rating?.at ?? null,
        answered_at: answered?.at ?? null,
        published_at: published,
        answer:
          answered && answeredOn
            ? answerText(rng, category, topic.subject, placeName(handling), vietnameseDate(answeredOn))
            : null,
      },
      events,
    };
  };
}

const vietnamDayOf = (iso: string) => new Date(Date.parse(iso) + VIETNAM_OFFSET).toISOString().slice(0, 10);

/** Ratings most answers get good marks, some poor; ~35% of petitioners rate (drawn from the id, no rng). */
const RATING_WEIGHTS = [0.06, 0.08, 0.18, 0.36, 0.32];
function seedRating(id: string, publishedAt: string, asOf: number): { value: number; at: string } | null {
  const h = hashString(id);
  if (h % 100 >= 35) return null;
  let r = ((h >>> 8) % 1000) / 1000;
  let value = 1;
  for (const [i, weight] of RATING_WEIGHTS.entries()) {
    value = i + 1;
    r -= weight;
    if (r < 0) break;
  }
  const at = Math.min(Date.parse(publishedAt) + ((h >>> 4) % 72) * HOUR, asOf);
  return { value, at: new Date(at).toISOString() };
}

/** A fresh id and code for a row whose own clashed with one already stored. */
export function redrawIdentity(rng: Rng): { id: string; trackingCode: string } {
  return { id: uuidFrom(rng), trackingCode: makeTrackingCode(rng) };
}
