import { SERVICE_ACTIONS, type Machine, type ServiceActor } from '../machine';

/** A 1×1 PNG. */
export const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A receipt as a technician's phone sends it: two parts used, one issued by mistake and left unused. */
export const RECEIPT = {
  faultComponent: 'MOTOR',
  faultFound: '电机烧毁',
  workDone: '更换电机总成，现场试机正常',
  parts: [
    { partNumber: 'P-MOTOR', qtyIssued: 1, qtyUsed: 1, correct: true },
    { partNumber: 'P-CORE', qtyIssued: 1, qtyUsed: 0, correct: false },
    { partNumber: 'P-BOLT', qtyIssued: 4, qtyUsed: 3, correct: true },
  ],
  labour: [{ operation: 'OP-MOTOR', hours: 2 }],
  travelKm: 40,
  coverage: 'out_of_warranty',
  completedAt: '2026-11-30T15:40:00+08:00',
  acceptance: { name: '王师傅', signature: SIGNATURE },
  satisfaction: 5,
  comment: '师傅很专业',
};

const ACTORS: Record<ServiceActor['kind'], ServiceActor> = {
  coordinator: { kind: 'coordinator', actions: SERVICE_ACTIONS },
  dealer: { kind: 'dealer' },
  system: { kind: 'system' },
};

/** Each event tried by its own actor, with a reason, from every state none of its rules starts from. */
export function movesFromOtherStates<S extends string, E extends string, W extends string>(machine: Machine<S, E, W>) {
  return machine.rules.flatMap((rule) =>
    machine.states
      .filter((state) => !machine.rules.some((r) => r.event === rule.event && r.from.includes(state)))
      .map((state) => ({ state, event: rule.event, result: machine.move(state, { event: rule.event, actor: ACTORS[rule.actor], reason: 'r' }) })),
  );
}
