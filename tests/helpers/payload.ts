import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'

/** The Payload instance for the current test database (initialised once per test file). */
export const testPayload = (): Promise<Payload> => getPayload({ config })
