import { i18n } from '#i18n';

interface PromptCardProps {
  text: string;
  /** Offered before the round starts; once people speak, the prompt stays. */
  onAnother?: (() => void) | undefined;
}

/** The round's prompt in large type, read out by the host. */
export function PromptCard({ text, onAnother }: PromptCardProps) {
  return (
    <figure class="ck-prompt">
      <figcaption class="ck-prompt__label ck-muted">{i18n.t('panel.prompt.label')}</figcaption>
      <blockquote class="ck-prompt__text">{text}</blockquote>
      {onAnother && (
        <button type="button" class="ck-button ck-button--quiet" onClick={onAnother}>
          {i18n.t('panel.prompt.another')}
        </button>
      )}
    </figure>
  );
}
