import { Typography } from 'antd';

/** The heading of a public page: its title and a line on what the page shows. */
export function PublicHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
    </>
  );
}
