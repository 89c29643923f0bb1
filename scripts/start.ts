import { startPlatform } from '../cms/server/startPlatform'

/** `npm start`: the whole platform on one port (see cms/server/startPlatform.ts). */
await startPlatform()
