/** The signed-in user, as `/api/users/me` returns it (own fields only). */
export type Me = {
  id: number | string
  name: string
  email: string
  organisation?: string | null
  sector?: string | null
  country?: string | null
  preferredLanguage?: string | null
  gender?: string | null
}

/** Form values as strings, empty ones left out so optional fields stay unset. */
export const formValues = (form: HTMLFormElement) =>
  Object.fromEntries(
    [...new FormData(form)].filter(([, value]) => value !== '').map(([name, value]) => [name, String(value)]),
  )
