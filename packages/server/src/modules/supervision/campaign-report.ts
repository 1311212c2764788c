import type { CampaignFigures } from '@gigpact/contracts';
import type { OfficialDocument } from '../cases/documents/official-document';
import { writtenDate } from '../cases/documents/official-document';
import { districtName } from '../registry/region-names';
import { unionOfOffice } from './letter-templates';
import type { CampaignRow } from './schema';

const n = (value: number) => value.toLocaleString('zh-CN');

/** The campaign's report: its scope, checklist, roll-up figures and the figures by district. */
export function campaignReport(
  campaign: CampaignRow,
  figures: CampaignFigures,
  byDistrict: { district: string; targets: number; checked: number; workers: number; cases: number }[],
  today: string,
): OfficialDocument {
  const issuer = unionOfOffice(campaign.district ? `district:${campaign.district}` : 'city:310000');
  return {
    issuer,
    number: null,
    title: `${campaign.title}情况报告`,
    recipient: null,
    sections: [
      {
        heading: '一、总体情况',
        paragraphs: [
          `本次专项排查自${writtenDate(campaign.startedOn)}开始，排查对象 ${n(figures.targets)} 家，已检查 ${n(
            figures.checked,
          )} 家，覆盖从业人员 ${n(figures.workersCovered)} 名；发现问题 ${n(figures.issuesFound)} 家，立案 ${n(
            figures.casesFiled,
          )} 件，行政处理 ${n(figures.administrativePenalties)} 件，向企业发放合规指导材料 ${n(figures.guidanceSent)} 份。`,
        ],
        rows: [
          ['排查对象（家）', n(figures.targets)],
          ['已检查（家）', n(figures.checked)],
          ['覆盖从业人员（名）', n(figures.workersCovered)],
          ['发现问题（家）', n(figures.issuesFound)],
          ['立案（件）', n(figures.casesFiled)],
          ['行政处理（件）', n(figures.administrativePenalties)],
          ['合规指导材料（份）', n(figures.guidanceSent)],
        ],
      },
      { heading: '二、检查内容', paragraphs: campaign.checklist.map((item, i) => `${i + 1}. ${item}`) },
      {
        heading: '三、分区情况',
        paragraphs: [],
        rows: byDistrict.map((d) => [
          districtName(d.district).zh,
          `对象 ${n(d.targets)} 家，已查 ${n(d.checked)} 家，覆盖 ${n(d.workers)} 人，立案 ${n(d.cases)} 件`,
        ]),
      },
    ],
    signature: issuer,
    date: writtenDate(today),
    footnotes: [],
  };
}
