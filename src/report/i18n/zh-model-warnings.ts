/**
 * The model's warnings in Chinese, for the caveats of a Chinese report: one wording per check
 * code, from the same parameters the English wording (model/source/messages.ts) takes. A code
 * without an entry here keeps its English wording.
 *
 * A shift gap at the tellers reads "资源池“tellers”在周一、周二、周三、周四、周五 12:00–13:00 营业期间没有班次，
 * 此时产能为 0——请补一个班次（若确属无人值守，写 capacity: 0 明示）。".
 */

type Params = Readonly<Record<string, unknown>>;

/** A name in Chinese quotation marks. */
const q = (value: unknown): string => `“${String(value)}”`;
/** A list joined the Chinese way. */
const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join("、") : String(value));

/** Weekdays as the checks name them (mon … sun), in Chinese. */
const WEEKDAYS: Readonly<Record<string, string>> = { mon: "周一", tue: "周二", wed: "周三", thu: "周四", fri: "周五", sat: "周六", sun: "周日" };
const days = (value: unknown): string => {
  const names = Array.isArray(value) ? value.map(String) : [String(value)];
  return names.length === 7 ? "每天" : names.map((d) => WEEKDAYS[d] ?? d).join("、");
};

/** What kind of thing two look-alike names belong to. */
const NAME_KINDS: Readonly<Record<string, string>> = { step: "步骤", source: "到达来源", pool: "资源池", serviceLevel: "服务水平", attribute: "属性", category: "类别" };

/** The Chinese wording of each warning code. */
export const ZH_MODEL_WARNINGS: Readonly<Record<string, (p: Params) => string>> = {
  lookAlikeNames: (p) => `${NAME_KINDS[String(p.kind)] ?? String(p.kind)}名称${q(p.name)}与${q(p.other)}（位于 ${String(p.first)}）只差大小写、空格或 Unicode 形式；请改名其一，以便表格和图表区分二者。`,
  idlePool: (p) => `资源池${q(p.pool)}不承担任何步骤，却每个工作日花费 ${String(p.costPerDay)}（${String(p.hoursPerDay)} 服务小时，每小时 ${String(p.costPerHour)}），全部为空闲时间，并计入成本 KPI；请删除该资源池、将其容量设为 0，或为它安排步骤。`,
  overloadedShared: (p) =>
    `资源池${(p.pools as string[]).map(q).join("、")}通过 servedBy 分担${(p.shared as string[]).map(q).join("、")}的工作；每个资源池只能承担其自身人手所能完成的部分，因此每周 ${String(p.visits)} 次访问中最多只能处理 ${String(p.carriedVisits)} 次（合计在岗 ${String(p.capacityHours)} 服务小时${Number(p.otherHours) > 0 ? `，其中 ${String(p.otherHours)} 小时被其他步骤占用` : ""}；利用率 ρ = ${String(p.rho)} ≥ 1）${p.steadyState ? "；不存在稳态：排队会无限增长，稳态结果没有意义" : "；其排队在整个运行期间不断增长"}${p.patience ? "，除非客户放弃等待能缓解排队" : ""}——请为其中任一资源池增加人手、缩短${(p.shared as string[]).map(q).join("、")}的处理时间，或降低到达率。`,
  unreachableStep: (p) => `没有业务会到达步骤${q(p.name)}；请从其他步骤或到达来源的起点路由到它，或删除它。`,
  shiftGap: (p) => `资源池${q(p.pool)}在${days(p.days)} ${String(p.from)}–${String(p.to)} 营业期间没有班次，此时产能为 0——请补一个班次（若确属无人值守，写 capacity: 0 明示）。`,
  partialWeekWindow: (p) =>
    `观察期（run.horizon − run.warmup = ${String(p.window)}）不是整周：日历在观察期内营业 ${String(p.windowShare)} 的时间，而在一周中营业 ${String(p.weekShare)}，因此按自然小时计的 KPI（吞吐量、平均在办业务数、全天候资源的利用率）相对长期水平偏差 ${String(p.bias)}，利特尔法则在该观察期内也不成立——请把观察期设为整周（例如 horizon ${String(p.horizon)}，warmup ${String(p.warmup)}）。`,
  noArrivals: () => `没有任何到达来源会送来业务（所有到达率均为 0），运行将没有结果——请给出大于 0 的到达率。`,
  closedUntilHorizon: (p) => `运行在 ${String(p.horizon)} 结束，但日历要到${WEEKDAYS[String(p.day)] ?? String(p.day)} ${String(p.time)} 才首次营业（时间 0 为周一 00:00），因此没有业务到达；请延长 horizon（例如 1d 表示一个营业日）。`,
  attributesIgnored: (p) => `抽取了业务属性 ${list(p.names)}，但没有任何地方读取它们（路由条件、优先级和时长都未使用），它们只增加按类别的 KPI——请删除或使用它们。`,
  scaleByNegative: (p) => `到达来源${q(p.source)}的属性${q(p.attribute)}可能为负，用它缩放的时长可能为负——请使用取值 ≥ 0 的分布。`,
  timeBeyondRun: (p) => `此处的平均时间为 ${String(p.mean)}，比整个运行（${String(p.horizon)}）还长；运行结束后业务仍会滞留在流程中——请检查单位或数值。`,
  profileOutsideHours: (p) => `到达曲线的时间 ${q(p.time)} 在营业时间 ${String(p.open)}–${String(p.close)} 之外，其到达率永远不会被使用。`,
  recordedShorterThanRun: (p) => `${q(p.file)} 记录了 ${String(p.days)} 个工作日，但运行有 ${String(p.runDays)} 个：记录结束后该来源不再送来业务；请写 afterRecording: stop（保持如此）或 repeat（再次重放）。`,
};
