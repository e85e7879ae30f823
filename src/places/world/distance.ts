/** Great-circle distance between two points given in decimal degrees. */

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Haversine distance in kilometres.
 *
 * @example Math.round(distanceKm({ lat: 32.89, lon: 13.19 }, { lat: 34.43, lon: 35.84 })) // Tripoli LBY–LBN ≈ 2090
 */
export function distanceKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
