/** A demo account signed in on the started server: its session token, its cookie and its id. */
export type Session = { token: string; cookie: string; id: number }

/** What the hardening checks share: the started server's address and who is signed in on it. */
export type HardeningContext = {
  base: string
  mediaDir: string
  /** The first origin of TRUSTED_ORIGINS; `secondTrusted` the next. */
  trusted: string
  secondTrusted: string
  sessions: { editor: Session; learner: Session }
}

export const withJwt = (session: Session) => ({ authorization: `JWT ${session.token}` })
