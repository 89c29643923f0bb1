/**
 * Whether the build worker should start a portal build now: a rebuild was requested after the
 * last build started, and nothing has asked again for `quietMs`, so a burst of publishes becomes
 * one build.
 */
export const shouldBuild = ({
  requestedAt,
  buildStartedAt,
  now,
  quietMs,
}: {
  requestedAt?: string | null
  buildStartedAt?: string | null
  now: Date
  quietMs: number
}) => {
  if (!requestedAt) return false
  const requested = new Date(requestedAt).getTime()
  const started = buildStartedAt ? new Date(buildStartedAt).getTime() : 0
  return requested > started && now.getTime() - requested >= quietMs
}
