import { areaName, type Area } from '@gigpact/contracts';
import { errors } from '../../platform/http/errors';

/** The area a convening union's region code names: the city (310000), a district or a street. */
export function areaOfRegion(code: string): Area {
  if (code.length === 9) return { level: 'street', code };
  return code === '310000' ? { level: 'city', code } : { level: 'district', code };
}

/** The area, refused with a bilingual message when the code is not a known region. */
export function knownArea(code: string): Area {
  const area = areaOfRegion(code);
  if (!areaName(area))
    throw errors.validation([
      { path: ['regionCode'], zh: `未知的行政区划代码 ${code}`, en: `unknown region code ${code}` },
    ]);
  return area;
}
