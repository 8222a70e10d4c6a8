/**
 * Non-preemptive priority queues: Cobham's formula.
 *
 * At a counter where premium customers are called before walk-ins but nobody is interrupted,
 * class k (1 = highest) waits on average W_k = W0 / ((1 − σ_{k−1})·(1 − σ_k)), where σ_k is
 * the load of classes 1…k and W0 the mean residual work found in service.
 */

/** One priority class: its Poisson rate and service moments. */
export interface PriorityClass {
  /** λ_k per minute. */
  readonly arrivalRate: number;
  /** E[S_k], minutes. */
  readonly meanService: number;
  /** E[S_k²], minutes². */
  readonly secondMoment: number;
}

/**
 * Mean wait in line per class for an M/G/1 non-preemptive priority queue.
 * @param classes ordered from highest priority to lowest
 * @returns W_k per class, minutes
 * @throws RangeError when the total load is ≥ 1
 */
export function cobhamMg1(classes: readonly PriorityClass[]): number[] {
  const residual = classes.reduce((sum, c) => sum + (c.arrivalRate * c.secondMoment) / 2, 0);
  const total = classes.reduce((sum, c) => sum + c.arrivalRate * c.meanService, 0);
  if (!(total < 1)) throw new RangeError(`unstable: total load ${total} ≥ 1`);
  let above = 0;
  return classes.map((c) => {
    const upTo = above + c.arrivalRate * c.meanService;
    const wait = residual / ((1 - above) * (1 - upTo));
    above = upTo;
    return wait;
  });
}
