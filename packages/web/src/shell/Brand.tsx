import { useTranslation } from 'react-i18next';

/** The product mark: a seal-like square and the name, as it appears in the header and on the login page. */
export function Brand({ size = 'normal', onDark = false }: { size?: 'normal' | 'large'; onDark?: boolean }) {
  const { t } = useTranslation();
  const large = size === 'large';
  const colour = onDark ? '#ffffff' : '#b3261e';
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: large ? 14 : 10,
        minWidth: 0,
        maxWidth: '100%',
      }}
    >
      <svg width={large ? 44 : 30} height={large ? 44 : 30} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="6" fill={onDark ? '#ffffff' : '#b3261e'} />
        <path
          d="M9 16.5l4.5 4.5L23 11"
          fill="none"
          stroke={onDark ? '#b3261e' : '#ffffff'}
          strokeWidth="3.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 }}>
        <span style={{ color: colour, fontWeight: 700, fontSize: large ? 26 : 18, letterSpacing: 0.5 }}>
          {t('brand.name')}
        </span>
        <span
          style={{
            color: onDark ? 'rgba(255,255,255,0.88)' : '#595959',
            fontSize: large ? 15 : 12,
            // On the login page the full title wraps on a narrow phone rather than being cut (or widening the
            // page); in the header bar it keeps to one line.
            ...(large
              ? { whiteSpace: 'normal', overflowWrap: 'anywhere' }
              : { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
          }}
        >
          {t('brand.title')}
        </span>
      </span>
    </span>
  );
}
