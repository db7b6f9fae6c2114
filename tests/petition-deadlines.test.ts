import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import announced from '../kit/holidays.json' with { type: 'json' };
import { clock } from '../subgraphs/petitions/clock.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, SUBMIT, type Submitted } from './support/petitionCommands.ts';

/**
 * The public deadline and holiday queries, asked anonymously through the gateway. Expected dates are worked
 * out by hand on the calendar: the announced years 2024–2025 (kit/holidays.json), the projected others
 * (Tết from the last day of the lunar year to mùng 4, a day off in lieu of each holiday on a weekend).
 */
let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const DEADLINES = `query ($receivedOn: Date!, $category: PetitionCategory!) {
  petitionDeadlines(receivedOn: $receivedOn, category: $category) {
    receivedOn category transferBy publishBy
    transferRule { step amount unit effectiveFrom legalBasis }
    publishRule { step amount unit effectiveFrom legalBasis }
  }
}`;

interface Rule {
  step: string;
  amount: number;
  unit: string;
  effectiveFrom: string;
  legalBasis: string;
}
interface Deadlines {
  receivedOn: string;
  category: string;
  transferBy: string;
  publishBy: string;
  transferRule: Rule;
  publishRule: Rule;
}

async function deadlines(receivedOn: string, category: string): Promise<Deadlines> {
  const answer = await hub.query<{ petitionDeadlines: Deadlines }>(DEADLINES, { receivedOn, category });
  expect(answer.errors).toBeUndefined();
  return answer.data?.petitionDeadlines as Deadlines;
}

/** Only the dates, for the many cases where the rules are those of the first case. */
async function dueDates(receivedOn: string, category: string) {
  const { transferBy, publishBy } = await deadlines(receivedOn, category);
  return { transferBy, publishBy };
}

const RULE_2008_TRANSFER = {
  step: 'TRANSFER',
  amount: 5,
  unit: 'WORKING_DAYS',
  effectiveFrom: '2008-03-15',
  legalBasis: expect.stringContaining('Nghị định 20/2008/NĐ-CP, Điều 9'),
};
const RULE_2017_PUBLISH = {
  step: 'PUBLISH',
  amount: 20,
  unit: 'WORKING_DAYS',
  effectiveFrom: '2017-01-01',
  legalBasis: expect.stringContaining('20 ngày làm việc'),
};
const RULE_2025_TRANSFER = {
  step: 'TRANSFER',
  amount: 2,
  unit: 'WORKING_DAYS',
  effectiveFrom: '2025-06-16',
  legalBasis: expect.stringContaining('Công điện 89/CĐ-TTg'),
};
const RULE_2025_PUBLISH = {
  step: 'PUBLISH',
  amount: 15,
  unit: 'CALENDAR_DAYS',
  effectiveFrom: '2025-06-16',
  legalBasis: expect.stringContaining('Công điện 89/CĐ-TTg'),
};

describe('Decree 20/2008 Art. 9 and the 2017 rule: a conduct petition, 5 working days to transfer, 20 to publish', () => {
  it('received on Wed 7 Feb 2024, before Tết (8–14 Feb off, announced): transfer by 21 Feb, publish by 13 Mar', async () => {
    // Working days from Thu 15 Feb: 15, 16, 19, 20, 21 (5); 22, 23, 26–29 Feb, 1, 4–8, 11, 12, 13 Mar (20).
    expect(await deadlines('2024-02-07', 'CONDUCT')).toEqual({
      receivedOn: '2024-02-07',
      category: 'CONDUCT',
      transferBy: '2024-02-21',
      publishBy: '2024-03-13',
      transferRule: RULE_2008_TRANSFER,
      publishRule: RULE_2017_PUBLISH,
    });
  });

  it('received on Fri 30 Aug 2024, before National Day (2–3 Sep off): transfer by 10 Sep, publish by 1 Oct', async () => {
    // Wed 4, Thu 5, Fri 6, Mon 9, Tue 10 Sep (5); 11–13, 16–20, 23–27, 30 Sep, 1 Oct (20).
    expect(await dueDates('2024-08-30', 'CONDUCT')).toEqual({
      transferBy: '2024-09-10',
      publishBy: '2024-10-01',
    });
  });

  it('received on Fri 25 Apr 2025, before 30/4–1/5 (Sat 26 Apr worked, 2 May off): transfer by 6 May, publish by 27 May', async () => {
    // Sat 26 (swapped working day), Mon 28, Tue 29 Apr; 30 Apr – 2 May off; Mon 5, Tue 6 May (5);
    // 7–9, 12–16, 19–23, 26, 27 May (20).
    expect(await dueDates('2025-04-25', 'CONDUCT')).toEqual({
      transferBy: '2025-05-06',
      publishBy: '2025-05-27',
    });
  });

  it('received on Fri 28 Aug 2026, before National Day (projected: Tue 1 and Wed 2 Sep): transfer by 8 Sep, publish by 29 Sep', async () => {
    // Mon 31 Aug, Thu 3, Fri 4, Mon 7, Tue 8 Sep (5); 9–11, 14–18, 21–25, 28, 29 Sep (20).
    expect(await dueDates('2026-08-28', 'CONDUCT')).toEqual({
      transferBy: '2026-09-08',
      publishBy: '2026-09-29',
    });
  });

  it('received on Thu 4 Feb 2027, before Tết (projected: Fri 5 – Tue 9 Feb, Wed 10 and Thu 11 in lieu of the weekend): transfer by 18 Feb, publish by 11 Mar', async () => {
    // Fri 12, Mon 15 – Thu 18 Feb (5); 19, 22–26 Feb, 1–5, 8–11 Mar (20).
    expect(await dueDates('2027-02-04', 'CONDUCT')).toEqual({
      transferBy: '2027-02-18',
      publishBy: '2027-03-11',
    });
  });

  it('received on Thu 29 Apr 2027, before 30/4–1/5 (1 May a Saturday: Mon 3 May off): transfer by 10 May, publish by 31 May', async () => {
    // Fri 30 Apr and Mon 3 May off: Tue 4 – Fri 7, Mon 10 May (5); 11–14, 17–21, 24–28, 31 May (20).
    expect(await dueDates('2027-04-29', 'CONDUCT')).toEqual({
      transferBy: '2027-05-10',
      publishBy: '2027-05-31',
    });
  });

  it('received on Mon 20 Dec 2027, across New Year 2028 (a Saturday: Mon 3 Jan off): transfer by 27 Dec, publish by 18 Jan 2028', async () => {
    // Tue 21 – Fri 24, Mon 27 Dec (5); 28–31 Dec, Tue 4 – Fri 7, Mon 10 – Fri 14, Mon 17, Tue 18 Jan (20).
    expect(await dueDates('2027-12-20', 'CONDUCT')).toEqual({
      transferBy: '2027-12-27',
      publishBy: '2028-01-18',
    });
  });

  it('received on Thu 31 Jan 2030, before Tết (Vietnam: Sat 2 Feb; Fri 1 – Tue 5 off, Wed 6 and Thu 7 in lieu): transfer by 14 Feb, publish by 7 Mar', async () => {
    // Fri 8, Mon 11 – Thu 14 Feb (5); 15, 18–22, 25–28 Feb, 1, 4–7 Mar (20).
    expect(await dueDates('2030-01-31', 'CONDUCT')).toEqual({
      transferBy: '2030-02-14',
      publishBy: '2030-03-07',
    });
  });

  it('received on Mon 20 Jan 2031, before Tết (Thu 23 Jan: Wed 22 – Sun 26, Mon 27 and Tue 28 in lieu): transfer by 3 Feb, publish by 24 Feb', async () => {
    // Tue 21 Jan, then Wed 29 – Fri 31 Jan, Mon 3 Feb (5); 4–7, 10–14, 17–21, 24 Feb (20).
    expect(await dueDates('2031-01-20', 'CONDUCT')).toEqual({
      transferBy: '2031-02-03',
      publishBy: '2031-02-24',
    });
  });
});

describe('Dispatch 89/CĐ-TTg (16 Jun 2025): a petition about a regulation, 2 working days to transfer, 15 days to answer', () => {
  it('Dispatch 89/CĐ-TTg: a petition about a regulation received on 16 Jun 2025, the day it took effect, is due within 15 days', async () => {
    // 15 days after Mon 16 Jun: Tue 1 Jul, a working day. Transfer: Tue 17, Wed 18 Jun.
    expect(await deadlines('2025-06-16', 'INCONSISTENT_REGULATION')).toEqual({
      receivedOn: '2025-06-16',
      category: 'INCONSISTENT_REGULATION',
      transferBy: '2025-06-18',
      publishBy: '2025-07-01',
      transferRule: RULE_2025_TRANSFER,
      publishRule: RULE_2025_PUBLISH,
    });
  });

  it('the 2017 rule: a petition about a regulation received before the dispatch (Mon 9 Jun 2025) has 20 working days', async () => {
    // Tue 10 – Fri 13, Mon 16 Jun (5); 17–20, 23–27, 30 Jun, 1–4, 7 Jul (20).
    expect(await deadlines('2025-06-09', 'INCONSISTENT_REGULATION')).toEqual({
      receivedOn: '2025-06-09',
      category: 'INCONSISTENT_REGULATION',
      transferBy: '2025-06-16',
      publishBy: '2025-07-07',
      transferRule: RULE_2008_TRANSFER,
      publishRule: RULE_2017_PUBLISH,
    });
    // Sunday 15 Jun, the day before: still the 2017 rule (Mon 16 – Fri 20; … Fri 11 Jul).
    expect(await deadlines('2025-06-15', 'ILLEGAL_REGULATION')).toMatchObject({
      transferBy: '2025-06-20',
      publishBy: '2025-07-11',
      publishRule: { amount: 20, unit: 'WORKING_DAYS' },
    });
  });

  it('Dispatch 89/CĐ-TTg: a petition about a regulation received in 2026 is due within 15 days; a last day on Tết moves to the next working day', async () => {
    // Mon 2 Feb 2026 + 15 days = Tue 17 Feb, Tết (16–20 Feb, then the weekend): Mon 23 Feb. Transfer: Tue 3, Wed 4.
    expect(await dueDates('2026-02-02', 'UNSUITABLE_REGULATION')).toEqual({
      transferBy: '2026-02-04',
      publishBy: '2026-02-23',
    });
    // Thu 16 Apr 2026 + 15 = Fri 1 May, a holiday, then the weekend: Mon 4 May. Transfer: Fri 17, Mon 20 Apr.
    expect(await dueDates('2026-04-16', 'CONTRARY_TO_TREATY')).toEqual({
      transferBy: '2026-04-20',
      publishBy: '2026-05-04',
    });
  });

  it('Dispatch 89/CĐ-TTg: across Tết 2028, 2029 and 2031 and National Day 2029 (projected)', async () => {
    // Mon 10 Jan 2028 + 15 = Tue 25 Jan, the last day of the lunar year; Tết to Sat 29, Mon 31 in lieu: Tue 1 Feb.
    expect(await dueDates('2028-01-10', 'OTHER_REGULATION_ISSUE')).toEqual({
      transferBy: '2028-01-12',
      publishBy: '2028-02-01',
    });
    // Fri 2 Feb 2029 + 15 = Sat 17 Feb (Tết 12–16 Feb is over): Mon 19 Feb. Transfer: Mon 5, Tue 6 Feb.
    expect(await dueDates('2029-02-02', 'UNSUITABLE_REGULATION')).toEqual({
      transferBy: '2029-02-06',
      publishBy: '2029-02-19',
    });
    // Mon 20 Aug 2029 + 15 = Tue 4 Sep, the day off in lieu of Sunday 2 Sep (Mon 3 the second day): Wed 5 Sep.
    expect(await dueDates('2029-08-20', 'ILLEGAL_REGULATION')).toEqual({
      transferBy: '2029-08-22',
      publishBy: '2029-09-05',
    });
    // Mon 13 Jan 2031 + 15 = Tue 28 Jan, in lieu of Tết's Sunday: Wed 29 Jan. Transfer: Tue 14, Wed 15 Jan.
    expect(await dueDates('2031-01-13', 'INCONSISTENT_REGULATION')).toEqual({
      transferBy: '2031-01-15',
      publishBy: '2031-01-29',
    });
  });

  it('the rule is chosen per category: a conduct petition received the same day keeps 5 and 20 working days', async () => {
    const conduct = await deadlines('2026-02-02', 'CONDUCT');
    expect([conduct.transferRule, conduct.publishRule]).toEqual([RULE_2008_TRANSFER, RULE_2017_PUBLISH]);
    // Tue 3 – Fri 6, Mon 9 Feb (5); 10–13, 23–27 Feb, 2–6, 9 Mar (20), Tết 16–20 Feb skipped.
    expect([conduct.transferBy, conduct.publishBy]).toEqual(['2026-02-09', '2026-03-09']);
  });
});

describe('a submitted petition is given the due dates the query announces', () => {
  afterEach(() => clock.set(null));

  it('Dispatch 89/CĐ-TTg: a petition about a regulation submitted on 2 Feb 2026 is due on 23 Feb; a conduct petition on 9 Mar', async () => {
    clock.set(new Date('2026-02-02T10:00:00+07:00'));
    const submitted = async (category: string) => {
      const answer = await hub.query<Submitted>(SUBMIT, { input: petitionInput({ category }) });
      expect(answer.errors).toBeUndefined();
      const { dueDate, transferDueDate } = answer.data?.submitPetition.petition ?? {};
      return { dueDate, transferDueDate };
    };
    expect(await submitted('UNSUITABLE_REGULATION')).toEqual({
      transferDueDate: '2026-02-04',
      dueDate: '2026-02-23',
    });
    expect(await submitted('CONDUCT')).toEqual({ transferDueDate: '2026-02-09', dueDate: '2026-03-09' });
  });
});

describe('public holidays (Labour Code 2019 Art. 111–112)', () => {
  const HOLIDAYS = 'query ($year: Int!) { publicHolidays(year: $year) { date name kind projected } }';

  it('2025 is the Government’s announcement, projected: false', async () => {
    const answer = await hub.query<{ publicHolidays: unknown[] }>(HOLIDAYS, { year: 2025 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.publicHolidays).toEqual(
      announced.years['2025'].days.map((day) => ({ ...day, projected: false })),
    );
  });

  it('Art. 112(1): 2031 is projected from the Vietnamese lunar calendar — Tết on 23 Jan 2031', async () => {
    const answer = await hub.query<{ publicHolidays: unknown[] }>(HOLIDAYS, { year: 2031 });
    expect(answer.errors).toBeUndefined();
    const day = (date: string, kind: string, name: string) => ({ date, kind, name, projected: true });
    expect(answer.data?.publicHolidays).toEqual([
      day('2031-01-01', 'HOLIDAY', 'Tết Dương lịch'),
      day('2031-01-22', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
      day('2031-01-23', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
      day('2031-01-24', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
      day('2031-01-25', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
      day('2031-01-26', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)'),
      // Art. 111(3): Saturday 25 and Sunday 26 give the next two working days.
      day('2031-01-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 3)'),
      day('2031-01-28', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 4)'),
      // Lunar 10/3 of Tân Hợi.
      day('2031-04-01', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
      day('2031-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
      day('2031-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
      // 2 Sep 2031 is a Tuesday: the second day is Monday 1 Sep.
      day('2031-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 2/9)'),
      day('2031-09-02', 'HOLIDAY', 'Quốc khánh (2/9)'),
    ]);
  });
});

describe('no date a client sends fails with an internal error', () => {
  it('receivedOn outside 2000–2100 is BAD_USER_INPUT naming receivedOn', async () => {
    for (const receivedOn of ['1900-01-01', '1999-12-31', '2101-01-01', '9999-12-31']) {
      const answer = await hub.query(DEADLINES, { receivedOn, category: 'CONDUCT' });
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', 'receivedOn'],
      ]);
      expect(answer.errors?.[0].message).toContain('nằm ngoài lịch ngày làm việc');
    }
  });

  it('the last day of 2100 is served; its deadlines end in 2101', async () => {
    // Fri 31 Dec 2100; 1 Jan 2101 a Saturday, Mon 3 Jan off in lieu: Tue 4 – Fri 7, Mon 10 Jan (5).
    expect((await dueDates('2100-12-31', 'CONDUCT')).transferBy).toBe('2101-01-10');
  });

  it('a day that does not exist is refused with its reason: BAD_USER_INPUT as a variable, a validation error as a literal', async () => {
    const asVariable = await hub.query(DEADLINES, { receivedOn: '2026-02-30', category: 'CONDUCT' });
    expect(asVariable.status).toBe(400);
    expect(asVariable.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(asVariable.errors?.[0].message).toContain('Ngày "2026-02-30" không tồn tại.');
    const asLiteral = await hub.query(
      '{ petitionDeadlines(receivedOn: "2026-02-30", category: CONDUCT) { publishBy } }',
    );
    expect(asLiteral.status).toBe(400);
    expect(asLiteral.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(asLiteral.errors?.[0].message).toContain('Ngày "2026-02-30" không tồn tại.');
  });

  it('a receipt before any publication rule (2016) is BAD_USER_INPUT naming receivedOn', async () => {
    const answer = await hub.query(DEADLINES, { receivedOn: '2016-06-01', category: 'CONDUCT' });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'receivedOn'],
    ]);
    expect(answer.errors?.[0].message).toBe(
      'Chưa có quy định thời hạn cho phản ánh, kiến nghị tiếp nhận trước ngày 01/01/2017.',
    );
  });

  it('a year outside 2000–2100 is BAD_USER_INPUT naming year', async () => {
    for (const year of [1900, 1999, 2101, 9999]) {
      const answer = await hub.query('query ($year: Int!) { publicHolidays(year: $year) { date } }', {
        year,
      });
      expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', 'year'],
      ]);
    }
  });
});
