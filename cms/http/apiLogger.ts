import { defaultLoggerOptions, type Config } from 'payload'

import { quote } from '../hooks/restInput/quote'

type LoggerSettings = Extract<NonNullable<Config['logger']>, { options: unknown }>

/** The error a log call is about, when it is a client's mistake (status 4xx). */
const clientErrorIn = (argument: unknown): (Error & { status: number }) | null => {
  const error = typeof argument === 'object' && argument !== null && 'err' in argument ? argument.err : argument
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') return null
  return error.status >= 400 && error.status < 500 ? (error as Error & { status: number }) : null
}

/**
 * Payload's logger (pretty-printed, as by default), except that a client's mistake (any error with
 * a 4xx status) is one line at `info`, without a stack trace: a refused request costs a line of
 * log, not hundreds. Server faults (5xx and errors without a status) keep their stack.
 */
export const apiLogger: LoggerSettings = {
  options: {
    hooks: {
      logMethod(args, method) {
        const error = clientErrorIn(args[0])
        if (!error) return method.apply(this, args)
        this.info(`${error.status} ${error.name}: ${quote(error.message, 300)}`)
      },
    },
  },
  destination: defaultLoggerOptions,
}
