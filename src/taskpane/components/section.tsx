import {
  Button,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  toggle: {
    ...typographyStyles.subtitle1,
    padding: 0,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
  },
  chevron: {
    display: 'inline-block',
    width: '1em',
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Whether the section starts open (default); closed, its content is not rendered. */
  readonly defaultOpen?: boolean;
}

/**
 * A titled block of the task pane that folds: its heading is a button (aria-expanded), so a
 * pane 350 px wide need not be one long scroll.
 *
 * @example <Section title="综述模板" defaultOpen={false}><TemplateEditor … /></Section>
 */
export function Section({ title, children, defaultOpen = true }: SectionProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId();
  return (
    <section className={styles.root} aria-label={title}>
      <h2 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={contentId}
          icon={
            <span
              aria-hidden="true"
              className={mergeClasses(styles.chevron, open && styles.chevronOpen)}
            >
              ›
            </span>
          }
          onClick={() => setOpen((was) => !was)}
        >
          {title}
        </Button>
      </h2>
      <div id={contentId} className={styles.content} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
