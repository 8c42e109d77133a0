import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface ErrorBarProps {
  /** Error messages to show, oldest first. */
  readonly messages: readonly string[];
  readonly onDismiss: (index: number) => void;
}

/** Every error the task pane met, each in its own MessageBar until dismissed. */
export function ErrorBar({ messages, onDismiss }: ErrorBarProps) {
  const t = useTranslate();
  const styles = useStyles();
  if (messages.length === 0) return null;
  return (
    <div className={styles.root}>
      {messages.map((message, index) => (
        <MessageBar key={`${index}-${message}`} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.error.title')}</MessageBarTitle>
            {message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => onDismiss(index)}>
                {t('ui.error.dismiss')}
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
