/**
 * The KPI registry: every KPI procsim reports, as families of records that share the data
 * they are computed from, in report order. One list serves the catalogue (keys, labels,
 * units, better direction), the values of a replication and the generated docs/kpis.md, so
 * the three cannot disagree.
 *
 * A branch model with classes walk-in and business, steps reception and counter, pool tellers
 * and a "5-minute wait" target reports the case KPIs of all cases, the cost KPIs, the case KPIs
 * of each class, then those of each step, pool and service level in id order.
 * To add a KPI, add one record to its family's file; to add a family, add its facts to
 * `ReplicationFacts` and one `family(...)` line here.
 */
import type { CollectorLayout } from "../observer.js";
import type { KpiDef, KpiScope } from "../result-types.js";
import type { CaseFacts, CostFacts, PoolFacts, ServiceLevelFacts, StepFacts } from "./facts.js";
import type { KpiRecord } from "./record.js";
import { unitRange, type ValueRange } from "../value-range.js";
import { finiteOrNull } from "../numbers.js";
import { CASE_KPIS } from "./case-kpis.js";
import { CATEGORY_KPIS } from "./category-kpis.js";
import { categorySubjects } from "../collect-categories.js";
import { COST_KPIS } from "./cost-kpis.js";
import { POOL_KPIS } from "./pool-kpis.js";
import { SERVICE_LEVEL_KPIS } from "./service-level-kpis.js";
import { STEP_KPIS } from "./step-kpis.js";
import { BRANCH_KPIS, JOIN_KPIS, type BranchFacts, type JoinFacts } from "./join-kpis.js";
import { branchSubjects, joinSubjects } from "../collect-joins.js";
import { ADMISSION_KPIS, STEP_ADMISSION_KPIS, type AdmissionCaseFacts, type AdmissionStepFacts } from "./admission-kpis.js";
import { DETECTION_KPIS, REWORK_KPIS, STEP_ERROR_KPIS } from "./rework-kpis.js";
import type { ReworkFactsSet } from "../collect-rework.js";
import { DOWNTIME_KPIS, type DowntimeFacts } from "./downtime-kpis.js";
import { SENT_ELSEWHERE_KPIS, type SentElsewhereFacts } from "./sent-elsewhere-kpis.js";
import { ESCALATION_KPIS, PREEMPTION_KPIS, SERVED_BY_KPIS, type SkillFacts, type StepEventFacts } from "./skill-kpis.js";
import { BATCH_KPIS, type BatchFacts } from "./batch-kpis.js";
import { APPOINTMENT_KPIS, type AppointmentFacts } from "./appointment-kpis.js";
import { PREEMPT_SEND_KPIS } from "./preempt-send-kpis.js";
import { AWAY_KPIS, STEP_AWAY_KPIS } from "./away-kpis.js";
import { LATE_WORK_KPIS } from "./late-work-kpis.js";
import { BACKLOG_KPIS, OVERTIME_COST_KPIS, OVERTIME_KPIS, SENT_AWAY_KPIS, type EndOfDayFacts } from "./end-of-day-kpis.js";

/** Everything a replication's KPIs are computed from, by subject id. */
export interface ReplicationFacts {
  readonly overall: CaseFacts;
  readonly cost: CostFacts;
  readonly classes: readonly CaseFacts[];
  /** By category subject (collect-categories.ts); absent: none. */
  readonly categories?: readonly CaseFacts[];
  readonly steps: readonly StepFacts[];
  /** The layout's `lateWorkSteps` (step ids); absent: none. */
  readonly lateWorkSteps?: readonly number[];
  readonly pools: readonly PoolFacts[];
  readonly serviceLevels: readonly ServiceLevelFacts[];
  readonly endOfDay: EndOfDayFacts;
  /** By join subject and by branch subject (empty without forks). */
  readonly joins: readonly JoinFacts[];
  readonly branches: readonly BranchFacts[];
  /** Admission facts; absent when the model declares no admission rules. */
  readonly admission?: AdmissionFacts;
  /** Errors and rework; absent for a model without errors (its families have no subjects). */
  readonly rework?: ReworkFactsSet;
  /** Unplanned downtime by position in `layout.downtimePools`; absent when no pool fails. */
  readonly downtime?: readonly DowntimeFacts[];
  /** Work sent elsewhere by position in `layout.sendingPools`; absent when no pool sends. */
  readonly sentElsewhere?: readonly SentElsewhereFacts[];
  readonly skills: SkillFacts;
  /** By position in `layout.batchSteps`. */
  readonly batches: readonly BatchFacts[];
  /** By position in `layout.appointmentClasses`; absent when no source books appointments. */
  readonly appointments?: readonly AppointmentFacts[];
}

/** Facts of the admission families, by subject id. */
export interface AdmissionFacts {
  readonly overall: AdmissionCaseFacts;
  readonly classes: readonly AdmissionCaseFacts[];
  readonly steps: readonly AdmissionStepFacts[];
}

/** A family of KPI records with the facts type hidden: what the catalogue and collector use. */
export interface KpiFamily {
  /** Heading in docs/kpis.md. */
  readonly title: string;
  readonly scope: KpiScope;
  /** Metric metadata of the records, without their calculation. */
  readonly records: readonly Omit<KpiRecord<never>, "value">[];
  /** Subject names of a layout ("" for the overall scope). */
  subjects(layout: CollectorLayout): readonly string[];
  /** Appends `[key, value]` for every subject × record, in report order. */
  writeValues(layout: CollectorLayout, facts: ReplicationFacts, out: Map<string, number | null>): void;
}

function family<F>(
  title: string,
  scope: KpiScope,
  records: readonly KpiRecord<F>[],
  subjects: (layout: CollectorLayout) => readonly string[],
  factsOf: (facts: ReplicationFacts, index: number) => F,
): KpiFamily {
  return {
    title,
    scope,
    records,
    subjects,
    writeValues(layout, facts, out) {
      subjects(layout).forEach((subject, i) => {
        const f = factsOf(facts, i);
        for (const record of records) {
          const v = record.value(f);
          out.set(kpiKey(scope, subject, record.metric), v === null ? null : finiteOrNull(v));
        }
      });
    },
  };
}

const OVERALL = (): readonly string[] => [""];

/** Subjects of an admission family: none unless the model declares admission rules. */
const withAdmission = (subjects: (layout: CollectorLayout) => readonly string[]) =>
  (layout: CollectorLayout): readonly string[] => (layout.admission === undefined ? [] : subjects(layout));
const admissionOf = (facts: ReplicationFacts): AdmissionFacts => {
  if (facts.admission === undefined) throw new Error("admission facts missing for a model with admission rules");
  return facts.admission;
};

/** All KPI families, in report order. */
export const KPI_FAMILIES: readonly KpiFamily[] = [
  family("Cases (all cases)", "overall", CASE_KPIS, OVERALL, (f) => f.overall),
  family("End of day (all cases)", "overall", SENT_AWAY_KPIS, OVERALL, (f) => f.endOfDay.overall),
  family("Time away, sent home and coming back (all cases)", "overall", AWAY_KPIS, (l) => (l.comeBackSteps === undefined ? [] : [""]),
    (f) => ({ awaySum: f.endOfDay.awaySum, per: f.overall.tally.completions })),
  family("Admission (all cases)", "overall", ADMISSION_KPIS, withAdmission(OVERALL), (f) => admissionOf(f).overall),
  family("Errors and rework (all cases)", "overall", REWORK_KPIS, (l) => (l.rework ? [""] : []), (f) => reworkOf(f).overall),
  family("Cost of the operation", "overall", COST_KPIS, OVERALL, (f) => f.cost),
  family("Overtime cost of the operation", "overall", OVERTIME_COST_KPIS, OVERALL, (f) => f.cost),
  family("Cases of one class", "class", CASE_KPIS, (l) => l.classes, (f, i) => f.classes[i]),
  family("End of day (one class)", "class", SENT_AWAY_KPIS, (l) => l.classes, (f, i) => f.endOfDay.classes[i]),
  family("Admission (one class)", "class", ADMISSION_KPIS, withAdmission((l) => l.classes), (f, i) => admissionOf(f).classes[i]),
  family("Appointments (one class)", "class", APPOINTMENT_KPIS, (l) => (l.appointmentClasses ?? []).map((c) => l.classes[c]),
    (f, i) => (f.appointments as readonly AppointmentFacts[])[i]),
  family("Cases of one category of an attribute", "category", CATEGORY_KPIS, categorySubjects, (f, i) => (f.categories as readonly CaseFacts[])[i]),
  family("Steps", "step", STEP_KPIS, (l) => l.steps, (f, i) => f.steps[i]),
  family("Admission at a step", "step", STEP_ADMISSION_KPIS, withAdmission((l) => l.steps), (f, i) => admissionOf(f).steps[i]),
  family("Backlog carried over at a step", "step", BACKLOG_KPIS, (l) => l.steps, (f, i) => f.endOfDay.steps[i]),
  family("Time away from a step (sent home, coming back)", "step", STEP_AWAY_KPIS, (l) => (l.comeBackSteps ?? []).map((s) => l.steps[s]),
    (f, i) => f.endOfDay.awaySteps[i]),
  family("Work after the case left (late parts of a first-of join)", "step", LATE_WORK_KPIS, (l) => (l.lateWorkSteps ?? []).map((s) => l.steps[s]),
    (f, i) => f.steps[f.lateWorkSteps?.[i] ?? -1]),
  family("Parallel work at a join", "step", JOIN_KPIS, joinSubjects, (f, i) => f.joins[i]),
  family("Parallel work of a branch (by its first step)", "step", BRANCH_KPIS, branchSubjects, (f, i) => f.branches[i]),
  family("Errors made at a step", "step", STEP_ERROR_KPIS, (l) => (l.rework?.errorSteps ?? []).map((s) => l.steps[s]), (f, i) => reworkOf(f).errorSteps[i]),
  family("Errors found at a step", "step", DETECTION_KPIS, (l) => (l.rework?.detectSteps ?? []).map((s) => l.steps[s]), (f, i) => reworkOf(f).detectSteps[i]),
  family("Work of a step by one of its servedBy pools", "step", SERVED_BY_KPIS,
    (l) => (l.skillOptions ?? []).map((o) => `${l.steps[o.step]} by ${o.pool}`), (f, i) => f.skills.options[i]),
  family("Preemption at a step", "step", PREEMPTION_KPIS, (l) => (l.preemptiveSteps ?? []).map((s) => l.steps[s]),
    (f, i) => preemptionOf(f, i)),
  family("Preempted work sent elsewhere from a step", "step", PREEMPT_SEND_KPIS, (l) => (l.preemptSendSteps ?? []).map((s) => l.steps[s]),
    (f, i) => preemptSentOf(f, i)),
  family("Escalation at a step", "step", ESCALATION_KPIS, (l) => (l.escalationSteps ?? []).map((e) => l.steps[e.step]),
    (f, i) => escalationOf(f, i)),
  family("Batch steps", "step", BATCH_KPIS, (l) => (l.batchSteps ?? []).map((s) => l.steps[s]), (f, i) => f.batches[i]),
  family("Resource pools", "pool", POOL_KPIS, (l) => l.pools.map((p) => p.name), (f, i) => f.pools[i]),
  family("Overtime of a pool", "pool", OVERTIME_KPIS, (l) => l.pools.map((p) => p.name), (f, i) => f.pools[i]),
  family("Unplanned downtime of a pool", "pool", DOWNTIME_KPIS, (l) => (l.downtimePools ?? []).map((p) => l.pools[p].name), (f, i) => downtimeOf(f)[i]),
  family("Work sent elsewhere by outages of a pool", "pool", SENT_ELSEWHERE_KPIS, (l) => (l.sendingPools ?? []).map((p) => l.pools[p.pool].name), (f, i) => sentElsewhereOf(f)[i]),
  family("Service levels", "serviceLevel", SERVICE_LEVEL_KPIS, (l) => l.serviceLevels.map((s) => s.name), (f, i) => f.serviceLevels[i]),
];

/** The rework facts, present whenever the layout has rework subjects. */
function reworkOf(facts: ReplicationFacts): ReworkFactsSet {
  if (facts.rework === undefined) throw new Error("KPI registry: the layout has errors and rework but the facts have none");
  return facts.rework;
}

/** The downtime facts, present whenever the layout has failing pools. */
function downtimeOf(facts: ReplicationFacts): readonly DowntimeFacts[] {
  if (facts.downtime === undefined) throw new Error("KPI registry: the layout has pools with downtime but the facts have none");
  return facts.downtime;
}

/** The sent-elsewhere facts, present whenever the layout has pools that send work elsewhere. */
function sentElsewhereOf(facts: ReplicationFacts): readonly SentElsewhereFacts[] {
  if (facts.sentElsewhere === undefined) throw new Error("KPI registry: the layout has pools that send work elsewhere but the facts have none");
  return facts.sentElsewhere;
}

/** The key of a KPI: `scope/subject/metric`, or `overall/metric` for the overall scope. */
export function kpiKey(scope: KpiScope, subject: string, metric: string): string {
  return scope === "overall" ? `overall/${metric}` : `${scope}/${subject}/${metric}`;
}

/** The label of a record for a subject: `{s}` → "all cases", "class walk-in" or the name. */
function labelFor(scope: KpiScope, subject: string, template: string): string {
  const phrase = scope === "overall" ? "all cases" : scope === "class" ? `class ${subject}` : scope === "category" ? `${subject} cases` : subject;
  return template.replace("{s}", phrase);
}

/** The record of `metric` in `scope`'s families; null when none has it. */
function recordOf(scope: KpiScope, metric: string): KpiFamily["records"][number] | null {
  for (const fam of KPI_FAMILIES) {
    if (fam.scope !== scope) continue;
    const record = fam.records.find((r) => r.metric === metric);
    if (record) return record;
  }
  return null;
}

/** The definition of `metric` for `subject` in `scope`; null when no family of the scope has it. */
export function kpiDef(scope: KpiScope, subject: string, metric: string): KpiDef | null {
  const record = recordOf(scope, metric);
  return record && defOf(scope, subject, record);
}

/** The values `metric` of `scope` can take: its record's own range, else its unit's; null when unknown or unbounded. */
export function kpiRange(scope: KpiScope, metric: string): ValueRange | null {
  const record = recordOf(scope, metric);
  return record && (record.range ?? unitRange(record.unit));
}

function defOf(scope: KpiScope, subject: string, record: KpiFamily["records"][number]): KpiDef {
  const label = labelFor(scope, subject, record.label);
  return { key: kpiKey(scope, subject, record.metric), scope, subject, metric: record.metric, label, unit: record.unit, better: record.better };
}

/**
 * The Chinese label of a KPI: the record's `labelZh` with the subject worded by `subjectPhrase`
 * ("全部业务", "类别 walk-in"); null when no record of its scope has a Chinese label.
 */
export function kpiLabelZh(def: KpiDef, subjectPhrase: (scope: KpiScope, subject: string) => string): string | null {
  return kpiLabelZhTemplate(def)?.replace("{s}", subjectPhrase(def.scope, def.subject)) ?? null;
}

/** The Chinese label template of a KPI ("{s}利用率…", `{s}` the subject), or null. */
export function kpiLabelZhTemplate(def: KpiDef): string | null {
  for (const fam of KPI_FAMILIES) {
    if (fam.scope !== def.scope) continue;
    const record = fam.records.find((r) => r.metric === def.metric);
    if (record?.labelZh !== undefined) return record.labelZh;
  }
  return null;
}

/** Every KPI a replication of this layout reports, in report order. */
export function kpiDefsFor(layout: CollectorLayout): KpiDef[] {
  return KPI_FAMILIES.flatMap((fam) => fam.subjects(layout).flatMap((subject) => fam.records.map((r) => defOf(fam.scope, subject, r))));
}

/** The KPI values of one replication, keyed and ordered exactly as `kpiDefsFor(layout)`. */
export function kpiValues(layout: CollectorLayout, facts: ReplicationFacts): Record<string, number | null> {
  const values = new Map<string, number | null>();
  for (const fam of KPI_FAMILIES) fam.writeValues(layout, facts, values);
  return Object.fromEntries(values);
}

/** Facts of the i-th preemptive step. */
function preemptionOf(f: ReplicationFacts, i: number): StepEventFacts {
  const step = f.skills.preemptiveSteps[i];
  return { count: f.skills.interrupted[step], step: f.steps[step], leaves: false };
}

/** Facts of the i-th preemptive step that sends interrupted cases elsewhere. */
function preemptSentOf(f: ReplicationFacts, i: number): StepEventFacts {
  const step = f.skills.preemptSendSteps[i];
  return { count: f.skills.sent[step], step: f.steps[step], leaves: true };
}

/** Facts of the i-th step with an escalation timer. */
function escalationOf(f: ReplicationFacts, i: number): StepEventFacts {
  const { step, moves } = f.skills.escalationSteps[i];
  return { count: f.skills.escalated[step], step: f.steps[step], leaves: moves };
}
