/**
 * Where is the person? Finds a country (and a known place) from a typed text or a map pin, using the
 * deployment's gazetteer. Pure: the data is passed in.
 */
import { looseForm } from './text.js';

export interface GazetteerCountry {
  code: string;
  names: string[];
  /** [south, west, north, east]: one box, or several for a country no one box fits (Vietnam, Malaysia). */
  bbox: Box | Box[];
}
type Box = [number, number, number, number];
export interface GazetteerPlace {
  name: string;
  aliases: string[];
  country: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface PlaceGuess {
  country?: string;
  place?: string;
}

export interface PlaceFinder {
  fromText(text: string): PlaceGuess;
  fromPoint(lat: number, lon: number): PlaceGuess;
}

/** Coordinates a phone can really report: on the globe, and not the (0, 0) of a failed fix. */
export function isPlausiblePoint(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a)); // Earth's diameter in km
}

const isBox = (b: Box | Box[]): b is Box => typeof b[0] === 'number';

/** Scripts written without spaces between words: a name in them is found inside a run of text ("在巴域的园区"). */
const unspaced = /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** What a name is looked for as: whole words (loose form, padded with spaces), or the bare name in a script without spaces. */
const needleOf = (name: string) => (unspaced.test(name) ? looseForm(name).trim() : looseForm(name));

export function createPlaceFinder(countries: GazetteerCountry[], places: GazetteerPlace[]): PlaceFinder {
  const placeNames = places.flatMap((p) => [p.name, ...p.aliases].map((n) => ({ needle: needleOf(n), place: p })));
  // Longest names first, so "KK Park" wins over a shorter alias inside it.
  placeNames.sort((a, b) => b.needle.length - a.needle.length);
  const countryNames = countries.flatMap((c) => c.names.map((n) => ({ needle: needleOf(n), code: c.code })));

  return {
    fromText(text) {
      const hay = looseForm(text);
      const place = placeNames.find((p) => hay.includes(p.needle))?.place;
      if (place) return { country: place.country, place: place.name };
      const country = countryNames.find((c) => hay.includes(c.needle));
      return country ? { country: country.code } : {};
    },
    fromPoint(lat, lon) {
      let best: { place: GazetteerPlace; km: number } | undefined;
      for (const place of places) {
        const km = distanceKm(lat, lon, place.lat, place.lon);
        if (km <= place.radiusKm && (!best || km < best.km)) best = { place, km };
      }
      if (best) return { country: best.place.country, place: best.place.name };
      const inside = ([s, w, n, e]: Box) => lat >= s && lat <= n && lon >= w && lon <= e;
      const inBox = countries.filter(({ bbox }) => (isBox(bbox) ? inside(bbox) : bbox.some(inside)));
      return inBox.length === 1 ? { country: inBox[0]!.code } : {};
    },
  };
}
