import { describe, expect, it } from 'vitest';
import { createPlaceFinder, isPlausiblePoint } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';

const d = loadDeployment('data/deployment.json');
const places = createPlaceFinder(d.countries, d.places);

describe('places', () => {
  it('finds a known place, or a country, in typed text in either language', () => {
    expect(places.fromText('saya di kk park gedung 5')).toEqual({ country: 'MM', place: 'KK Park' });
    expect(places.fromText('Kamboja, dekat pantai')).toEqual({ country: 'KH' });
    expect(places.fromText('somewhere with no name')).toEqual({});
  });

  it('places a pin at the nearest known place, else in the one country whose box holds it', () => {
    expect(places.fromPoint(16.84, 98.52)).toEqual({ country: 'MM', place: 'Shwe Kokko' });
    expect(places.fromPoint(14.6, 121.0)).toEqual({ country: 'PH', place: 'Manila' });
    expect(places.fromPoint(12.5, 106.9)).toEqual({ country: 'KH' }); // Mondulkiri: only Cambodia's box holds it
    expect(places.fromPoint(17.0, 99.5)).toEqual({}); // inside both Thailand's and Myanmar's boxes: ask
    expect(places.fromPoint(12.24, 109.19)).toEqual({ country: 'VN' }); // Nha Trang: in one of Vietnam's boxes
    expect(places.fromPoint(12.49, 106.02)).toEqual({ country: 'KH' }); // Kratie: Vietnam's boxes leave Cambodia out
    expect(places.fromPoint(3.14, 101.69)).toEqual({ country: 'MY' }); // Kuala Lumpur
  });

  it('refuses coordinates a phone cannot report', () => {
    expect(isPlausiblePoint(95, 10)).toBe(false);
    expect(isPlausiblePoint(10, -181)).toBe(false);
    expect(isPlausiblePoint(0, 0)).toBe(false);
    expect(isPlausiblePoint(Number.NaN, 1)).toBe(false);
    expect(isPlausiblePoint(-33.9, 151.2)).toBe(true);
  });
});
