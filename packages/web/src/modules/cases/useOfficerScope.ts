import { useRegions, useUserArea } from '../registry/scope';

/**
 * Where an officer entering a case or campaign works: the region tree, their area, and the district and street
 * that area fixes (none for the city's officers, who choose them).
 */
export function useOfficerScope() {
  const regions = useRegions();
  const area = useUserArea();
  return {
    regions,
    area,
    ownDistrict: area && area.level !== 'city' ? area.code.slice(0, 6) : undefined,
    ownStreet: area?.level === 'street' ? area.code : undefined,
  };
}
