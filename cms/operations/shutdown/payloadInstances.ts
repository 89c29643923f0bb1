import type { Payload } from 'payload'

/** Payload's cache of initialised instances, one per key, kept on the global object. */
type InstanceCache = Map<string, { payload?: Payload }>

/**
 * Every Payload instance this process has started: the start script's own and the one the
 * admin and API (the Next.js bundle, with its own copy of Payload's code) made on first use.
 * Payload keeps them in one cache on the global object for exactly that reason; it is the only
 * place where the second can be reached from outside the bundle.
 */
export const payloadInstances = (): Payload[] => {
  const cache = (globalThis as { _payload?: InstanceCache })._payload
  return [...(cache?.values() ?? [])].flatMap((entry) => (entry.payload ? [entry.payload] : []))
}
