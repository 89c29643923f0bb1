/* Payload generates this file; the API's handlers are wrapped in the checks of cms/http/restHandler.ts. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { restHandler } from '../../../../http/restHandler'

export const GET = restHandler(config, REST_GET(config))
export const POST = restHandler(config, REST_POST(config))
export const DELETE = restHandler(config, REST_DELETE(config))
export const PATCH = restHandler(config, REST_PATCH(config))
export const PUT = restHandler(config, REST_PUT(config))
export const OPTIONS = restHandler(config, REST_OPTIONS(config))
