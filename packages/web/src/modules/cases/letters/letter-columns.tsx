import { Button, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { LetterView, Language } from '@gigpact/contracts';
import { letterKindLabel, letterStatusColours } from '../labels';
import { LetterDownloads } from './LetterDownloads';

/** The columns a letter has wherever it is listed: on its case and in the letters list. */
export function letterColumns<Row extends LetterView>(
  t: TFunction,
  language: Language,
  respond: ((letter: Row) => void) | undefined,
  filesWithheld = false,
) {
  return [
    {
      title: t('cases.letters.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: LetterView['kind']) => letterKindLabel(kind, language),
    },
    { title: t('cases.letters.number'), dataIndex: 'number', width: 200 },
    { title: t('cases.letters.recipient'), dataIndex: 'recipient', width: 200, ellipsis: true },
    { title: t('cases.letters.issuedOn'), dataIndex: 'issuedOn', width: 110 },
    {
      title: t('cases.letters.responseDueOn'),
      dataIndex: 'responseDueOn',
      width: 110,
      render: (due: string | null) => due ?? '—',
    },
    {
      title: t('cases.letters.status'),
      dataIndex: 'status',
      width: 150,
      render: (status: LetterView['status'], letter: Row) => (
        <Space orientation="vertical" size={0}>
          <Tag color={letterStatusColours[status]}>{t(`cases.letters.statuses.${status}`)}</Tag>
          {letter.respondedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {letter.respondedOn}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'actions',
      width: 220,
      render: (_: unknown, letter: Row) => (
        <Space wrap size={4}>
          <LetterDownloads id={letter.id} number={letter.number} withheld={filesWithheld} />
          {respond && letter.status !== 'answered' && (
            <Button size="small" type="link" onClick={() => respond(letter)}>
              {t('cases.letters.recordResponse')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
}
