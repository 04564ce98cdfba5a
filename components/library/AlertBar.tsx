import { t } from '../i18n';

/**
 * The library's message line (role=alert, always in the page so screen readers hear it when text
 * appears): `message` with a Dismiss button, or nothing. `className` adds a place-specific class.
 */
export function AlertBar({
  message,
  onDismiss,
  className = '',
}: {
  message: string | undefined;
  onDismiss: () => void;
  className?: string;
}) {
  return (
    <div class={`library__alert ${className}`.trim()} role="alert">
      {message && (
        <>
          <span class="library__alert-text">{message}</span>
          <button type="button" class="library__alert-dismiss" onClick={onDismiss}>
            {t('dismissMessage')}
          </button>
        </>
      )}
    </div>
  );
}
