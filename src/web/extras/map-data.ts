/**
 * Where the open cases are: each case with a pin, grouped with the deployment's nearest known compound
 * within its radius, else with other pins close by, else alone; each group coloured by its most urgent
 * case and counting the people its cases reported held with them. Read from the sealed case hashes; nothing
 * is written back.
 */
import { createCaseStore } from '../../cases/case-store.js';
import type { CaseView } from '../../cases/case-record.js';
import { urgencyRank, type Urgency } from '../../cases/case-model.js';
import type { CompoundInfo } from '../../deployment.js';
import type { Sealer } from '../../core/sealed.js';
import type { Keys } from '../../redis/keys.js';
import type { RedisClient } from '../../redis/redis-client.js';

/** Pins closer than this to each other, and to no compound, form one group. */
export const LOOSE_CLUSTER_KM = 5;
/** Open cases read for the map and the rescue request (the whole queue of a busy embassy). */
export const MAP_CASE_LIMIT = 5000;

/** One case as the map shows it. */
export interface MapCase {
  id: string;
  urgency: Urgency;
  status: string;
  lat: number;
  lon: number;
  /** When the position was given (ms): its answer's time, else the case's last change. */
  positionAt: number;
  /** The people-held answer as given: `1`, `2-10`, `11-50`, `over-50`, or a number. */
  people?: string;
  /** The fewest people that answer means (0 when not answered). */
  peopleMin: number;
  view: CaseView;
}

/** A group of cases: at a known compound (`compound` set) or around a first pin. */
export interface Cluster {
  /** The compound's id, or `at-<first case id>` for a loose group. */
  id: string;
  compound?: CompoundInfo;
  lat: number;
  lon: number;
  urgency: Urgency;
  /** The fewest people held that its cases reported together. */
  people: number;
  cases: MapCase[];
}

/** The fewest people a `people` answer means. */
export function peopleMin(people: string | undefined): number {
  if (!people) return 0;
  if (people === 'over-50') return 51;
  const m = /^(\d+)/.exec(people);
  return m ? Number(m[1]) : 0;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A case's pin and its age, or undefined for a case with no pin (a place in words is not drawn). */
export function mapCase(view: CaseView): MapCase | undefined {
  const loc = view.private.location;
  if (!loc || loc.kind !== 'pin') return undefined;
  const versions = view.private.history?.location;
  const at = versions && versions.length > 0 ? versions[versions.length - 1]!.at : view.updatedAt;
  return {
    id: view.id,
    urgency: view.urgency,
    status: view.status,
    lat: loc.lat,
    lon: loc.lon,
    positionAt: Number.isFinite(at) ? at : view.createdAt,
    people: view.people,
    peopleMin: peopleMin(view.people),
    view,
  };
}

const moreUrgent = (a: Urgency, b: Urgency): Urgency => (urgencyRank[a] <= urgencyRank[b] ? a : b);

/** Groups cases by compound (nearest within its radius), else by closeness to a loose group's first pin. */
export function clusterCases(cases: readonly MapCase[], compounds: readonly CompoundInfo[]): Cluster[] {
  const clusters = new Map<string, Cluster>();
  const loose: Cluster[] = [];
  const join = (cluster: Cluster, c: MapCase) => {
    cluster.cases.push(c);
    cluster.urgency = moreUrgent(cluster.urgency, c.urgency);
    cluster.people += c.peopleMin;
  };
  for (const c of cases) {
    let best: { compound: CompoundInfo; km: number } | undefined;
    for (const compound of compounds) {
      const km = distanceKm(c, compound);
      if (km <= compound.radiusKm && (!best || km < best.km)) best = { compound, km };
    }
    if (best) {
      const { compound } = best;
      let cluster = clusters.get(compound.id);
      if (!cluster) {
        cluster = { id: compound.id, compound, lat: compound.lat, lon: compound.lon, urgency: c.urgency, people: 0, cases: [] };
        clusters.set(compound.id, cluster);
      }
      join(cluster, c);
      continue;
    }
    const near = loose.find((g) => distanceKm(g, c) <= LOOSE_CLUSTER_KM);
    if (near) {
      join(near, c);
      continue;
    }
    const own: Cluster = { id: `at-${c.id}`, lat: c.lat, lon: c.lon, urgency: c.urgency, people: 0, cases: [] };
    join(own, c);
    loose.push(own);
  }
  const all = [...clusters.values(), ...loose];
  for (const g of all) g.cases.sort((a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency] || a.view.createdAt - b.view.createdAt);
  return all.sort((a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency] || b.people - a.people || a.id.localeCompare(b.id));
}

/** The open cases with a pin, clustered. */
export async function readClusters(deps: { redis: RedisClient; keys: Keys; sealer: Sealer; compounds: readonly CompoundInfo[] }): Promise<{ clusters: Cluster[]; open: CaseView[] }> {
  const open = await createCaseStore(deps).listOpen({ limit: MAP_CASE_LIMIT });
  const pins = open.flatMap((v) => mapCase(v) ?? []);
  return { clusters: clusterCases(pins, deps.compounds), open };
}
