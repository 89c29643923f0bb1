/** A status line read out by screen readers: errors assertively, confirmations politely. */
export const Notice = ({ kind, text }: { kind: 'error' | 'done'; text: string }) =>
  text ? (
    <p className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  ) : null
