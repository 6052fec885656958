/**
 * The map drawn on the server: country outlines from the bundled world-atlas TopoJSON (1:50m) projected
 * with d3-geo, the deployment's known compounds, and one circle per cluster of cases, coloured by its most
 * urgent case, labelled with the people held, each a link to the list of its cases. No tiles, no outside
 * asset: the SVG is self-contained and uses presentation attributes only (no inline style, for the CSP).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Urgency } from '../../cases/case-model.js';
import type { CompoundInfo } from '../../deployment.js';
import { escapeHtml } from './html.js';
import type { Cluster } from './map-data.js';

/** Fill of a cluster by its most urgent case (the same colours as the desk's queue badges). */
export const URGENCY_COLOURS: Readonly<Record<Urgency, string>> = { critical: '#c62828', high: '#ef6c00', normal: '#1565c0' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 640;

interface CountryFeature {
  type: 'Feature';
  id?: string | number;
  properties: { name?: string };
  geometry: GeoPermissibleObjects;
}

let countries: CountryFeature[] | undefined;

/** The world's countries, read once from world-atlas (bundled with the app). */
function worldCountries(): CountryFeature[] {
  if (!countries) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as unknown as { features: CountryFeature[] };
    countries = fc.features;
  }
  return countries;
}

/** Labels the SVG shows, already in the desk's language. */
export interface MapLabels {
  title: string;
  /** The tooltip of a cluster: its name, cases and people. */
  cluster(c: Cluster): string;
  /** The short text on a cluster's circle (its people count). */
  badge(c: Cluster): string;
  compound(c: CompoundInfo): string;
}

/** The part of the world to show: every compound and cluster, with a margin, at least a few degrees wide. */
function viewBox(points: Array<{ lat: number; lon: number }>): [[number, number], [number, number]] {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  let [s, n, w, e] = points.length ? [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)] : [5, 25, 95, 110];
  const padLat = Math.max(1.5, (n - s) * 0.15);
  const padLon = Math.max(1.5, (e - w) * 0.15);
  s -= padLat; n += padLat; w -= padLon; e += padLon;
  return [[w, s], [e, n]];
}

const overlaps = (a: [[number, number], [number, number]], b: [[number, number], [number, number]]) =>
  a[0][0] <= b[1][0] && a[1][0] >= b[0][0] && a[0][1] <= b[1][1] && a[1][1] >= b[0][1];

/** The map as an SVG document (or fragment for inlining in the page, with `standalone: false`). */
export function renderMapSvg(opts: { clusters: readonly Cluster[]; compounds: readonly CompoundInfo[]; labels: MapLabels; selected?: string; standalone?: boolean }): string {
  const { clusters, compounds, labels } = opts;
  const box = viewBox([...compounds, ...clusters]);
  const outline = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPoint' as const, coordinates: [box[0], box[1], [box[0][0], box[1][1]], [box[1][0], box[0][1]]] },
  };
  const projection = geoMercator().fitExtent([[8, 8], [MAP_WIDTH - 8, MAP_HEIGHT - 8]], outline).clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
  const path = geoPath(projection);
  const shapes = worldCountries()
    .filter((f) => overlaps(geoBounds(f.geometry) as [[number, number], [number, number]], box))
    .map((f) => `<path class="country" d="${path(f.geometry) ?? ''}" fill="#eef0eb" stroke="#8a9187" stroke-width="0.7"><title>${escapeHtml(f.properties.name ?? '')}</title></path>`)
    .join('');
  const marks = compounds
    .map((c) => {
      const [x, y] = projection([c.lon, c.lat]) ?? [0, 0];
      return `<g class="compound"><rect x="${(x - 3).toFixed(1)}" y="${(y - 3).toFixed(1)}" width="6" height="6" fill="#444" transform="rotate(45 ${x.toFixed(1)} ${y.toFixed(1)})"/><text x="${(x + 7).toFixed(1)}" y="${(y - 5).toFixed(1)}" font-size="10" fill="#333">${escapeHtml(labels.compound(c))}</text></g>`;
    })
    .join('');
  const circles = clusters
    .map((c) => {
      const [x, y] = projection([c.lon, c.lat]) ?? [0, 0];
      const r = 9 + Math.min(14, Math.sqrt(c.cases.length) * 4);
      const colour = URGENCY_COLOURS[c.urgency];
      const ring = opts.selected === c.id ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(r + 4).toFixed(1)}" fill="none" stroke="#000" stroke-width="2"/>` : '';
      return (
        `<a class="cluster" href="/desk/map?cluster=${encodeURIComponent(c.id)}" target="_top" data-cluster="${escapeHtml(c.id)}" data-urgency="${c.urgency}" data-cases="${c.cases.length}" data-people="${c.people}">` +
        `<title>${escapeHtml(labels.cluster(c))}</title>${ring}` +
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" fill-opacity="0.85" stroke="#fff" stroke-width="1.5"/>` +
        `<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="middle" font-size="11" font-weight="bold" fill="#fff">${escapeHtml(labels.badge(c))}</text></a>`
      );
    })
    .join('');
  const head = opts.standalone === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n';
  return (
    `${head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="100%" role="img" aria-label="${escapeHtml(labels.title)}">` +
    `<title>${escapeHtml(labels.title)}</title><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#cfe3f0"/>` +
    `<g class="countries">${shapes}</g><g class="compounds">${marks}</g><g class="clusters">${circles}</g></svg>`
  );
}
