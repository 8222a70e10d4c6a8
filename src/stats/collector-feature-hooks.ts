/**
 * The observer hooks of optional features (categories, admission, skills, batches, errors,
 * downtime, appointments) and their accumulators: the part of the replication collector (collectors.ts)
 * that a plain model never calls.
 *
 * A call centre with call-back messages and a loan factory with errors found at review each
 * reach their own collector through these hooks; a branch counter without them only pays
 * for the null tests of the common hooks.
 */
import type { CollectorLayout } from "./observer.js";
import { TimeOfDayCollector } from "./collect-time-of-day.js";
import { StepCollector } from "./collect-steps.js";
import { BatchCollector } from "./collect-batches.js";
import { AdmissionCollector } from "./collect-admission.js";
import { ReworkCollector } from "./collect-rework.js";
import { DowntimeCollector } from "./collect-downtime.js";
import { CategoryCollector } from "./collect-categories.js";
import { SkillCollector } from "./collect-skills.js";
import { AppointmentCollector } from "./collect-appointments.js";

/** The optional features' hooks; extended by the replication collector. */
export abstract class FeatureHooks {
  readonly timeOfDay: TimeOfDayCollector;
  readonly steps: StepCollector;
  readonly skills: SkillCollector;
  readonly batches: BatchCollector;
  /** Admission statistics; null when the model declares no admission rules. */
  readonly admission: AdmissionCollector | null;
  /** Errors and rework; null for a model without errors. */
  readonly rework: ReworkCollector | null;
  /** Unplanned downtime; null when no pool fails. */
  readonly downtime: DowntimeCollector | null;
  /** Statistics per category of the case attributes; `hasCategories` false when there are none. */
  readonly categories: CategoryCollector;
  protected readonly hasCategories: boolean;
  /** Appointments; null when no source books them. */
  readonly appointments: AppointmentCollector | null;

  constructor(readonly layout: CollectorLayout) {
    this.timeOfDay = new TimeOfDayCollector(layout);
    const bins = this.timeOfDay.bins;
    this.steps = new StepCollector(layout, bins);
    this.categories = new CategoryCollector(layout);
    this.hasCategories = this.categories.active;
    this.skills = new SkillCollector(layout);
    this.batches = new BatchCollector(layout);
    this.admission = layout.admission === undefined ? null : new AdmissionCollector(layout, bins);
    this.rework = layout.rework === undefined ? null : new ReworkCollector(layout);
    this.downtime = layout.downtimePools === undefined ? null : new DowntimeCollector(layout);
    this.appointments = layout.appointmentClasses === undefined ? null : new AppointmentCollector(layout);
  }

  onAppointment(t: number, caseSlot: number, cls: number, appointment: number): void {
    if (this.appointments !== null) this.appointments.appointment(t, caseSlot, cls, appointment);
  }

  onNoShow(t: number, cls: number): void {
    if (this.appointments !== null) this.appointments.noShow(t, cls);
  }

  onCategory(t: number, caseSlot: number, attribute: number, category: number): void {
    this.categories.category(t, caseSlot, attribute, category);
  }

  onMessage(t: number, _caseSlot: number, cls: number, step: number, waited: number): void {
    if (this.admission !== null) this.admission.message(t, cls, step, waited);
  }

  onLost(t: number, _caseSlot: number, cls: number): void {
    if (this.admission !== null) this.admission.lost(t, cls);
  }

  onSkillStart(t: number, _caseSlot: number, _step: number, option: number): void {
    this.skills.skillStart(t, option);
  }

  onPreempt(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.steps.interrupt(t, step);
    this.skills.preempt(t, step);
  }

  onPreemptSent(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.skills.preemptSent(t, step);
  }

  onResume(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.steps.resume(t, step);
  }

  onEscalate(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.skills.escalate(t, step);
  }

  onBatch(t: number, step: number, size: number, waitSum: number, trigger: number): void {
    this.batches.batch(t, step, size, waitSum, trigger);
  }

  onStepError(t: number, _caseSlot: number, _cls: number, step: number, visit: number, erroneous: boolean): void {
    if (this.rework !== null) this.rework.stepError(t, step, visit, erroneous);
  }

  onErrorFound(t: number, _caseSlot: number, _cls: number, step: number): void {
    if (this.rework !== null) this.rework.errorFound(t, step);
  }

  onErrorEscaped(t: number, caseSlot: number, _cls: number, origin: number): void {
    if (this.rework !== null) this.rework.errorEscaped(t, caseSlot, origin);
  }

  onCaseRework(t: number, caseSlot: number, _cls: number, visits: number, reworks: number, reworkTime: number): void {
    if (this.rework !== null) this.rework.caseRework(t, caseSlot, visits, reworks, reworkTime);
  }

  onPoolDown(t: number, pool: number, interrupted: number): void {
    if (this.downtime !== null) this.downtime.down(t, pool, interrupted);
  }

  onSentElsewhere(t: number, _caseSlot: number, _cls: number, step: number, pool: number, inActivity: boolean): void {
    if (inActivity) this.steps.interrupt(t, step);
    if (this.downtime !== null) this.downtime.sent(t, pool, inActivity);
  }

  onPoolUp(t: number, pool: number): void {
    if (this.downtime !== null) this.downtime.up(t, pool);
  }
}
