/**
 * The shape shared by the service desk's two state machines (request and work order):
 * a table of moves, each made by one kind of actor and, for a coordinator, only with
 * the RBAC action that move belongs to. Same answers as the claim machine: a move of
 * another actor, or a coordinator without the action, is FORBIDDEN whatever the state
 * (403); a right actor in the wrong state is a CONFLICT with the machine's own reason (409).
 */

export type ServiceAction = 'service.intake' | 'service.dispatch' | 'service.follow-up' | 'service.complaint';

export const SERVICE_ACTIONS: readonly ServiceAction[] = ['service.intake', 'service.dispatch', 'service.follow-up', 'service.complaint'];

export type ServiceActor =
  | { kind: 'coordinator'; actions: readonly ServiceAction[] }
  | { kind: 'dealer' }
  | { kind: 'system' };

export interface MoveRule<S extends string, E extends string> {
  event: E;
  actor: ServiceActor['kind'];
  /** The RBAC action a coordinator needs for this move. */
  action?: ServiceAction;
  from: readonly S[];
  to: S;
  /** A free-text reason must come with the move (decline, reschedule, reassign, close). */
  needsReason?: boolean;
}

export type MoveResult<S extends string, W extends string> =
  | { ok: true; to: S }
  | { ok: false; status: 403; reason: 'WRONG_ACTOR' }
  | { ok: false; status: 400; reason: 'REASON_REQUIRED' }
  | { ok: false; status: 409; reason: W };

export interface PlannedMove<S extends string, E extends string> {
  event: E;
  from: S;
  to: S;
}

export type PlanResult<S extends string, E extends string, W extends string> =
  | { ok: true; status: S; moves: Array<PlannedMove<S, E>> }
  | (Exclude<MoveResult<S, W>, { ok: true }> & { index: number; event: E });

export interface MoveRequest<E extends string> {
  event: E;
  actor: ServiceActor;
  reason?: string | null;
}

export interface Machine<S extends string, E extends string, W extends string> {
  readonly states: readonly S[];
  readonly rules: ReadonlyArray<MoveRule<S, E>>;
  move(state: S, request: MoveRequest<E>): MoveResult<S, W>;
  /** Several moves in a row, each from the state the previous one reached; nothing is written. */
  plan(state: S, requests: ReadonlyArray<MoveRequest<E>>): PlanResult<S, E, W>;
  allowedEvents(state: S, actor: ServiceActor): E[];
}

function mayAct<S extends string, E extends string>(rule: MoveRule<S, E>, actor: ServiceActor): boolean {
  if (rule.actor !== actor.kind) return false;
  if (actor.kind !== 'coordinator') return true;
  return rule.action === undefined || actor.actions.includes(rule.action);
}

export function machineOf<S extends string, E extends string, W extends string>(
  states: readonly S[],
  rules: ReadonlyArray<MoveRule<S, E>>,
  wrongState: W,
): Machine<S, E, W> {
  const move = (state: S, request: MoveRequest<E>): MoveResult<S, W> => {
    const candidates = rules.filter((r) => r.event === request.event);
    const mine = candidates.filter((r) => mayAct(r, request.actor));
    if (candidates.length > 0 && mine.length === 0) return { ok: false, status: 403, reason: 'WRONG_ACTOR' };
    const rule = mine.find((r) => r.from.includes(state));
    if (!rule) return { ok: false, status: 409, reason: wrongState };
    if (rule.needsReason && !(request.reason ?? '').trim()) return { ok: false, status: 400, reason: 'REASON_REQUIRED' };
    return { ok: true, to: rule.to };
  };
  return {
    states,
    rules,
    move,
    plan(state, requests) {
      let at = state;
      const moves: Array<PlannedMove<S, E>> = [];
      for (const [index, request] of requests.entries()) {
        const result = move(at, request);
        if (!result.ok) return { ...result, index, event: request.event };
        moves.push({ event: request.event, from: at, to: result.to });
        at = result.to;
      }
      return { ok: true, status: at, moves };
    },
    allowedEvents(state, actor) {
      return rules.filter((r) => mayAct(r, actor) && r.from.includes(state)).map((r) => r.event);
    },
  };
}
