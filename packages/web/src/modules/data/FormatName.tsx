import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isKnownFormat, isPlatformFormat } from './formats';

/**
 * A dataset format by its name in the reader's language; a platform's own format with its code after it, as the
 * command line's `--format` takes it. A format the texts do not name is shown by its code.
 */
export function FormatName({ format }: { format: string }) {
  const { t } = useTranslation();
  if (!isKnownFormat(format)) return <>{format}</>;
  return (
    <>
      {t(`data.formats.${format}`)}
      {isPlatformFormat(format) && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
          {format}
        </Typography.Text>
      )}
    </>
  );
}
