import { negotiatedSource, sourceCatalogue, sourceDescription } from '@gigpact/contracts';
import { Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useLanguage } from '../shell/session';

/**
 * A cited source as a tag: a catalogue number (`S2`) says, when pointed at, what the source is and who published
 * it; `negotiated` reads as agreed at the table; a document of the agreement's own is shown as written.
 */
export function SourceTag({ id, color }: { id: string; color?: string }) {
  const { language } = useLanguage();
  const { title, origin } = sourceDescription(id, language);
  const tag = (
    <Tag bordered={!color} color={color} data-testid="source-tag">
      {id === negotiatedSource ? title : id}
    </Tag>
  );
  if (!origin) return tag;
  return (
    <Tooltip title={language === 'en' ? `${title} (${origin})` : `${title}（${origin}）`}>
      <span style={{ cursor: 'help' }}>{tag}</span>
    </Tooltip>
  );
}

/**
 * The catalogue's sources as the choices of a field that cites sources: each listed with what it says, found by
 * its number or its words; anything else typed is kept as written.
 */
export function useSourceChoices() {
  const { language } = useLanguage();
  return useMemo(() => {
    const ids = [negotiatedSource, ...Object.keys(sourceCatalogue)];
    const options = ids.map((id) => {
      const { title } = sourceDescription(id, language);
      return { value: id, label: id === negotiatedSource ? title : id, search: `${id} ${title}`, title };
    });
    return {
      options,
      showSearch: { optionFilterProp: 'search' },
      optionRender: (option: { data: { value: string; title: string } }) => (
        <Typography.Text ellipsis style={{ maxWidth: 480 }}>
          {option.data.value === negotiatedSource
            ? option.data.title
            : `${option.data.value} · ${option.data.title}`}
        </Typography.Text>
      ),
    };
  }, [language]);
}
