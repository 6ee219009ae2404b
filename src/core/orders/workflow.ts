/**
 * Grassroots orders (基层下单，服务上门) as a transition table: which side may take which step from which state,
 * and where it leads. The server refuses anything the table does not hold, so the two consoles and the API
 * agree on what a button may do.
 */
export const orderStates = [
  'submitted',
  'proposed',
  'accepted',
  'declined',
  'scheduled',
  'confirmed',
  'delivered',
  'rated',
  'closed',
  'cancelled',
] as const;
export type OrderState = (typeof orderStates)[number];

export const orderSteps = [
  'accept',
  'propose',
  'decline',
  'schedule',
  'confirm',
  'deliver',
  'rate',
  'close',
  'cancel',
] as const;
export type OrderStep = (typeof orderSteps)[number];

/** The enterprise (its union officer orders) or the federation (its administrators serve). */
export type OrderSide = 'enterprise' | 'federation';

/** Who takes each step: a step is never shared, so the other side is refused outright (403). */
export const stepSide: Record<OrderStep, OrderSide> = {
  accept: 'federation',
  propose: 'federation',
  decline: 'federation',
  schedule: 'federation',
  deliver: 'federation',
  close: 'federation',
  confirm: 'enterprise',
  rate: 'enterprise',
  cancel: 'enterprise',
};

/** state → step → next state. A missing entry is a step the state does not allow. */
const table: Record<OrderState, Partial<Record<OrderStep, OrderState>>> = {
  submitted: { accept: 'accepted', propose: 'proposed', decline: 'declined', cancel: 'cancelled' },
  // The federation offered other dates: the enterprise agrees (confirm) or withdraws (cancel); the
  // federation may still offer others or decline.
  proposed: { confirm: 'accepted', propose: 'proposed', decline: 'declined', cancel: 'cancelled' },
  accepted: { schedule: 'scheduled', cancel: 'cancelled' },
  scheduled: { confirm: 'confirmed', cancel: 'cancelled' },
  confirmed: { deliver: 'delivered', cancel: 'cancelled' },
  // Delivered: the enterprise rates; the federation may close without waiting for a rating.
  delivered: { rate: 'rated', close: 'closed' },
  rated: { close: 'closed' },
  declined: {},
  closed: {},
  cancelled: {},
};

export type StepRefusal = 'forbidden' | 'invalid_transition';

/** Why this side may not take this step now, or null when it may. */
export function stepRefusal(side: OrderSide, state: OrderState, step: OrderStep): StepRefusal | null {
  if (stepSide[step] !== side) return 'forbidden';
  return table[state][step] ? null : 'invalid_transition';
}

/** The state a step leads to (null when the state does not allow it). */
export const nextState = (state: OrderState, step: OrderStep): OrderState | null =>
  table[state][step] ?? null;

/** The steps a side may take now: the buttons a console shows. */
export const stepsFor = (side: OrderSide, state: OrderState): OrderStep[] =>
  orderSteps.filter((s) => stepRefusal(side, state, s) === null);

/** States from which nothing more happens. */
export const isFinal = (state: OrderState): boolean => Object.keys(table[state]).length === 0;

export const isOrderState = (v: string): v is OrderState => (orderStates as readonly string[]).includes(v);

/** The other side: who is told when one side takes a step. */
export const otherSide = (side: OrderSide): OrderSide =>
  side === 'enterprise' ? 'federation' : 'enterprise';
