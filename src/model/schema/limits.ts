/**
 * Every hard limit of procsim, in one table: used by the schema, the checks, the command-line
 * options and the library options, and printed into docs/model-language.md.
 *
 * A model with `replications: 1e9` and `procsim run --replications 1e9` get the same answer
 * ("must be at most 100000"), because both read `LIMITS.replications` here.
 */

/** Hard limits that keep a hostile or mistyped model from exhausting memory or time. */
export const LIMITS = {
  capacity: 100_000,
  replications: 100_000,
  ratePerHour: 1_000_000,
  maxArrivals: 1_000_000_000,
  costPerHour: 1_000_000_000,
  priority: 1_000_000,
  steps: 10_000,
  arrivals: 1_000,
  resources: 1_000,
  shifts: 1_000,
  branches: 1_000,
  categories: 30,
  horizonYears: 100,
  seed: 4_294_967_295,
  workersPerCore: 4,
} as const;

/** What each limit bounds, for the documentation table. */
export const LIMIT_MEANINGS: Readonly<Record<keyof typeof LIMITS, string>> = {
  capacity: "servers in a pool or shift, units a step holds",
  replications: "replications (run.replications, --replications, --max-replications)",
  ratePerHour: "arrivals per hour of one source",
  maxArrivals: "run.maxArrivals",
  costPerHour: "costPerHour, fixedCostPerDay",
  priority: "magnitude of a priority",
  steps: "steps in a model",
  arrivals: "arrival sources",
  resources: "pools",
  shifts: "shifts of one pool",
  branches: "branches of one step's next",
  categories: "categories of one case attribute",
  horizonYears: "years of simulated time (horizon, warmup, any duration; --horizon)",
  seed: "largest seed (run.seed, --seed)",
  workersPerCore: "worker threads per CPU core (--workers)",
};

/** The limits as a Markdown table (kept in docs/model-language.md; a test compares). */
export function limitsMarkdown(): string {
  const rows = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).map((key) => `| ${key} | ${LIMITS[key].toLocaleString("en-US")} | ${LIMIT_MEANINGS[key]} |`);
  return ["| limit | value | bounds |", "| --- | ---: | --- |", ...rows].join("\n");
}

/** Most customers one slot may book (the case ordinal keys (day, minute of day, booking) in 32 bits). */
export const MAX_BOOKED_PER_SLOT = 32;
