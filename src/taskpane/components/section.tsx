import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

/** A titled block of the task pane. */
export function Section({ title, children }: SectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle1 as="h2">{title}</Subtitle1>
      {children}
    </section>
  );
}
