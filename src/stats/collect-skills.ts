/**
 * Counts for skills-based routing, preemption and escalation: services per servedBy option,
 * interruptions per preemptive step, escalations per step with a timer.
 *
 * Of 1,000 mortgage calls answered after warm-up, 720 by specialists and 280 by universal
 * agents: option shares 0.72 and 0.28. 35 standard calls interrupted by VIPs; 41 files
 * escalated to the team lead. Counted by event time from warm-up on.
 */
import type { CollectorLayout } from "./observer.js";
import type { SkillFacts } from "./kpis/skill-kpis.js";

/** See the module comment. */
export class SkillCollector {
  private readonly served: Float64Array;
  private readonly interrupted: Float64Array;
  private readonly escalated: Float64Array;
  private readonly sent: Float64Array;

  constructor(private readonly layout: CollectorLayout) {
    this.served = new Float64Array(layout.skillOptions?.length ?? 0);
    this.interrupted = new Float64Array(layout.steps.length);
    this.escalated = new Float64Array(layout.steps.length);
    this.sent = new Float64Array(layout.steps.length);
  }

  /** A case interrupted at `step` was sent elsewhere. */
  preemptSent(t: number, step: number): void {
    if (t >= this.layout.warmup) this.sent[step] += 1;
  }

  /** A case started service on servedBy option `option`. */
  skillStart(t: number, option: number): void {
    if (t >= this.layout.warmup) this.served[option] += 1;
  }

  /** A case in service at `step` was interrupted. */
  preempt(t: number, step: number): void {
    if (t >= this.layout.warmup) this.interrupted[step] += 1;
  }

  /** A waiting case at `step` was escalated. */
  escalate(t: number, step: number): void {
    if (t >= this.layout.warmup) this.escalated[step] += 1;
  }

  /** The counts, with the services of each option's step summed over its options. */
  facts(): SkillFacts {
    const options = this.layout.skillOptions ?? [];
    const stepServed = new Float64Array(this.layout.steps.length);
    options.forEach((option, i) => {
      stepServed[option.step] += this.served[i];
    });
    return {
      options: options.map((option, i) => ({ served: this.served[i], stepServed: stepServed[option.step] })),
      interrupted: Array.from(this.interrupted),
      escalated: Array.from(this.escalated),
      sent: Array.from(this.sent),
      preemptiveSteps: this.layout.preemptiveSteps ?? [],
      preemptSendSteps: this.layout.preemptSendSteps ?? [],
      escalationSteps: this.layout.escalationSteps ?? [],
    };
  }
}
