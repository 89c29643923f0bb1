/** Turns a vocabulary (`['self-paced', …]`) into select options labelled in plain words. */
export const toOptions = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ') }))
