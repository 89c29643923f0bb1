import type { PayloadRequest } from 'payload'

/** A custom endpoint's path parameter (`/:course/…`) as a string, empty when absent. */
export const routeParam = (req: PayloadRequest, name: string) => String(req.routeParams?.[name] ?? '')
