/** The UI strings an island receives from its page (already in the page's language). */
export type Strings = Record<string, string>

/** `t(key, values)` over the strings given, with `{{placeholders}}` filled in; a missing key shows itself. */
export const translatorFor =
  (strings: Strings) =>
  (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))

export type Translate = ReturnType<typeof translatorFor>
