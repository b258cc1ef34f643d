import { complaintResolvedOnTime, complaintsPer100, followUpRate, onTimeRate, partsCorrectRate, satisfactionRate } from '../service-kpis';
import { complaint, cancelled, lateStopped, met, overdue, running, service } from './records';

describe('follow-up rate of in-warranty services (保修期内客户回访率, target 100 %)', () => {
  it('counts a call made, late or not, against every call-back due; not the ones still running, nor out-of-warranty work', () => {
    const records = [
      service({ timers: [met('follow_up')] }), // called in time: 1 of 1
      service({ timers: [lateStopped('follow_up')] }), // called late: still called, 1 of 1
      service({ timers: [overdue('follow_up')] }), // never called, past due: 0 of 1
      service({ timers: [running('follow_up')] }), // not due yet: not counted
      service({ inWarranty: false, timers: [met('follow_up')] }), // out of warranty: not counted
      service({ timers: [met('guidance_follow_up')] }), // guided by phone, called back: 1 of 1
      service({ timers: [] }), // still open: not counted
    ];
    // numerator 1 + 1 + 0 + 1 = 3; denominator 4; 3 / 4 = 0.75 < 100 %
    expect(followUpRate(records)).toMatchObject({ kpi: 'follow_up_rate', numerator: 3, denominator: 4, rate: 0.75, meetsTarget: false });
  });

  it('meets 100 % only when every due call was made', () => {
    expect(followUpRate([service({ timers: [met('follow_up')] }), service({ timers: [lateStopped('follow_up')] })])).toMatchObject({
      numerator: 2,
      denominator: 2,
      rate: 1,
      meetsTarget: true,
    });
  });

  it('has no rate and no verdict when nothing was due (never NaN)', () => {
    expect(followUpRate([service({ timers: [running('follow_up')] })])).toMatchObject({ numerator: 0, denominator: 0, rate: null, meetsTarget: null });
  });
});

describe('satisfaction rate (服务满意率, ≥ 98 %)', () => {
  it('counts 满意 (4) and 非常满意 (5) among rated services; unrated ones are not counted', () => {
    const ratings = [5, 4, 4, 3, null, 2];
    // rated: 5 (5, 4, 4, 3, 2); satisfied: 3 (5, 4, 4); 3 / 5 = 0.6
    expect(satisfactionRate(ratings.map((satisfaction) => service({ satisfaction })))).toMatchObject({ numerator: 3, denominator: 5, rate: 0.6, meetsTarget: false });
  });

  it('meets 98 % at exactly 49 of 50, decided on integers (49 × 100 = 4900 ≥ 98 × 50 = 4900), and misses at 48 of 50', () => {
    const of50 = (satisfied: number) => Array.from({ length: 50 }, (_, i) => service({ satisfaction: i < satisfied ? 4 : 3 }));
    expect(satisfactionRate(of50(49))).toMatchObject({ numerator: 49, denominator: 50, rate: 0.98, meetsTarget: true });
    expect(satisfactionRate(of50(48))).toMatchObject({ numerator: 48, denominator: 50, rate: 0.96, meetsTarget: false });
  });
});

describe('parts shipped correctly (配件出货正确率, ≥ 98 %)', () => {
  it('counts part lines, not receipts', () => {
    const records = [
      service({ parts: [{ correct: true }, { correct: false }, { correct: true }] }), // 2 of 3 lines
      service({ parts: [{ correct: true }] }), // 1 of 1
      service({ parts: [] }), // none
    ];
    // (2 + 1) / (3 + 1) = 3 / 4 = 0.75
    expect(partsCorrectRate(records)).toMatchObject({ numerator: 3, denominator: 4, rate: 0.75, meetsTarget: false });
  });
});

describe('on time: arrange 2 h, check 4 h, on site 3 h, follow up 24 h', () => {
  const records = [
    // First order reassigned after its arrange timer was met; its on-site clock was cancelled.
    service({ timers: [met('arrange'), met('check'), cancelled('on_site')] }),
    service({ timers: [lateStopped('arrange'), met('check'), met('on_site'), met('follow_up')] }),
    service({ timers: [running('arrange'), running('check'), running('on_site')] }),
    service({ timers: [overdue('arrange'), overdue('check'), overdue('on_site')] }),
    // Two orders on one request (the first reassigned): each order's timer counts.
    service({ timers: [cancelled('arrange'), cancelled('check'), met('arrange'), met('check'), lateStopped('on_site'), lateStopped('follow_up')] }),
  ];

  it('arrange: met 2 (rows 1, 5) of ended 4 (rows 1, 2, 4, 5); running and cancelled not counted → 2 / 4', () => {
    expect(onTimeRate('on_time_arrange', records)).toMatchObject({ numerator: 2, denominator: 4, rate: 0.5, meetsTarget: false });
  });

  it('check: met 3 (rows 1, 2, 5) of 4 → 0.75', () => {
    expect(onTimeRate('on_time_check', records)).toMatchObject({ numerator: 3, denominator: 4, rate: 0.75 });
  });

  it('on site: met 1 (row 2) of 3 (rows 2, 4, 5) → 1/3', () => {
    expect(onTimeRate('on_time_on_site', records)).toMatchObject({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it('follow up 24 h: met 1 of 2; a late call is a follow-up made (rate) but not on time', () => {
    expect(onTimeRate('on_time_follow_up', records)).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(followUpRate(records)).toMatchObject({ numerator: 2, denominator: 2, rate: 1 });
  });
});

describe('complaints', () => {
  it('per 100 services: 3 complaints over 200 requests → 3 × 100 / 200 = 1.5, above the ceiling of 1', () => {
    const services = Array.from({ length: 200 }, () => service());
    const three = [met('complaint_major'), met('complaint_major'), met('complaint_minor')].map((t) => complaint(t));
    expect(complaintsPer100(three, services)).toMatchObject({ numerator: 3, denominator: 200, rate: 1.5, meetsTarget: false });
    // 2 × 100 / 200 = 1: at the ceiling, which is allowed.
    expect(complaintsPer100(three.slice(0, 2), services)).toMatchObject({ rate: 1, meetsTarget: true });
    expect(complaintsPer100(three, [])).toMatchObject({ rate: null, meetsTarget: null });
  });

  it('resolved on time: met 2 of decided 3; a complaint still inside its deadline is not counted', () => {
    const complaints = [complaint(met('complaint_critical')), complaint(overdue('complaint_major')), complaint(running('complaint_minor')), complaint(met('complaint_minor'))];
    // decided: met, overdue, met → 2 / 3
    expect(complaintResolvedOnTime(complaints)).toMatchObject({ numerator: 2, denominator: 3, rate: 2 / 3, meetsTarget: false });
  });
});
