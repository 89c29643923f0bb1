import type { Endpoint, PayloadHandler } from 'payload'

import { healthReport } from './healthReport'

/**
 * GET /api/health — for load balancers, uptime checks and operators: 200 when the platform can
 * serve, 503 with the same report when its database does not answer. Public; never cached.
 */
export const reportHealth: PayloadHandler = async (req) => {
  const report = await healthReport(req.payload)
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  })
}

export const healthEndpoint: Endpoint = { path: '/health', method: 'get', handler: reportHealth }
