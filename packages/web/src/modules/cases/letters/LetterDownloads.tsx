import { App, Button, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { useLanguage } from '../../../shell/session';
import { letterDocumentPath } from '../api';

/**
 * The letter in the official layout, as DOCX to edit and sign or PDF to send; `withheld` when its case's personal
 * data is masked for the user, who then may not download it.
 */
export function LetterDownloads({
  id,
  number,
  withheld,
}: {
  id: string;
  number: string;
  withheld?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const get = (format: 'docx' | 'pdf') =>
    downloadFile(letterDocumentPath(id), `${number}.${format}`, { format }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });
  return (
    <Space size={4} title={withheld ? t('cases.common.filesWithheld') : undefined}>
      <Button size="small" icon={<FileWordOutlined />} disabled={withheld} onClick={() => void get('docx')}>
        {t('cases.letters.downloadDocx')}
      </Button>
      <Button size="small" icon={<FilePdfOutlined />} disabled={withheld} onClick={() => void get('pdf')}>
        {t('cases.letters.downloadPdf')}
      </Button>
    </Space>
  );
}
