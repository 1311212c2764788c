import { App, Button, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { useLanguage } from '../../../shell/session';
import { letterDocumentPath } from '../api';

/** The letter in the official layout, as DOCX to edit and sign or PDF to send. */
export function LetterDownloads({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const get = (format: 'docx' | 'pdf') =>
    downloadFile(letterDocumentPath(id), `${number}.${format}`, { format }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });
  return (
    <Space size={4}>
      <Button size="small" icon={<FileWordOutlined />} onClick={() => void get('docx')}>
        {t('cases.letters.downloadDocx')}
      </Button>
      <Button size="small" icon={<FilePdfOutlined />} onClick={() => void get('pdf')}>
        {t('cases.letters.downloadPdf')}
      </Button>
    </Space>
  );
}
