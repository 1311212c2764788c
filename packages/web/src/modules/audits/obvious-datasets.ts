import { datasetsByIndustry, type DatasetKind, type Industry } from '@gigpact/contracts';

interface Choice {
  id: string;
  kind: DatasetKind;
  platform: string | null;
  platforms: readonly string[];
  rowsAccepted: number;
}

/** The platforms a dataset's rows are of: the one it was uploaded for, else those its rows name. */
const platformsOf = (d: Choice): readonly string[] => (d.platform ? [d.platform] : d.platforms);

/**
 * The datasets an audit of the agreement obviously runs on, to be chosen before the officer looks: of each kind
 * of data the agreement's industry reads, for each platform the agreement covers (every platform the data names
 * when it names none), the one dataset with rows of that platform; of a kind whose data names no platform
 * (weather alerts, payroll uploaded for no brand), the one such dataset. Where two datasets would do, neither is
 * chosen: which one is the officer's choice. Datasets whose every row was refused are never chosen.
 */
export function obviousDatasets(
  agreement: { industry: Industry; platforms: readonly string[] },
  datasets: readonly Choice[],
): string[] {
  const chosen = new Set<string>();
  for (const kind of datasetsByIndustry[agreement.industry]) {
    const ofKind = datasets.filter((d) => d.kind === kind && d.rowsAccepted > 0);
    const placed = ofKind.filter((d) => platformsOf(d).length > 0);
    const unplaced = ofKind.filter((d) => platformsOf(d).length === 0);
    const covered =
      agreement.platforms.length > 0 ? agreement.platforms : [...new Set(placed.flatMap(platformsOf))];
    for (const platform of covered) {
      const holding = placed.filter((d) => platformsOf(d).includes(platform));
      if (holding.length === 1) chosen.add(holding[0]!.id);
    }
    if (unplaced.length === 1 && placed.length === 0) chosen.add(unplaced[0]!.id);
  }
  return [...chosen];
}
